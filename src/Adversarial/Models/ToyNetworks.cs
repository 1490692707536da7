namespace GanTheory.Adversarial.Models;

/// <summary>
/// The networks of the 1-D toy GAN: a generator x = G(z) from scalar noise to a scalar sample,
/// and a discriminator from a scalar sample to the logit of D(x).
/// </summary>
public static class ToyNetworks
{
    /// <summary>
    /// A tanh generator R -> R. Smooth, so its push-forward of uniform noise has a density
    /// without spikes except where G turns back on itself.
    /// </summary>
    /// <param name="hidden">Hidden widths, for example [32, 32].</param>
    public static MultilayerPerceptron Generator(IReadOnlyList<int> hidden)
    {
        return new MultilayerPerceptron("generator", 1, hidden, 1, HiddenActivation.Tanh);
    }

    /// <summary>A leaky-ReLU discriminator R -> R producing the logit l, with D(x) =
    /// sigmoid(l).</summary>
    /// <param name="hidden">Hidden widths, for example [64, 64].</param>
    public static MultilayerPerceptron Discriminator(IReadOnlyList<int> hidden)
    {
        return new MultilayerPerceptron("discriminator", 1, hidden, 1, HiddenActivation.LeakyRelu);
    }
}
