namespace GanTheory.Mnist.Training;

/// <summary>What one training iteration measured on its (last) minibatch.</summary>
/// <param name="DiscriminatorLoss">0.5 (BCE(D(x), 1) + BCE(D(G(z)), 0)), nats.</param>
/// <param name="GeneratorLoss">G's loss for the configured objective, nats.</param>
/// <param name="MeanRealScore">Mean D(x) over the real images.</param>
/// <param name="MeanFakeScore">Mean D(G(z)) over the generated images.</param>
/// <param name="RealRejected">Share of real images with D(x) &lt; 1/2.</param>
/// <param name="FakeAccepted">Share of generated images with D(G(z)) &gt; 1/2.</param>
public readonly record struct StepStatistics(
    double DiscriminatorLoss,
    double GeneratorLoss,
    double MeanRealScore,
    double MeanFakeScore,
    double RealRejected,
    double FakeAccepted)
{
    /// <summary>True when both losses are finite numbers.</summary>
    public bool IsFinite => double.IsFinite(DiscriminatorLoss) && double.IsFinite(GeneratorLoss);
}
