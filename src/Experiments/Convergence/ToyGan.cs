using GanTheory.Adversarial.IO;
using GanTheory.Adversarial.Models;
using GanTheory.Adversarial.Training;
using GanTheory.Divergences.Densities;
using TorchSharp.Modules;

namespace GanTheory.Experiments.Convergence;

/// <summary>
/// The 1-D toy GAN of a config: the two networks (initialised from the config's seed), their
/// optimisers, the learning-rate schedule and Algorithm 1 wired to p_data and uniform noise.
/// </summary>
internal sealed class ToyGan : IDisposable
{
    /// <summary>The <see cref="RandomStreams"/> stream of the training batches.</summary>
    public const int TrainingStream = 0;

    /// <summary>The <see cref="RandomStreams"/> stream of the Monte Carlo evaluations.</summary>
    public const int EvaluationStream = 1;

    private readonly int _seed;
    private readonly LearningRateSchedule _schedule;

    public ToyGan(ConvergenceConfig config, IUnivariateDensity data)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(data);
        config.Validate();

        // The seed fixes the initial weights: libtorch draws them as the networks are built.
        RandomStreams.SeedTorch(config.Seed);
        Generator = ToyNetworks.Generator(config.GeneratorHidden);
        Discriminator = ToyNetworks.Discriminator(config.DiscriminatorHidden);
        GeneratorOptimizer = config.OptimizerSettings.Create(Generator.parameters());
        DiscriminatorOptimizer = config.OptimizerSettings.Create(Discriminator.parameters());
        Trainer = new AdversarialTrainer(
            Generator, Discriminator, GeneratorOptimizer, DiscriminatorOptimizer,
            ToySamplers.FromDensity(data), ToySamplers.UniformNoise, config.TrainerOptions);
        Data = data;
        _seed = config.Seed;
        _schedule = config.CreateSchedule();
    }

    public IUnivariateDensity Data { get; }

    public MultilayerPerceptron Generator { get; }

    public MultilayerPerceptron Discriminator { get; }

    public OptimizerHelper GeneratorOptimizer { get; }

    public OptimizerHelper DiscriminatorOptimizer { get; }

    public AdversarialTrainer Trainer { get; }

    /// <summary>The learning rate that step <paramref name="step"/> uses.</summary>
    public double LearningRateAt(long step) => _schedule.At(step);

    /// <summary>Iteration <paramref name="step"/> (0-based) of Algorithm 1, with its own
    /// batches.</summary>
    public AdversarialStepResult Step(long step)
    {
        _schedule.Apply(GeneratorOptimizer, step);
        _schedule.Apply(DiscriminatorOptimizer, step);
        return Trainer.Step(RandomStreams.ForStep(_seed, step, TrainingStream));
    }

    /// <summary>Freezes p_g, D and D* as they are now.</summary>
    public GeneratorSnapshot Snapshot(int noiseGridPoints)
    {
        return GeneratorSnapshot.Take(Data, Generator, Discriminator, noiseGridPoints);
    }

    /// <summary>Writes networks, optimisers, the step and <paramref name="json"/>
    /// atomically.</summary>
    public void Save(string path, long step, string json)
    {
        TrainingCheckpoint.Save(
            path, step, json, [Generator, Discriminator],
            [GeneratorOptimizer, DiscriminatorOptimizer]);
    }

    /// <summary>Restores the state saved by <see cref="Save"/>; returns its step and
    /// JSON.</summary>
    public (long Step, string Json) Load(string path)
    {
        return TrainingCheckpoint.Load(
            path, [Generator, Discriminator], [GeneratorOptimizer, DiscriminatorOptimizer]);
    }

    public void Dispose()
    {
        GeneratorOptimizer.Dispose();
        DiscriminatorOptimizer.Dispose();
        Generator.Dispose();
        Discriminator.Dispose();
    }
}
