using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Gan;

/// <summary>
/// D*(x, y) = p_data / (p_data + p_g) for densities on the plane, in log space (see
/// <see cref="OptimalDiscriminator"/> for the conventions: D* = 1/2 where neither has mass).
/// </summary>
public sealed class BivariateOptimalDiscriminator
{
    private readonly IBivariateDensity _data;
    private readonly IBivariateDensity _generator;

    /// <summary>Creates D* for the given data and generator densities.</summary>
    /// <param name="data">p_data.</param>
    /// <param name="generator">p_g.</param>
    public BivariateOptimalDiscriminator(IBivariateDensity data, IBivariateDensity generator)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(generator);
        _data = data;
        _generator = generator;
    }

    /// <summary>The logit of D*: log p_data(x, y) - log p_g(x, y); 0 where both are 0.</summary>
    /// <param name="x">The x coordinate.</param>
    /// <param name="y">The y coordinate.</param>
    /// <returns>A value in [-infinity, +infinity], never NaN for non-NaN input.</returns>
    public double Logit(double x, double y) =>
        OptimalDiscriminator.LogitOf(_data.DensityLn(x, y), _generator.DensityLn(x, y));

    /// <summary>D*(x, y) = sigmoid(logit).</summary>
    /// <param name="x">The x coordinate.</param>
    /// <param name="y">The y coordinate.</param>
    /// <returns>A value in [0, 1].</returns>
    public double Value(double x, double y) => LogSpace.Sigmoid(Logit(x, y));

    /// <summary>log D*(x, y) = -softplus(-logit).</summary>
    /// <param name="x">The x coordinate.</param>
    /// <param name="y">The y coordinate.</param>
    /// <returns>A value in [-infinity, 0].</returns>
    public double LogValue(double x, double y) => LogSpace.LogSigmoid(Logit(x, y));

    /// <summary>log(1 - D*(x, y)) = -softplus(logit).</summary>
    /// <param name="x">The x coordinate.</param>
    /// <param name="y">The y coordinate.</param>
    /// <returns>A value in [-infinity, 0].</returns>
    public double LogComplement(double x, double y) => LogSpace.LogSigmoid(-Logit(x, y));
}
