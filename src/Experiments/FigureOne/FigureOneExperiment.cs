using GanTheory.Adversarial.Training;
using GanTheory.Divergences;
using GanTheory.Divergences.Measures;
using GanTheory.Experiments.Convergence;
using GanTheory.Experiments.Reporting;

namespace GanTheory.Experiments.FigureOne;

/// <summary>
/// Reproduces the four panels of the paper's Figure 1 from one real training run of the 1-D
/// toy GAN: (a) early in training, p_g near p_data and D a partial classifier; (b) the same G
/// with D trained alone until it is close to D*; (c) the same D after a few generator steps,
/// which move p_g towards the data; (d) the end of the run, p_g = p_data and D = 1/2.
/// </summary>
internal static class FigureOneExperiment
{
    /// <summary>The <see cref="RandomStreams"/> stream of the panel (b) and (c) batches.</summary>
    private const int BranchStream = 2;

    /// <param name="Config">The training run; panel (d) is its end.</param>
    /// <param name="EarlyStep">Generator steps of Algorithm 1 before panel (a).</param>
    /// <param name="DiscriminatorSteps">Discriminator-only steps from (a) to (b).</param>
    /// <param name="Iterations">
    /// Iterations of Algorithm 1 (k discriminator steps, one generator step each) from (b) to
    /// (c). Generator steps against a frozen D barely help here (they soon push the samples at
    /// the edge of p_g past the data, into the region where D extrapolates to 1), so (c) shows
    /// the game itself moving p_g, with p_g of (b) drawn faintly for comparison.
    /// </param>
    public sealed record Settings(
        ConvergenceConfig Config, int EarlyStep, int DiscriminatorSteps, int Iterations)
    {
        /// <summary>The default run of `run convergence`, branched at step 60.</summary>
        public static Settings Default { get; } = new(new ConvergenceConfig(), 60, 400, 150);
    }

    /// <summary>Trains once and returns the panels (a) to (d).</summary>
    public static IReadOnlyList<FigureOnePanel> Run(Settings settings, IProgressSink progress)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        ConvergenceConfig config = settings.Config;
        if (settings.EarlyStep < 1 || settings.EarlyStep >= config.Steps)
        {
            throw new ArgumentOutOfRangeException(
                nameof(settings), settings.EarlyStep, $"EarlyStep must be in [1, {config.Steps})");
        }

        TorchSharp.torch.set_num_threads(config.Threads);
        using var gan = new ToyGan(config, ToyTargets.Density(config.Target));
        long total = config.Steps + settings.DiscriminatorSteps + settings.Iterations;
        progress.Start(total, 0);
        long done = 0;

        for (long step = 0; step < settings.EarlyStep; step++)
        {
            gan.Step(step);
            progress.Report(++done);
        }
        FigureOnePanel a = Panel(gan, config, 'a',
            "near convergence: D is a partially accurate classifier");

        // Branch: (b) and (c) start from (a); (d) continues the run from (a) as if never branched.
        string branchPoint = Path.Combine(
            Path.GetTempPath(), $"figure1-branch-{Guid.NewGuid():N}.bin");
        gan.Save(branchPoint, settings.EarlyStep, "{}");
        try
        {
            (FigureOnePanel b, FigureOnePanel c) = Branch(gan, settings, progress, ref done);
            gan.Load(branchPoint);
            for (long step = settings.EarlyStep; step < config.Steps; step++)
            {
                gan.Step(step);
                progress.Report(++done);
            }
            FigureOnePanel d = Panel(gan, config, 'd',
                "end of training: p_g close to p_data, D close to 1/2");
            return [a, b, c, d];
        }
        finally
        {
            File.Delete(branchPoint);
        }
    }

    // (b) discriminator-only steps from (a), then (c) iterations of Algorithm 1 from (b), at the
    // learning rate the main run had at the branch point.
    private static (FigureOnePanel B, FigureOnePanel C) Branch(
        ToyGan gan, Settings settings, IProgressSink progress, ref long done)
    {
        ConvergenceConfig config = settings.Config;
        double rate = gan.LearningRateAt(settings.EarlyStep);
        new ConstantLearningRate(rate).Apply(gan.DiscriminatorOptimizer, 0);
        new ConstantLearningRate(rate).Apply(gan.GeneratorOptimizer, 0);

        for (int i = 0; i < settings.DiscriminatorSteps; i++)
        {
            gan.Trainer.DiscriminatorStep(RandomStreams.ForStep(config.Seed, i, BranchStream));
            progress.Report(++done);
        }
        FigureOnePanel b = Panel(gan, config, 'b', "D trained towards D* with G fixed");

        for (int i = 0; i < settings.Iterations; i++)
        {
            gan.Trainer.Step(RandomStreams.ForStep(
                config.Seed, settings.DiscriminatorSteps + i, BranchStream));
            progress.Report(++done);
        }
        FigureOnePanel c = Panel(gan, config, 'c',
            $"{settings.Iterations} more iterations: p_g moves towards the data")
            with { Before = b.Snapshot };
        return (b, c);
    }

    private static FigureOnePanel Panel(
        ToyGan gan, ConvergenceConfig config, char letter, string caption)
    {
        GeneratorSnapshot snapshot = gan.Snapshot(config.NoiseGridPoints);
        double jsd = JensenShannon.Compute(snapshot.Data, snapshot.Generator,
            InformationUnit.Nats, CheckpointEvaluator.Tolerances).Value;
        return new FigureOnePanel(letter, caption, snapshot, jsd);
    }
}
