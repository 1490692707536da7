using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace GanTheory.Adversarial;

/// <summary>
/// The GAN value function and losses, computed from discriminator logits l (D = sigmoid(l)) so
/// that nothing saturates: log D = -softplus(-l) and log(1 - D) = -softplus(l).
/// </summary>
public static class GanLosses
{
    /// <summary>
    /// Monte Carlo estimate of V(G,D) = E_data[log D(x)] + E_z[log(1 - D(G(z)))] from the logits
    /// of a batch of real and of generated samples. A scalar tensor.
    /// </summary>
    public static Tensor ValueEstimate(Tensor realLogits, Tensor fakeLogits)
    {
        return -(softplus(-realLogits).mean() + softplus(fakeLogits).mean());
    }

    /// <summary>
    /// The discriminator's loss: the mean binary cross-entropy over the 2m real and generated
    /// examples, which is -V(G,D)/2 for equal batch sizes. Minimising it ascends V, as in
    /// Algorithm 1.
    /// </summary>
    public static Tensor DiscriminatorLoss(Tensor realLogits, Tensor fakeLogits)
    {
        return 0.5 * (softplus(-realLogits).mean() + softplus(fakeLogits).mean());
    }

    /// <summary>The generator's loss for the chosen objective, to be minimised.</summary>
    public static Tensor GeneratorLoss(Tensor fakeLogits, GeneratorObjective objective)
    {
        return objective switch
        {
            // E[log(1 - D(G(z)))] = -E[softplus(l)]
            GeneratorObjective.Minimax => -softplus(fakeLogits).mean(),

            // -E[log D(G(z))] = E[softplus(-l)]
            GeneratorObjective.NonSaturating => softplus(-fakeLogits).mean(),

            _ => throw new ArgumentOutOfRangeException(
                nameof(objective), objective, "expected Minimax or NonSaturating"),
        };
    }
}
