using System.Diagnostics;
using System.Text.Json.Serialization;
using GanTheory.Adversarial;
using GanTheory.Adversarial.Training;

namespace GanTheory.Experiments.Convergence;

/// <summary>
/// Everything that determines a `run convergence` run. Saved as config.json in the run folder and
/// inside every checkpoint; the same config gives the same numbers.
/// </summary>
internal sealed record ConvergenceConfig
{
    /// <summary>The data density p_data.</summary>
    public ToyTarget Target { get; init; } = ToyTarget.Gaussian;

    /// <summary>Generator steps (iterations of Algorithm 1), >= 1.</summary>
    public int Steps { get; init; } = 4000;

    /// <summary>k: discriminator steps per generator step, >= 1.</summary>
    public int DiscriminatorSteps { get; init; } = 5;

    /// <summary>m: minibatch size for data and noise, >= 1.</summary>
    public int BatchSize { get; init; } = 512;

    /// <summary>The generator's objective.</summary>
    public GeneratorObjective Loss { get; init; } = GeneratorObjective.NonSaturating;

    /// <summary>Gradient method for both networks.</summary>
    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Adam;

    /// <summary>Initial learning rate of both networks, > 0.</summary>
    public double LearningRate { get; init; } = 3e-3;

    /// <summary>SGD momentum in [0, 1).</summary>
    public double Momentum { get; init; } = 0.9;

    /// <summary>Adam's beta1 in [0, 1); 0.5 damps the oscillation of the two-player game.</summary>
    public double Beta1 { get; init; } = 0.5;

    /// <summary>Adam's beta2 in [0, 1).</summary>
    public double Beta2 { get; init; } = 0.999;

    /// <summary>Learning-rate schedule over the generator steps.</summary>
    public LearningRateScheduleKind Schedule { get; init; } = LearningRateScheduleKind.Linear;

    /// <summary>Seed of every random draw (initial weights, batches, Monte Carlo).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Generator steps between evaluations and checkpoints, >= 1.</summary>
    public int CheckpointEvery { get; init; } = 250;

    /// <summary>Hidden widths of the tanh generator.</summary>
    public IReadOnlyList<int> GeneratorHidden { get; init; } = [32, 32];

    /// <summary>Hidden widths of the leaky-ReLU discriminator.</summary>
    public IReadOnlyList<int> DiscriminatorHidden { get; init; } = [64, 64];

    /// <summary>Samples of x ~ p_data and of z ~ p_z for the Monte Carlo V(G, D), >= 2.</summary>
    public int MonteCarloSamples { get; init; } = 20_000;

    /// <summary>
    /// Points of the z grid on [-1, 1] whose images under G give the push-forward density p_g,
    /// >= 2. Its error falls as the square of the spacing: about 1e-8 nats of JSD at 2,001
    /// points for the default generator.
    /// </summary>
    public int NoiseGridPoints { get; init; } = 2_001;

    /// <summary>libtorch threads; 1 is fastest for these small matrices.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>The trainer options this config implies.</summary>
    [JsonIgnore]
    public AdversarialTrainerOptions TrainerOptions => new(DiscriminatorSteps, BatchSize, Loss);

    /// <summary>The optimiser settings this config implies, for both networks.</summary>
    [JsonIgnore]
    public OptimizerSettings OptimizerSettings =>
        new(Optimizer, LearningRate, Momentum, Beta1, Beta2);

    /// <summary>The learning-rate schedule this config implies.</summary>
    public LearningRateSchedule CreateSchedule()
    {
        return Schedule switch
        {
            LearningRateScheduleKind.Linear => new LinearDecayLearningRate(LearningRate, Steps),
            LearningRateScheduleKind.Constant => new ConstantLearningRate(LearningRate),
            _ => throw new UnreachableException($"unknown schedule {Schedule}"),
        };
    }

    /// <summary>Checks every field, naming the first that is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range or NaN.</exception>
    public void Validate()
    {
        RequireAtLeast(Steps, 1, nameof(Steps));
        RequireAtLeast(CheckpointEvery, 1, nameof(CheckpointEvery));
        RequireAtLeast(MonteCarloSamples, 2, nameof(MonteCarloSamples));
        RequireAtLeast(NoiseGridPoints, 2, nameof(NoiseGridPoints));
        RequireAtLeast(Threads, 1, nameof(Threads));
        RequireWidths(GeneratorHidden, nameof(GeneratorHidden));
        RequireWidths(DiscriminatorHidden, nameof(DiscriminatorHidden));
        if (!Enum.IsDefined(Target))
        {
            throw new ArgumentOutOfRangeException(nameof(Target), Target, "unknown target");
        }
        if (!Enum.IsDefined(Schedule))
        {
            throw new ArgumentOutOfRangeException(nameof(Schedule), Schedule, "unknown schedule");
        }
        TrainerOptions.Validate();
        OptimizerSettings.Validate();
    }

    private static void RequireAtLeast(int value, int minimum, string name)
    {
        if (value < minimum)
        {
            throw new ArgumentOutOfRangeException(name, value, $"must be at least {minimum}");
        }
    }

    private static void RequireWidths(IReadOnlyList<int> widths, string name)
    {
        if (widths is null || widths.Count == 0 || widths.Any(w => w < 1))
        {
            throw new ArgumentOutOfRangeException(
                name, widths is null ? "null" : $"[{string.Join(", ", widths)}]",
                "expected at least one hidden layer, each at least 1 wide");
        }
    }
}
