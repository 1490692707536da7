using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Gan;

/// <summary>
/// The optimal discriminator of Proposition 1, D*(x) = p_data(x) / (p_data(x) + p_g(x)),
/// evaluated in log space from the two log-densities so that it stays exact where both
/// densities underflow (for N(0,1) against N(1,1), D*(50) = 3.18e-22 although both densities
/// are below 1e-500 there).
/// </summary>
/// <remarks>
/// Where neither density has mass (both log-densities -infinity) D* is undefined; this class
/// returns D* = 1/2 there (logit 0), the value that does not favour either side.
/// </remarks>
public sealed class OptimalDiscriminator
{
    private readonly IUnivariateDensity _data;
    private readonly IUnivariateDensity _generator;

    /// <summary>Creates D* for the given data and generator densities.</summary>
    /// <param name="data">p_data.</param>
    /// <param name="generator">p_g.</param>
    public OptimalDiscriminator(IUnivariateDensity data, IUnivariateDensity generator)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(generator);
        _data = data;
        _generator = generator;
    }

    /// <summary>The logit of D*: log p_data(x) - log p_g(x).</summary>
    /// <param name="x">The point.</param>
    /// <returns>A value in [-infinity, +infinity]; 0 where both densities are 0; never NaN for
    /// non-NaN x.</returns>
    public double Logit(double x)
    {
        double lp = _data.DensityLn(x);
        double lg = _generator.DensityLn(x);
        if (double.IsNegativeInfinity(lp) && double.IsNegativeInfinity(lg))
        {
            return 0.0;
        }

        return lp - lg;
    }

    /// <summary>D*(x) = sigmoid(logit).</summary>
    /// <param name="x">The point.</param>
    /// <returns>A value in [0, 1].</returns>
    public double Value(double x) => LogSpace.Sigmoid(Logit(x));

    /// <summary>log D*(x) = lp - logaddexp(lp, lg) = -softplus(-logit).</summary>
    /// <param name="x">The point.</param>
    /// <returns>A value in [-infinity, 0].</returns>
    public double LogValue(double x) => LogSpace.LogSigmoid(Logit(x));

    /// <summary>log(1 - D*(x)) = lg - logaddexp(lp, lg) = -softplus(logit).</summary>
    /// <param name="x">The point.</param>
    /// <returns>A value in [-infinity, 0].</returns>
    public double LogComplement(double x) => LogSpace.LogSigmoid(-Logit(x));
}
