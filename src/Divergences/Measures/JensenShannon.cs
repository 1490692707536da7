using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;

namespace GanTheory.Divergences.Measures;

/// <summary>
/// The Jensen-Shannon divergence JSD(p || q) = KL(p || m)/2 + KL(q || m)/2 with
/// m = (p + q)/2, in nats by default; symmetric, 0 &lt;= JSD &lt;= ln 2, exactly ln 2 for
/// disjoint supports. Its square root, the JS distance, is a metric. A thin facade over
/// <see cref="Divergence"/>.
/// </summary>
public static class JensenShannon
{
    /// <summary>
    /// JSD(p || q) by a closed form when one applies (disjoint supports: ln 2; two uniforms),
    /// otherwise by adaptive quadrature.
    /// </summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="unit">Nats (default) or bits (then at most 1).</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>JSD in [0, ln 2] with its error estimate and method.</returns>
    public static Estimate Compute(
        IUnivariateDensity p, IUnivariateDensity q, InformationUnit unit = InformationUnit.Nats,
        QuadratureOptions? options = null) =>
        Divergence.Compute(DivergenceKind.JensenShannon, p, q, unit, options);

    /// <summary>JSD(p || q) between 2-D densities (closed form for disjoint boxes and two uniform
    /// boxes; otherwise adaptive cubature).</summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="unit">Nats (default) or bits.</param>
    /// <param name="options">Cubature tolerances; null means the defaults.</param>
    /// <returns>JSD in [0, ln 2] with its error estimate and method.</returns>
    public static Estimate Compute(
        IBivariateDensity p, IBivariateDensity q, InformationUnit unit = InformationUnit.Nats,
        QuadratureOptions? options = null) =>
        Divergence.Compute(DivergenceKind.JensenShannon, p, q, unit, options);

    /// <summary>The JS distance sqrt(JSD(p || q)), a metric; its error is propagated as
    /// err(JSD) / (2 sqrt(JSD)) (or sqrt(err) when JSD is 0).</summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>sqrt(JSD in nats), in [0, sqrt(ln 2)].</returns>
    public static Estimate Distance(IUnivariateDensity p, IUnivariateDensity q,
        QuadratureOptions? options = null) =>
        Divergence.JensenShannonDistance(p, q, options);

    /// <summary>
    /// The closed form of JSD(p || q) in nats when one is known, else null: ln 2 when the
    /// support intervals are disjoint (touching at one point counts as disjoint), and the
    /// exact piecewise formula for two uniforms (|a| ln 2 for U(0,1) against U(a, 1 + a)).
    /// </summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <returns>The exact value (error 0), or null.</returns>
    public static Estimate? TryClosedForm(IUnivariateDensity p, IUnivariateDensity q) =>
        Divergence.TryClosedForm(DivergenceKind.JensenShannon, p, q);

    /// <summary>
    /// JSD(p || q) by adaptive quadrature of (p log(p / m) + q log(q / m)) / 2 over the union
    /// of the supports, with log m = logaddexp(log p, log q) - log 2 in log space, so the
    /// integrand is bounded by (p + q) ln 2 / 2 and is never NaN in the tails.
    /// </summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>JSD in nats with the quadrature error estimate.</returns>
    public static Estimate ByQuadrature(IUnivariateDensity p, IUnivariateDensity q,
        QuadratureOptions? options = null) =>
        Divergence.ByQuadrature(DivergenceKind.JensenShannon, p, q, options);

    /// <summary>JSD(p || q) between 2-D densities by adaptive cubature over the hull of both
    /// extents.</summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="options">Cubature tolerances; null means the defaults.</param>
    /// <returns>JSD in nats with the cubature error estimate.</returns>
    public static Estimate ByQuadrature(IBivariateDensity p, IBivariateDensity q,
        QuadratureOptions? options = null) =>
        Divergence.ByQuadrature(DivergenceKind.JensenShannon, p, q, options);
}
