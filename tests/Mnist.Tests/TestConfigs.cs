using GanTheory.Mnist.Model;

namespace GanTheory.Mnist.Tests;

/// <summary>Configurations shared by the training tests.</summary>
internal static class TestConfigs
{
    /// <summary>
    /// A shrunken architecture that keeps tests fast; the schedules, losses and code paths are
    /// the paper's. One epoch.
    /// </summary>
    public static readonly MnistGanConfig Small = new()
    {
        Epochs = 1,
        NoiseDimension = 8,
        GeneratorHidden = 32,
        MaxoutUnits = 16,
        MaxoutPieces = 3,
        BatchSize = 20,
    };
}
