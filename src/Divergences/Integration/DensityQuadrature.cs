using GanTheory.Divergences.Densities;

namespace GanTheory.Divergences.Integration;

/// <summary>
/// Integrals of functions built from two 1-D densities: the range, the breakpoints and the
/// tail scale are taken from the densities' descriptions of where their mass lies.
/// </summary>
public static class DensityQuadrature
{
    /// <summary>
    /// Integrates <paramref name="f"/> over the union of the supports of <paramref name="p"/>
    /// and <paramref name="q"/> (the hull of both), split at the breakpoints of both, with
    /// infinite tails mapped using the larger of the two scales.
    /// </summary>
    /// <param name="f">The integrand (see <see cref="AdaptiveQuadrature.Integrate"/>).</param>
    /// <param name="p">First density.</param>
    /// <param name="q">Second density.</param>
    /// <param name="options">Tolerances; null means the defaults.</param>
    /// <returns>The integral with its error estimate.</returns>
    public static Estimate OverUnion(
        Func<double, double> f, IUnivariateDensity p, IUnivariateDensity q,
            QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        double lower = Math.Min(p.SupportLower, q.SupportLower);
        double upper = Math.Max(p.SupportUpper, q.SupportUpper);
        return Over(f, lower, upper, p, q, options);
    }

    /// <summary>
    /// Integrates <paramref name="f"/> over [lower, upper], split at the breakpoints of both
    /// densities, with infinite tails mapped using the larger of the two scales.
    /// </summary>
    /// <param name="f">The integrand.</param>
    /// <param name="lower">Lower limit, possibly -infinity.</param>
    /// <param name="upper">Upper limit, possibly +infinity.</param>
    /// <param name="p">First density.</param>
    /// <param name="q">Second density.</param>
    /// <param name="options">Tolerances; null means the defaults.</param>
    /// <returns>The integral with its error estimate.</returns>
    public static Estimate Over(
        Func<double, double> f, double lower, double upper, IUnivariateDensity p,
            IUnivariateDensity q,
        QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        return AdaptiveQuadrature.Integrate(
            f, lower, upper, p.Breakpoints.Concat(q.Breakpoints), Math.Max(p.Scale,
                q.Scale), options);
    }

    /// <summary>
    /// Integrates f(x, y) over the hull of the extents of both densities (boxes holding all but
    /// 1e-15 of each mass), cut at the x and y breakpoints of both.
    /// </summary>
    /// <param name="f">The integrand (see <see cref="AdaptiveCubature.Integrate"/>).</param>
    /// <param name="p">First density.</param>
    /// <param name="q">Second density.</param>
    /// <param name="options">Tolerances; null means the defaults.</param>
    /// <returns>The integral with its error estimate.</returns>
    public static Estimate OverUnion(
        Func<double, double, double> f,
        IBivariateDensity p,
        IBivariateDensity q,
        QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        return Over(f, p.Extent.Hull(q.Extent), p, q, options);
    }

    /// <summary>Integrates f(x, y) over <paramref name="box"/>, cut at the breakpoints of both
    /// densities.</summary>
    /// <param name="f">The integrand.</param>
    /// <param name="box">A finite box.</param>
    /// <param name="p">First density.</param>
    /// <param name="q">Second density.</param>
    /// <param name="options">Tolerances; null means the defaults.</param>
    /// <returns>The integral with its error estimate.</returns>
    public static Estimate Over(
        Func<double, double, double> f, AxisBox box, IBivariateDensity p, IBivariateDensity q,
        QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        return AdaptiveCubature.Integrate(
            f, box, p.XBreakpoints.Concat(q.XBreakpoints), p.YBreakpoints.Concat(q.YBreakpoints),
                options);
    }
}
