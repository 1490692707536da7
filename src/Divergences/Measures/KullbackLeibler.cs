using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;

namespace GanTheory.Divergences.Measures;

/// <summary>
/// The Kullback-Leibler divergence KL(p || q) = the integral of p log(p / q), in nats by
/// default. It is +infinity (never NaN, never a large finite number) when p has mass where
/// q has none.
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
        QuadratureOptions? options = null)
    {
        Estimate result = TryClosedForm(p, q) ?? ByQuadrature(p, q, options);
        return result.In(unit);
    }

    /// <summary>
    /// The closed form of KL(p || q) when one is known, else null. Known: normal vs normal,
    /// log(s2 / s1) + (s1^2 + (m1 - m2)^2) / (2 s2^2) - 1/2; uniform vs uniform,
    /// log(w_q / w_p) when [a_p, b_p] lies inside [a_q, b_q]; and +infinity whenever the
    /// support interval of p is not inside that of q.
    /// </summary>
    /// <param name="p">The first density.</param>
    /// <param name="q">The second density.</param>
    /// <returns>The exact value in nats (error 0), or null.</returns>
    public static Estimate? TryClosedForm(IUnivariateDensity p, IUnivariateDensity q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (p.SupportLower < q.SupportLower || p.SupportUpper > q.SupportUpper)
        {
            return new Estimate(
                double.PositiveInfinity, 0.0, "closed form: the support of p is not inside that of q");
        }

        return (p, q) switch
        {
            (Normal a, Normal b) => new Estimate(NormalKl(a, b), 0.0, "closed form: Gaussian KL"),
            (Uniform a, Uniform b) => new Estimate(Math.Log(b.Width / a.Width), 0.0,
                "closed form: uniform KL"),
            _ => null,
        };
    }

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
        IUnivariateDensity p, IUnivariateDensity q, QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        double Integrand(double x)
        {
            double lp = p.DensityLn(x);
            double density = Math.Exp(lp);
            if (density == 0.0)
            {
                return 0.0;
            }

            double lq = q.DensityLn(x);
            return double.IsNegativeInfinity(lq) ? double.PositiveInfinity : density * (lp - lq);
        }

        return DensityQuadrature.Over(Integrand, p.SupportLower, p.SupportUpper, p, q, options);
    }

    private static double NormalKl(Normal p, Normal q)
    {
        double ratio = p.StandardDeviation / q.StandardDeviation;
        double shift = (p.Mean - q.Mean) / q.StandardDeviation;
        return -Math.Log(ratio) + (0.5 * ((ratio * ratio) + (shift * shift))) - 0.5;
    }
}
