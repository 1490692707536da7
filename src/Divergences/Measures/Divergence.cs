using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;

namespace GanTheory.Divergences.Measures;

/// <summary>
/// Every divergence of <see cref="DivergenceKind"/> between two 1-D or two 2-D densities: by a
/// closed form when one applies (reported in <see cref="Estimate.Method"/>), otherwise by
/// adaptive quadrature (1-D, infinite tails included) or adaptive cubature (2-D, over the hull
/// of both extents) of a log-space integrand that is never NaN.
/// </summary>
/// <remarks>
/// KL, reverse KL and JSD are in nats, or bits on request; TV, squared Hellinger and Pearson
/// chi^2 are unitless and reject <see cref="InformationUnit.Bits"/>. In 2-D the integral is
/// taken over a finite box, so a divergent tail (Pearson chi^2 when q has lighter tails than p)
/// is only found by the closed forms; in 1-D the mapped tails reach +infinity.
/// </remarks>
public static class Divergence
{
    /// <summary>The divergence of p from q between 1-D densities, closed form first.</summary>
    /// <param name="kind">Which divergence.</param>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="unit">Nats (default) or bits (KL, reverse KL and JSD only).</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>The value, clamped into the divergence's range (JSD in [0, ln 2], TV and squared
    /// Hellinger in [0, 1], the others &gt;= 0) with the error enlarged to at least the distance
    /// moved, its error estimate and the method; never NaN.</returns>
    /// <exception cref="ArgumentException">The pair cannot be resolved in double precision (see
    /// <see cref="DensityQuadrature.MaxScaleRatio"/>, or a closed form that overflows).
    /// </exception>
    public static Estimate Compute(
        DivergenceKind kind, IUnivariateDensity p, IUnivariateDensity q,
        InformationUnit unit = InformationUnit.Nats, QuadratureOptions? options = null)
    {
        CheckUnit(kind, unit);
        Estimate result = TryClosedForm(kind, p, q) ?? ByQuadrature(kind, p, q, options);
        return InRange(kind, result).In(unit);
    }

    /// <summary>The divergence of p from q between 2-D densities, closed form first.</summary>
    /// <param name="kind">Which divergence.</param>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="unit">Nats (default) or bits (KL, reverse KL and JSD only).</param>
    /// <param name="options">Cubature tolerances; null means the defaults.</param>
    /// <returns>The value, clamped into the divergence's range (JSD in [0, ln 2], TV and squared
    /// Hellinger in [0, 1], the others &gt;= 0) with the error enlarged to at least the distance
    /// moved, its error estimate and the method; never NaN.</returns>
    /// <exception cref="ArgumentException">The pair cannot be resolved in double precision (see
    /// <see cref="DensityQuadrature.MaxScaleRatio"/>, or a closed form that overflows).
    /// </exception>
    public static Estimate Compute(
        DivergenceKind kind, IBivariateDensity p, IBivariateDensity q,
        InformationUnit unit = InformationUnit.Nats, QuadratureOptions? options = null)
    {
        CheckUnit(kind, unit);
        Estimate result = TryClosedForm(kind, p, q) ?? ByQuadrature(kind, p, q, options);
        return InRange(kind, result).In(unit);
    }

    /// <summary>The closed form for 1-D densities when one is known, else null (nats).</summary>
    /// <param name="kind">Which divergence.</param>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <returns>The exact value with error 0, or null.</returns>
    public static Estimate? TryClosedForm(DivergenceKind kind, IUnivariateDensity p,
        IUnivariateDensity q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        return ClosedForms.Univariate(kind, p, q);
    }

    /// <summary>The closed form for 2-D densities when one is known, else null (nats).</summary>
    /// <param name="kind">Which divergence.</param>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <returns>The exact value with error 0, or null.</returns>
    public static Estimate? TryClosedForm(DivergenceKind kind, IBivariateDensity p,
        IBivariateDensity q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        return ClosedForms.Bivariate(kind, p, q);
    }

    /// <summary>
    /// The divergence by adaptive quadrature: over the support of p for KL (of q for reverse
    /// KL), over the union of both supports otherwise, split at the breakpoints of both.
    /// </summary>
    /// <param name="kind">Which divergence.</param>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>The value in nats with the quadrature error estimate.</returns>
    public static Estimate ByQuadrature(
        DivergenceKind kind, IUnivariateDensity p, IUnivariateDensity q,
            QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        Func<double, double, double> pointwise = PointwiseIntegrands.For(kind);
        double Integrand(double x) => pointwise(p.DensityLn(x), q.DensityLn(x));
        return kind switch
        {
            DivergenceKind.KullbackLeibler =>
                DensityQuadrature.Over(Integrand, p.SupportLower, p.SupportUpper, p, q, options),
            DivergenceKind.ReverseKullbackLeibler =>
                DensityQuadrature.Over(Integrand, q.SupportLower, q.SupportUpper, p, q, options),
            _ => DensityQuadrature.OverUnion(Integrand, p, q, options),
        };
    }

    /// <summary>
    /// The divergence by adaptive cubature over the extent of p for KL (of q for reverse KL),
    /// over the hull of both extents otherwise, cut at the breakpoints of both.
    /// </summary>
    /// <param name="kind">Which divergence.</param>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="options">Cubature tolerances; null means the defaults.</param>
    /// <returns>The value in nats with the cubature error estimate.</returns>
    public static Estimate ByQuadrature(
        DivergenceKind kind, IBivariateDensity p, IBivariateDensity q,
            QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        Func<double, double, double> pointwise = PointwiseIntegrands.For(kind);
        double Integrand(double x, double y) => pointwise(p.DensityLn(x, y), q.DensityLn(x, y));
        return kind switch
        {
            DivergenceKind.KullbackLeibler => DensityQuadrature.Over(Integrand, p.Extent, p, q,
                options),
            DivergenceKind.ReverseKullbackLeibler => DensityQuadrature.Over(Integrand, q.Extent, p,
                q, options),
            _ => DensityQuadrature.OverUnion(Integrand, p, q, options),
        };
    }

    /// <summary>The JS distance sqrt(JSD) between 1-D densities (a metric; nats^(1/2)).</summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>sqrt(JSD) with the error propagated as err / (2 sqrt(JSD)).</returns>
    public static Estimate JensenShannonDistance(
        IUnivariateDensity p, IUnivariateDensity q, QuadratureOptions? options = null) =>
        SquareRoot(Compute(DivergenceKind.JensenShannon, p, q, InformationUnit.Nats, options));

    /// <summary>The JS distance sqrt(JSD) between 2-D densities (a metric; nats^(1/2)).</summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="options">Cubature tolerances; null means the defaults.</param>
    /// <returns>sqrt(JSD) with the error propagated as err / (2 sqrt(JSD)).</returns>
    public static Estimate JensenShannonDistance(
        IBivariateDensity p, IBivariateDensity q, QuadratureOptions? options = null) =>
        SquareRoot(Compute(DivergenceKind.JensenShannon, p, q, InformationUnit.Nats, options));

    /// <summary>sqrt of an estimate, with its error propagated (sqrt(err) when the value is
    /// 0).</summary>
    /// <param name="jsd">A non-negative estimate.</param>
    /// <returns>The square root, named as such in the method.</returns>
    public static Estimate SquareRoot(Estimate jsd)
    {
        ArgumentNullException.ThrowIfNull(jsd);
        double value = Math.Sqrt(Math.Max(jsd.Value, 0.0));
        double error = value > 0.0 ? jsd.ErrorEstimate / (2.0 * value)
            : Math.Sqrt(jsd.ErrorEstimate);
        return new Estimate(value, error, "square root of " + jsd.Method);
    }

    // Quadrature and rounding can step just outside the mathematical range; clamp into it.
    private static Estimate InRange(DivergenceKind kind, Estimate result) => kind switch
    {
        DivergenceKind.JensenShannon => result.Clamp(0.0, Math.Log(2.0)),
        DivergenceKind.TotalVariation or DivergenceKind.SquaredHellinger => result.Clamp(0.0, 1.0),
        _ => result.Clamp(0.0, double.PositiveInfinity),
    };

    private static void CheckUnit(DivergenceKind kind, InformationUnit unit)
    {
        bool information = kind is DivergenceKind.KullbackLeibler
            or DivergenceKind.ReverseKullbackLeibler or DivergenceKind.JensenShannon;
        if (unit != InformationUnit.Nats && !information)
        {
            throw new ArgumentOutOfRangeException(
                nameof(unit),
                unit,
                "only KL, reverse KL and JSD have a unit; TV, Hellinger and chi^2 are unitless");
        }
    }
}
