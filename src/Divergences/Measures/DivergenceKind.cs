namespace GanTheory.Divergences.Measures;

/// <summary>The divergences between two densities that <see cref="Divergence"/> computes.</summary>
public enum DivergenceKind
{
    /// <summary>KL(p || q) = integral of p log(p / q); nats; +infinity when p has mass where q has
    /// none.</summary>
    KullbackLeibler,

    /// <summary>KL(q || p), the reverse (mode-seeking) direction; nats.</summary>
    ReverseKullbackLeibler,

    /// <summary>JSD(p || q) = KL(p || m)/2 + KL(q || m)/2, m = (p + q)/2; nats, in [0, ln
    /// 2].</summary>
    JensenShannon,

    /// <summary>TV(p, q) = (1/2) integral of |p - q|; unitless, in [0, 1].</summary>
    TotalVariation,

    /// <summary>H^2(p, q) = (1/2) integral of (sqrt p - sqrt q)^2 = 1 - integral of sqrt(p q); in
    /// [0, 1].</summary>
    SquaredHellinger,

    /// <summary>Pearson chi^2(p || q) = integral of (p - q)^2 / q; unitless, in [0,
    /// +infinity].</summary>
    PearsonChiSquared,
}
