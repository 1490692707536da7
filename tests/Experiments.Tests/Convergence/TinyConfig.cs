using GanTheory.Experiments.Convergence;

namespace GanTheory.Experiments.Tests.Convergence;

/// <summary>A convergence config small enough that a whole run takes well under a second.</summary>
internal static class TinyConfig
{
    public static readonly ConvergenceConfig Convergence = new()
    {
        Steps = 12,
        CheckpointEvery = 4,
        DiscriminatorSteps = 2,
        BatchSize = 32,
        GeneratorHidden = [8, 8],
        DiscriminatorHidden = [8, 8],
        MonteCarloSamples = 500,
        NoiseGridPoints = 201,
        Seed = 3,
    };
}
