using System.Diagnostics;
using GanTheory.Adversarial.IO;
using GanTheory.Adversarial.Training;
using GanTheory.Experiments.Plotting;
using GanTheory.Experiments.Reporting;
using static System.FormattableString;

namespace GanTheory.Experiments.Convergence;

/// <summary>
/// `run convergence`: trains the 1-D toy GAN with Algorithm 1 and, every few hundred steps,
/// measures it against the theory (JSD, C(G), V(G, D), D against D* and 1/2), writing the run
/// folder as it goes so that an interrupted run can be resumed exactly.
/// </summary>
internal static class ConvergenceRun
{
    /// <summary>Starts a new run in <paramref name="folder"/>.</summary>
    /// <exception cref="IOException">The folder already holds a run.</exception>
    public static ConvergenceOutcome Start(
        ConvergenceConfig config, RunFolder folder, IProgressSink progress,
            CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(folder);
        config.Validate();
        if (File.Exists(folder.Config) || File.Exists(folder.Checkpoint))
        {
            throw new IOException(
                $"'{folder.Path}' already holds a run; resume it with --resume or choose another "
                    + "--out");
        }

        Directory.CreateDirectory(folder.Path);
        AtomicFile.WriteAllText(folder.Config, ConfigJson.Serialize(config));
        File.Delete(folder.Log);
        var state = new ConvergenceCheckpointState(config, 0, 0, 0);
        return Execute(state, folder, resume: false, progress, cancel);
    }

    /// <summary>Continues the run in <paramref name="folder"/> from its last checkpoint.</summary>
    /// <exception cref="FileNotFoundException">The folder has no checkpoint.</exception>
    public static ConvergenceOutcome Resume(
        RunFolder folder, IProgressSink progress, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!File.Exists(folder.Checkpoint))
        {
            throw new FileNotFoundException(
                $"'{folder.Path}' has no checkpoint.bin to resume from", folder.Checkpoint);
        }

        // The checkpoint's JSON holds the config the networks are built from; their weights
        // and the optimisers' state are restored in Execute.
        (_, string json) = TrainingCheckpoint.ReadHeader(folder.Checkpoint);
        ConvergenceCheckpointState state =
            ConfigJson.Deserialize<ConvergenceCheckpointState>(json, folder.Checkpoint);
        return Execute(state, folder, resume: true, progress, cancel);
    }

    private static ConvergenceOutcome Execute(
        ConvergenceCheckpointState state, RunFolder folder, bool resume, IProgressSink progress,
        CancellationToken cancel)
    {
        ConvergenceConfig config = state.Config;
        config.Validate();
        TorchSharp.torch.set_num_threads(config.Threads);
        var log = new RunLog(folder.Log, progress);
        var clock = Stopwatch.StartNew();
        TimeSpan cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        TimeSpan evaluationTime = TimeSpan.Zero;

        using var gan = new ToyGan(config, ToyTargets.Density(config.Target));
        long startStep = 0;
        List<CheckpointMetrics> rows = [];
        if (resume)
        {
            (startStep, _) = gan.Load(folder.Checkpoint);

            // Rows after the checkpoint (written just before an interruption) are measured again.
            rows = [.. MetricsCsv.Read(folder.Metrics).Where(r => r.Step <= startStep)];
            log.Write(Invariant($"resuming {folder.Path} at step {startStep} of {config.Steps}"));
        }
        else
        {
            log.Write(Invariant($"run folder {folder.Path}"));
        }
        log.Write(Describe(config, gan));
        progress.Start(config.Steps, startStep);

        GeneratorSnapshot? lastSnapshot = null;
        double lossD = state.DiscriminatorLossSum;
        double lossG = state.GeneratorLossSum;
        int lossCount = state.LossCount;

        // The starting point, so the curves begin at the untrained networks.
        if (rows.Count == 0)
        {
            (CheckpointMetrics first, lastSnapshot, TimeSpan spent) =
                Evaluate(gan, config, 0, 0, 0, 0);
            evaluationTime += spent;
            rows.Add(first);
            MetricsCsv.Write(folder.Metrics, rows);
            log.Write(Format(first, config.Steps));
        }

        long step = startStep;
        var intervalClock = Stopwatch.StartNew();
        long intervalStart = step;
        while (step < config.Steps)
        {
            if (cancel.IsCancellationRequested)
            {
                SaveCheckpoint(gan, folder, step, state with
                {
                    DiscriminatorLossSum = lossD, GeneratorLossSum = lossG, LossCount = lossCount,
                });
                log.Write(Invariant($"interrupted at step {step}; checkpoint saved. ")
                    + "Continue with: "
                    + Invariant($"experiments run convergence --resume \"{folder.Path}\""));
                return new ConvergenceOutcome(folder, null, step);
            }

            AdversarialStepResult result = gan.Step(step);
            lossD += result.LastDiscriminatorStep.Loss;
            lossG += result.GeneratorLoss;
            lossCount++;
            step++;
            progress.Report(step);

            if (step % config.CheckpointEvery == 0 || step == config.Steps)
            {
                double msPerStep = intervalClock.Elapsed.TotalMilliseconds / (step - intervalStart);
                (CheckpointMetrics row, lastSnapshot, TimeSpan spent) = Evaluate(
                    gan, config, step, lossD / lossCount, lossG / lossCount,
                        gan.LearningRateAt(step - 1));
                evaluationTime += spent;
                rows.Add(row);
                lossD = lossG = 0;
                lossCount = 0;

                MetricsCsv.Write(folder.Metrics, rows);
                SaveCheckpoint(gan, folder, step, state with
                {
                    DiscriminatorLossSum = 0, GeneratorLossSum = 0, LossCount = 0,
                });
                log.Write(Format(row, config.Steps) + Invariant($"  {msPerStep:F1} ms/step"));
                intervalClock.Restart();
                intervalStart = step;
            }
        }

        lastSnapshot ??= gan.Snapshot(config.NoiseGridPoints);
        ConvergencePlots.SaveConvergence(folder.ConvergenceFigure, rows);
        ConvergencePlots.SaveDensities(folder.DensitiesFigure, lastSnapshot, step);

        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds;
        var summary = new ConvergenceSummary(
            gan.Data.ToString() ?? config.Target.ToString(), step, config.Seed, rows[0], rows[^1],
            TheoryChecks.Assess(rows), clock.Elapsed.TotalSeconds, cpu,
                evaluationTime.TotalSeconds);
        AtomicFile.WriteAllText(folder.Summary, ConfigJson.Serialize(summary));
        log.Write(Invariant($"finished {step} steps in {summary.WallSeconds:F1} s wall, ")
            + Invariant($"{summary.CpuSeconds:F1} s CPU ({summary.EvaluationSeconds:F1} s in ")
            + "evaluations)");
        log.Write(Invariant($"wrote {folder.Metrics}, {folder.Summary}, ")
            + Invariant($"{folder.ConvergenceFigure}, ")
            + Invariant($"{folder.DensitiesFigure}"));
        return new ConvergenceOutcome(folder, summary, step);
    }

    private static (CheckpointMetrics Row, GeneratorSnapshot Snapshot, TimeSpan Spent) Evaluate(
        ToyGan gan, ConvergenceConfig config, long step, double lossD, double lossG, double rate)
    {
        var clock = Stopwatch.StartNew();
        GeneratorSnapshot snapshot = gan.Snapshot(config.NoiseGridPoints);
        CheckpointEvaluator.Result exact = CheckpointEvaluator.Evaluate(snapshot);
        MonteCarloValue.Result sampled = MonteCarloValue.Estimate(
            gan.Data, gan.Generator, gan.Discriminator, config.MonteCarloSamples,
            RandomStreams.ForStep(config.Seed, step, ToyGan.EvaluationStream));

        var row = new CheckpointMetrics(
            step, rate, exact.Jsd.Value, exact.Jsd.ErrorEstimate, exact.Criterion.Value,
            exact.Value.Value, sampled.Value, sampled.StandardError, exact.OptimalError.Value,
            exact.HalfError.Value, sampled.MeanRealScore, sampled.MeanFakeScore, lossD, lossG);
        return (row, snapshot, clock.Elapsed);
    }

    private static void SaveCheckpoint(
        ToyGan gan, RunFolder folder, long step, ConvergenceCheckpointState state)
    {
        gan.Save(folder.Checkpoint, step, ConfigJson.Serialize(state));
    }

    private static string Describe(ConvergenceConfig config, ToyGan gan)
    {
        Version? torch = typeof(TorchSharp.torch).Assembly.GetName().Version;
        return Invariant($"target {gan.Data}, {config.Steps} steps, ")
            + Invariant($"k = {config.DiscriminatorSteps}, batch {config.BatchSize}, ")
            + Invariant($"{Word(config.Loss)} loss, {Word(config.Optimizer)} ")
            + Invariant($"lr {config.LearningRate:G3} ({Word(config.Schedule)}), ")
            + Invariant($"seed {config.Seed}, TorchSharp {torch} on CPU, ")
            + Invariant($"{config.Threads} thread(s)");
    }

    private static string Format(CheckpointMetrics row, int steps)
    {
        return Invariant($"step {row.Step,6}/{steps}  JSD {row.Jsd:F5}  ")
            + Invariant($"C(G) {row.CriterionOfG:F4}  ")
            + Invariant($"V(G,D) {row.ValueMonteCarlo:F4} ± {row.ValueStandardError:F4}  ")
            + Invariant($"|D-D*| {row.OptimalDiscriminatorError:F3}  ")
            + Invariant($"|D-1/2| {row.HalfDiscriminatorError:F3}");
    }

    private static string Word<T>(T value)
        where T : struct, Enum
    {
        return System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
    }
}
