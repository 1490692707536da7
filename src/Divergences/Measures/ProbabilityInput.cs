namespace GanTheory.Divergences.Measures;

/// <summary>How <see cref="DiscreteDivergence"/> treats probability vectors that do not sum to
/// 1.</summary>
public enum ProbabilityInput
{
    /// <summary>The entries must sum to 1 within <see cref="DiscreteDivergence.SumTolerance"/>;
    /// otherwise
    /// the call throws, naming the sum.</summary>
    MustSumToOne,

    /// <summary>Non-negative weights (for example histogram counts) are divided by their sum,
    /// which must be positive.</summary>
    Normalise,
}
