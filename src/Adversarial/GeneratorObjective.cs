namespace GanTheory.Adversarial;

/// <summary>What the generator's gradient step optimises (Goodfellow et al. 2014, Section
/// 3).</summary>
public enum GeneratorObjective
{
    /// <summary>Minimise E[log(1 - D(G(z)))], the minimax game of the paper's Algorithm
    /// 1.</summary>
    Minimax,

    /// <summary>
    /// Maximise E[log D(G(z))]: the same fixed point, with strong gradients early in training
    /// when D rejects the samples confidently and log(1 - D(G(z))) saturates.
    /// </summary>
    NonSaturating,
}
