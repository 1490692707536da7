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
        CheckResolvable(p, q);
        IReadOnlyList<double> cuts = [.. p.Breakpoints.Concat(q.Breakpoints)];
        double coarse = Math.Max(p.Scale, q.Scale);
        Estimate integral = AdaptiveQuadrature.Integrate(f, lower, upper, cuts, coarse, options);
        return WithResolution(integral, p, q);
    }

    /// <summary>
    /// The largest ratio of the two densities' scales that <see cref="Over(Func{double,
    /// double}, double, double, IUnivariateDensity, IUnivariateDensity, QuadratureOptions?)"/>
    /// accepts (1e300); wider pairs throw <see cref="ArgumentException"/>.
    /// </summary>
    public const double MaxScaleRatio = 1e300;

    // Refuses pairs whose scales or locations double precision cannot hold in one integral.
    private static void CheckResolvable(IUnivariateDensity p, IUnivariateDensity q)
    {
        double ratio = Math.Max(p.Scale, q.Scale) / Math.Min(p.Scale, q.Scale);
        if (ratio > MaxScaleRatio)
        {
            throw new ArgumentException(
                FormattableString.Invariant(
                    $"{p} against {q}: their scales {p.Scale:G3} and {q.Scale:G3} differ by more ")
                    + FormattableString.Invariant(
                        $"than {MaxScaleRatio:G0}, beyond what double-precision quadrature ")
                    + "resolves (the narrow density is lost in the wide one's tails)",
                nameof(q));
        }

        double[] finite = [.. p.Breakpoints.Concat(q.Breakpoints).Where(double.IsFinite)];
        if (finite.Length > 0 && !double.IsFinite(finite.Max() - finite.Min()))
        {
            throw new ArgumentException(
                $"{p} against {q}: the distance between where their masses lie exceeds the "
                    + "largest double (1.8e308), beyond what double-precision quadrature resolves",
                nameof(q));
        }
    }

    // Nodes near |x| are rounded to the doubles there, spaced ulp(|x|) apart; against a density
    // of scale s lying near x each node moves by up to ulp / 2, which changes the integrand by
    // about |f| ulp / s to first order. Add that (a conservative first-order bound) to the
    // error estimate: negligible unless a density sits far from 0 compared with its width, as
    // normal(1e6, 1e-6) does (ulp(1e6) / 1e-6 = 1.2e-4).
    private static Estimate WithResolution(Estimate integral, IUnivariateDensity p,
        IUnivariateDensity q)
    {
        double resolution = Math.Abs(integral.Value)
            * Math.Max(RelativeResolution(p), RelativeResolution(q));
        return resolution > 0.0 && double.IsFinite(integral.Value)
            ? integral with { ErrorEstimate = integral.ErrorEstimate + resolution }
            : integral;
    }

    // ulp(|x|) / scale at the farthest finite breakpoint x of the density.
    private static double RelativeResolution(IUnivariateDensity density)
    {
        double far = density.Breakpoints.Where(double.IsFinite).Select(Math.Abs)
            .DefaultIfEmpty(0.0).Max();
        return (Math.BitIncrement(far) - far) / density.Scale;
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
