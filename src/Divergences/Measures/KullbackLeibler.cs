using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;

namespace GanTheory.Divergences.Measures;

/// <summary>
/// The Kullback-Leibler divergence KL(p || q) = the integral of p log(p / q), in nats by
/// default. It is +infinity (never NaN, never a large finite number) when p has mass where
/// q has none. A thin facade over <see cref="Divergence"/>.
/// </summary>
public static class KullbackLeibler
{
    /// <summary>
    /// KL(p || q) by a closed form when one applies (two normals, two uniforms, or the support
    /// of p sticking out of the support of q), otherwise by adaptive quadrature.
    /// </summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="unit">Nats (default) or bits.</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>KL in [0, +infinity] with its error estimate and method.</returns>
    public static Estimate Compute(
        IUnivariateDensity p, IUnivariateDensity q, InformationUnit unit = InformationUnit.Nats,
        QuadratureOptions? options = null) =>
        Divergence.Compute(DivergenceKind.KullbackLeibler, p, q, unit, options);

    /// <summary>KL(p || q) between 2-D densities (closed form for two normals, e.g.
    /// KL(N(0, I) || N((3, 4), I)) = 12.5, and for two boxes; otherwise adaptive
    /// cubature).</summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="unit">Nats (default) or bits.</param>
    /// <param name="options">Cubature tolerances; null means the defaults.</param>
    /// <returns>KL in [0, +infinity] with its error estimate and method.</returns>
    public static Estimate Compute(
        IBivariateDensity p, IBivariateDensity q, InformationUnit unit = InformationUnit.Nats,
        QuadratureOptions? options = null) =>
        Divergence.Compute(DivergenceKind.KullbackLeibler, p, q, unit, options);

    /// <summary>
    /// The closed form of KL(p || q) when one is known, else null. Known: normal vs normal,
    /// log(s2 / s1) + (s1^2 + (m1 - m2)^2) / (2 s2^2) - 1/2; uniform vs uniform,
    /// log(w_q / w_p) when [a_p, b_p] lies inside [a_q, b_q]; and +infinity whenever the
    /// support interval of p is not inside that of q.
    /// </summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <returns>The exact value in nats (error 0), or null.</returns>
    public static Estimate? TryClosedForm(IUnivariateDensity p, IUnivariateDensity q) =>
        Divergence.TryClosedForm(DivergenceKind.KullbackLeibler, p, q);

    /// <summary>
    /// KL(p || q) by adaptive quadrature of p (log p - log q) over the support of p, split at
    /// the breakpoints of both densities. Where p = 0 the integrand is 0; where p &gt; 0 and
    /// q = 0 it is +infinity and so is the result.
    /// </summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>KL in nats with the quadrature error estimate.</returns>
    public static Estimate ByQuadrature(
        IUnivariateDensity p, IUnivariateDensity q, QuadratureOptions? options = null) =>
        Divergence.ByQuadrature(DivergenceKind.KullbackLeibler, p, q, options);

    /// <summary>KL(p || q) between 2-D densities by adaptive cubature over the extent of
    /// p.</summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="options">Cubature tolerances; null means the defaults.</param>
    /// <returns>KL in nats with the cubature error estimate.</returns>
    public static Estimate ByQuadrature(
        IBivariateDensity p, IBivariateDensity q, QuadratureOptions? options = null) =>
        Divergence.ByQuadrature(DivergenceKind.KullbackLeibler, p, q, options);
}
