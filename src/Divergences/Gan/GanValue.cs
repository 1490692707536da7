using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Gan;

/// <summary>
/// The value function of the GAN game, V(G, D) = E_{p_data}[log D] + E_{p_g}[log(1 - D)], in
/// nats, by adaptive quadrature over both densities, and the virtual training criterion
/// C(G) = max_D V(G, D) = V(G, D*).
/// </summary>
public static class GanValue
{
    /// <summary>
    /// V(G, D) for a discriminator given by its logit l(x), D = sigmoid(l):
    /// the integral of p_data(x) (-softplus(-l(x))) + p_g(x) (-softplus(l(x))).
    /// </summary>
    /// <param name="data">p_data.</param>
    /// <param name="generator">p_g.</param>
    /// <param name="logit">The discriminator's logit; ±infinity allowed, NaN is an error.</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>V in nats (&lt;= 0); -infinity when D = 0 on data mass or D = 1 on generator
    /// mass. A term whose density is 0 counts as 0 even where its log D is -infinity.</returns>
    /// <exception cref="ArithmeticException">The logit returned NaN.</exception>
    public static Estimate Compute(
        IUnivariateDensity data, IUnivariateDensity generator, Func<double, double> logit,
        QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(logit);
        double Integrand(double x)
        {
            double l = logit(x);
            if (double.IsNaN(l))
            {
                throw NaNLogit(PointText.Of(x));
            }

            return PointwiseIntegrands.GanValue(data.DensityLn(x), generator.DensityLn(x), l);
        }

        return DensityQuadrature.OverUnion(Integrand, data, generator, options);
    }

    /// <summary>
    /// C(G) = V(G, D*) = the integral of p_data log D* + p_g log(1 - D*), with
    /// log D* = lp - logaddexp(lp, lg) evaluated in log space (Theorem 1: equals -log 4 + 2 JSD).
    /// </summary>
    /// <param name="data">p_data.</param>
    /// <param name="generator">p_g.</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>C(G) in nats, clamped into [-log 4, 0] (the error enlarged to at least the
    /// distance moved).</returns>
    public static Estimate Criterion(
        IUnivariateDensity data, IUnivariateDensity generator, QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(generator);
        double Integrand(double x) => PointwiseIntegrands.GanCriterion(data.DensityLn(x),
            generator.DensityLn(x));
        return DensityQuadrature.OverUnion(Integrand, data, generator, options)
            .Clamp(-Math.Log(4.0), 0.0);
    }

    /// <summary>V(G, D) for 2-D densities and a discriminator logit l(x, y), by adaptive cubature
    /// over the hull of both extents (see the 1-D overload for the conventions).</summary>
    /// <param name="data">p_data.</param>
    /// <param name="generator">p_g.</param>
    /// <param name="logit">The discriminator's logit; ±infinity allowed, NaN is an error.</param>
    /// <param name="options">Cubature tolerances; null means the defaults.</param>
    /// <returns>V in nats (&lt;= 0).</returns>
    public static Estimate Compute(
        IBivariateDensity data, IBivariateDensity generator, Func<double, double, double> logit,
        QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(logit);
        double Integrand(double x, double y)
        {
            double l = logit(x, y);
            if (double.IsNaN(l))
            {
                throw NaNLogit(PointText.Of(x, y));
            }

            return PointwiseIntegrands.GanValue(
                data.DensityLn(x, y), generator.DensityLn(x, y), l);
        }

        return DensityQuadrature.OverUnion(Integrand, data, generator, options);
    }

    /// <summary>C(G) = V(G, D*) for 2-D densities, by adaptive cubature over the hull of both
    /// extents.</summary>
    /// <param name="data">p_data.</param>
    /// <param name="generator">p_g.</param>
    /// <param name="options">Cubature tolerances; null means the defaults.</param>
    /// <returns>C(G) in nats, clamped into [-log 4, 0] (the error enlarged to at least the
    /// distance moved).</returns>
    public static Estimate Criterion(
        IBivariateDensity data, IBivariateDensity generator, QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(generator);
        double Integrand(double x, double y) =>
            PointwiseIntegrands.GanCriterion(data.DensityLn(x, y), generator.DensityLn(x, y));
        return DensityQuadrature.OverUnion(Integrand, data, generator, options)
            .Clamp(-Math.Log(4.0), 0.0);
    }

    private static ArithmeticException NaNLogit(string point) =>
        new("the discriminator logit is NaN at " + point);
}
