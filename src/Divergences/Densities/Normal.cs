namespace GanTheory.Divergences.Densities;

/// <summary>The normal density N(mean, standardDeviation^2) on the real line.</summary>
public sealed class Normal : IUnivariateDensity
{
    /// <summary>ln sqrt(2 pi), the log-normaliser of N(0, 1).</summary>
    internal static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2.0 * Math.PI);

    // Split points at mean + k sigma: the adaptive rule then starts with sigma-sized pieces
    // near the mode wherever the mode lies and however narrow it is.
    private static readonly double[] BreakpointOffsets = [-8, -4, -2, -1, 0, 1, 2, 4, 8];

    private readonly double[] _breakpoints;
    private readonly double _logNormaliser;

    /// <summary>Creates N(mean, standardDeviation^2).</summary>
    /// <param name="mean">The mean; finite.</param>
    /// <param name="standardDeviation">The standard deviation; finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">NaN, infinite or non-positive
    /// values.</exception>
    public Normal(double mean, double standardDeviation)
    {
        Mean = Guard.Finite(mean, nameof(mean));
        StandardDeviation = Guard.Positive(standardDeviation, nameof(standardDeviation));
        _logNormaliser = -Math.Log(standardDeviation) - LogSqrtTwoPi;
        _breakpoints = Array.ConvertAll(BreakpointOffsets, k => mean + (k * standardDeviation));
    }

    /// <summary>The mean.</summary>
    public double Mean { get; }

    /// <summary>The standard deviation.</summary>
    public double StandardDeviation { get; }

    /// <inheritdoc/>
    public double SupportLower => double.NegativeInfinity;

    /// <inheritdoc/>
    public double SupportUpper => double.PositiveInfinity;

    /// <inheritdoc/>
    /// <remarks>mean + k sigma for k in {-8, -4, -2, -1, 0, 1, 2, 4, 8}.</remarks>
    public IReadOnlyList<double> Breakpoints => _breakpoints;

    /// <inheritdoc/>
    public double Scale => StandardDeviation;

    /// <inheritdoc/>
    public double Density(double x) => Math.Exp(DensityLn(x));

    /// <inheritdoc/>
    /// <remarks>-(x - mean)^2 / (2 sigma^2) - log sigma - log sqrt(2 pi); finite for finite
    /// x.</remarks>
    public double DensityLn(double x)
    {
        double u = (x - Mean) / StandardDeviation;
        return (-0.5 * u * u) + _logNormaliser;
    }

    /// <inheritdoc/>
    /// <remarks>Box-Muller transform of two uniforms from <paramref name="random"/>.</remarks>
    public double Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        (double radius, double angle) = BoxMullerPolar(random);
        return Mean + (StandardDeviation * radius * Math.Cos(angle));
    }

    /// <summary>
    /// The Box-Muller transform in polar form: from two uniforms, a radius sqrt(-2 ln U) and an
    /// angle 2 pi V such that radius cos(angle) and radius sin(angle) are independent N(0, 1).
    /// </summary>
    internal static (double Radius, double Angle) BoxMullerPolar(Random random)
    {
        // 1 - NextDouble() lies in (0, 1], so the logarithm is finite.
        double radius = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
        double angle = 2.0 * Math.PI * random.NextDouble();
        return (radius, angle);
    }

    /// <summary>Describes the density, for example <c>normal(0, 1)</c>.</summary>
    /// <returns>The calculator syntax of this density.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"normal({Mean:R}, {StandardDeviation:R})");
}
