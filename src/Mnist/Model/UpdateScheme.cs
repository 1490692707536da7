namespace GanTheory.Mnist.Model;

/// <summary>How one training iteration updates the discriminator D and the generator G.</summary>
public enum UpdateScheme
{
    /// <summary>
    /// D and G step together from one forward pass on the same noise and the same dropout
    /// masks, each on the gradient of its own loss, as the paper's released pylearn2 code does.
    /// </summary>
    Simultaneous,

    /// <summary>
    /// Algorithm 1 of the paper: k D steps, each on a fresh data batch and fresh noise with
    /// G held fixed, then one G step on fresh noise with D held fixed.
    /// </summary>
    Alternating,
}
