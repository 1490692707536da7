using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Densities;

/// <summary>
/// The 1-D Gaussian kernel density estimate p(x) = (1/n) Σ_i N(x; x_i, h^2), evaluated in log
/// space with log-sum-exp over the samples near x, so log p stays exact far beyond the data.
/// </summary>
/// <remarks>
/// Only samples within sqrt(d^2 + 80 h^2) of x are summed, d the distance to the nearest sample:
/// every other term is below e^-40 times the largest, a relative change under 1e-17 n.
/// </remarks>
public sealed class GaussianKde : IUnivariateDensity
{
    private readonly double[] _sorted;
    private readonly double _logNormaliser;
    private readonly double[] _breakpoints;

    /// <summary>Creates the estimate with a fixed bandwidth.</summary>
    /// <param name="samples">At least one finite sample.</param>
    /// <param name="bandwidth">The kernel standard deviation h; finite and &gt; 0. See
    /// <see cref="KdeBandwidth"/> for rules that scale with the data.</param>
    /// <exception cref="ArgumentOutOfRangeException">No samples, NaN or infinite samples, bad
    /// bandwidth.</exception>
    public GaussianKde(IReadOnlyList<double> samples, double bandwidth)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(samples), 0, "need at least one sample");
        }

        Bandwidth = Guard.Positive(bandwidth, nameof(bandwidth));
        _sorted = [.. samples];
        foreach (double x in _sorted)
        {
            Guard.Finite(x, nameof(samples));
        }

        Array.Sort(_sorted);
        _logNormaliser = -Math.Log(_sorted.Length) - Math.Log(bandwidth) - Normal.LogSqrtTwoPi;
        _breakpoints = SortedSearch.Thinned(_sorted, bandwidth, 8.0 * bandwidth);
    }

    /// <summary>The estimate with Scott's bandwidth (<see cref="KdeBandwidth.Scott"/>).</summary>
    /// <param name="samples">At least 2 finite samples, not all equal.</param>
    /// <returns>The density estimate.</returns>
    public static GaussianKde WithScottBandwidth(IReadOnlyList<double> samples) =>
        new(samples, KdeBandwidth.Scott(samples));

    /// <summary>The estimate with Silverman's rule of thumb (<see
    /// cref="KdeBandwidth.Silverman"/>).</summary>
    /// <param name="samples">At least 2 finite samples, not all equal.</param>
    /// <returns>The density estimate.</returns>
    public static GaussianKde WithSilvermanBandwidth(IReadOnlyList<double> samples) =>
        new(samples, KdeBandwidth.Silverman(samples));

    /// <summary>The kernel standard deviation h.</summary>
    public double Bandwidth { get; }

    /// <summary>The number of samples.</summary>
    public int Count => _sorted.Length;

    /// <inheritdoc/>
    public double SupportLower => double.NegativeInfinity;

    /// <inheritdoc/>
    public double SupportUpper => double.PositiveInfinity;

    /// <inheritdoc/>
    /// <remarks>The samples thinned to at most one per bandwidth, plus the extremes ± 8
    /// h.</remarks>
    public IReadOnlyList<double> Breakpoints => _breakpoints;

    /// <inheritdoc/>
    /// <remarks>The bandwidth: beyond the data the tails are Gaussian of width h.</remarks>
    public double Scale => Bandwidth;

    /// <inheritdoc/>
    public double Density(double x) => Math.Exp(DensityLn(x));

    /// <inheritdoc/>
    public double DensityLn(double x)
    {
        int nearest = Nearest(x);
        double d = Math.Abs(x - _sorted[nearest]);
        double reach = Math.Sqrt((d * d) + (80.0 * Bandwidth * Bandwidth));
        int from = LowerBound(x - reach);
        int to = LowerBound(Math.BitIncrement(x + reach));
        double max = -0.5 * (d / Bandwidth) * (d / Bandwidth);
        double sum = 0.0;
        for (int i = from; i < to; i++)
        {
            double u = (x - _sorted[i]) / Bandwidth;
            sum += Math.Exp((-0.5 * u * u) - max);
        }

        return max + Math.Log(sum) + _logNormaliser;
    }

    /// <inheritdoc/>
    /// <remarks>A uniformly chosen sample plus N(0, h^2) noise.</remarks>
    public double Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double centre = _sorted[random.Next(_sorted.Length)];
        return new Normal(centre, Bandwidth).Sample(random);
    }

    private int LowerBound(double x) => SortedSearch.LowerBound(_sorted, x);

    private int Nearest(double x)
    {
        int upper = LowerBound(x);
        if (upper == 0)
        {
            return 0;
        }

        if (upper == _sorted.Length)
        {
            return _sorted.Length - 1;
        }

        return x - _sorted[upper - 1] <= _sorted[upper] - x ? upper - 1 : upper;
    }
}
