using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;
using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Measures;

/// <summary>
/// The Jensen-Shannon divergence JSD(p || q) = KL(p || m)/2 + KL(q || m)/2 with
/// m = (p + q)/2, in nats by default; symmetric, 0 &lt;= JSD &lt;= ln 2, exactly ln 2 for
/// disjoint supports. Its square root, the JS distance, is a metric.
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
        QuadratureOptions? options = null)
    {
        Estimate result = TryClosedForm(p, q) ?? ByQuadrature(p, q, options);
        return result.In(unit);
    }

    /// <summary>The JS distance sqrt(JSD(p || q)), a metric; its error is propagated as
    /// err(JSD) / (2 sqrt(JSD)) (or sqrt(err) when JSD is 0).</summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>sqrt(JSD in nats), in [0, sqrt(ln 2)].</returns>
    public static Estimate Distance(IUnivariateDensity p, IUnivariateDensity q,
        QuadratureOptions? options = null)
    {
        Estimate jsd = Compute(p, q, InformationUnit.Nats, options);
        double value = Math.Sqrt(Math.Max(jsd.Value, 0.0));
        double error = value > 0.0 ? jsd.ErrorEstimate / (2.0 * value)
            : Math.Sqrt(jsd.ErrorEstimate);
        return new Estimate(value, error, "square root of JSD: " + jsd.Method);
    }

    /// <summary>
    /// The closed form of JSD(p || q) in nats when one is known, else null: ln 2 when the
    /// support intervals are disjoint (touching at one point counts as disjoint), and the
    /// exact piecewise formula for two uniforms (|a| ln 2 for U(0,1) against U(a, 1 + a)).
    /// </summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <returns>The exact value (error 0), or null.</returns>
    public static Estimate? TryClosedForm(IUnivariateDensity p, IUnivariateDensity q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (p.SupportUpper <= q.SupportLower || q.SupportUpper <= p.SupportLower)
        {
            return new Estimate(Math.Log(2.0), 0.0, "closed form: disjoint supports");
        }

        return p is Uniform a && q is Uniform b
            ? new Estimate(UniformJsd(a, b), 0.0, "closed form: two uniforms")
            : null;
    }

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
        QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        double logTwo = Math.Log(2.0);
        double Integrand(double x)
        {
            double lp = p.DensityLn(x);
            double lq = q.DensityLn(x);
            double lm = LogSpace.LogAddExp(lp, lq) - logTwo;
            return 0.5 * (Weighted(lp, lp - lm) + Weighted(lq, lq - lm));
        }

        return DensityQuadrature.OverUnion(Integrand, p, q, options);
    }

    private static double Weighted(double logDensity, double logRatio)
    {
        double density = Math.Exp(logDensity);
        return density == 0.0 ? 0.0 : density * logRatio;
    }

    // p = 1/w_p on its interval and q = 1/w_q on its own; L is the length of the overlap.
    // Outside the overlap each density meets m = density/2 and contributes density ln 2 / 2.
    private static double UniformJsd(Uniform p, Uniform q)
    {
        double hp = 1.0 / p.Width;
        double hq = 1.0 / q.Width;
        double overlap = Math.Max(0.0, Math.Min(p.Upper, q.Upper) - Math.Max(p.Lower, q.Lower));
        double logTwo = Math.Log(2.0);
        double alone = 0.5 * logTwo * ((hp * (p.Width - overlap)) + (hq * (q.Width - overlap)));
        double m = 0.5 * (hp + hq);
        double shared = 0.5 * overlap * ((hp * Math.Log(hp / m)) + (hq * Math.Log(hq / m)));
        return alone + shared;
    }
}
