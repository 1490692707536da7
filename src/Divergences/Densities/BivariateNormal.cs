namespace GanTheory.Divergences.Densities;

/// <summary>
/// The normal density on the plane with mean (MeanX, MeanY) and full covariance
/// [[Sxx, Sxy], [Sxy, Syy]].
/// </summary>
public sealed class BivariateNormal : IBivariateDensity
{
    /// <summary>Half-width of <see cref="Extent"/> in marginal standard deviations.</summary>
    public const double ExtentInStandardDeviations = 8.5;

    private static readonly double[] BreakpointOffsets = [-8.5, -4, -2, -1, 0, 1, 2, 4, 8.5];

    private readonly double _logNormaliser;
    private readonly double _choleskyXX;
    private readonly double _choleskyYX;
    private readonly double _choleskyYY;

    /// <summary>Creates N((meanX, meanY), [[sxx, sxy], [sxy, syy]]).</summary>
    /// <param name="meanX">Mean of x; finite.</param>
    /// <param name="meanY">Mean of y; finite.</param>
    /// <param name="sxx">Variance of x; finite and &gt; 0.</param>
    /// <param name="sxy">Covariance of x and y; finite, with sxx syy - sxy^2 &gt; 0.</param>
    /// <param name="syy">Variance of y; finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">NaN, infinite, non-positive variances or a
    /// covariance matrix that is not positive definite (the message names the
    /// determinant).</exception>
    public BivariateNormal(double meanX, double meanY, double sxx, double sxy, double syy)
    {
        MeanX = Guard.Finite(meanX, nameof(meanX));
        MeanY = Guard.Finite(meanY, nameof(meanY));
        Sxx = Guard.Positive(sxx, nameof(sxx));
        Sxy = Guard.Finite(sxy, nameof(sxy));
        Syy = Guard.Positive(syy, nameof(syy));
        Determinant = (sxx * syy) - (sxy * sxy);
        if (!(Determinant > 0.0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(sxy), sxy,
                "covariance must be positive definite; "
                + FormattableString.Invariant($"sxx syy - sxy^2 = {Determinant:R}"));
        }

        _logNormaliser = -Math.Log(2.0 * Math.PI) - (0.5 * Math.Log(Determinant));
        _choleskyXX = Math.Sqrt(sxx);
        _choleskyYX = sxy / _choleskyXX;
        _choleskyYY = Math.Sqrt(Determinant / sxx);
        double sdX = Math.Sqrt(sxx);
        double sdY = Math.Sqrt(syy);
        double k = ExtentInStandardDeviations;
        Extent = new AxisBox(meanX - (k * sdX), meanX + (k * sdX), meanY - (k * sdY), meanY
            + (k * sdY));
        XBreakpoints = Array.ConvertAll(BreakpointOffsets, o => meanX + (o * sdX));
        YBreakpoints = Array.ConvertAll(BreakpointOffsets, o => meanY + (o * sdY));
    }

    /// <summary>The isotropic normal N((meanX, meanY), sigma^2 I).</summary>
    /// <param name="meanX">Mean of x.</param>
    /// <param name="meanY">Mean of y.</param>
    /// <param name="standardDeviation">The common standard deviation; &gt; 0.</param>
    /// <returns>The density.</returns>
    public static BivariateNormal Isotropic(double meanX, double meanY, double standardDeviation)
    {
        double variance = Guard.Positive(standardDeviation,
            nameof(standardDeviation)) * standardDeviation;
        return new BivariateNormal(meanX, meanY, variance, 0.0, variance);
    }

    /// <summary>Mean of x.</summary>
    public double MeanX { get; }

    /// <summary>Mean of y.</summary>
    public double MeanY { get; }

    /// <summary>Variance of x.</summary>
    public double Sxx { get; }

    /// <summary>Covariance of x and y.</summary>
    public double Sxy { get; }

    /// <summary>Variance of y.</summary>
    public double Syy { get; }

    /// <summary>Determinant of the covariance, sxx syy - sxy^2.</summary>
    public double Determinant { get; }

    /// <inheritdoc/>
    public AxisBox Support => AxisBox.Plane;

    /// <inheritdoc/>
    public AxisBox Extent { get; }

    /// <inheritdoc/>
    public IReadOnlyList<double> XBreakpoints { get; }

    /// <inheritdoc/>
    public IReadOnlyList<double> YBreakpoints { get; }

    /// <inheritdoc/>
    public double Density(double x, double y) => Math.Exp(DensityLn(x, y));

    /// <inheritdoc/>
    /// <remarks>-Q/2 - log(2 pi) - log(det)/2, Q the Mahalanobis form; finite for finite
    /// input.</remarks>
    public double DensityLn(double x, double y)
    {
        return (-0.5 * MahalanobisForm(x - MeanX, y - MeanY)) + _logNormaliser;
    }

    /// <inheritdoc/>
    /// <remarks>Two Box-Muller normals multiplied by the Cholesky factor of the
    /// covariance.</remarks>
    public (double X, double Y) Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        (double radius, double angle) = Normal.BoxMullerPolar(random);
        double u = radius * Math.Cos(angle);
        double v = radius * Math.Sin(angle);
        return (MeanX + (_choleskyXX * u), MeanY + (_choleskyYX * u) + (_choleskyYY * v));
    }

    /// <summary>
    /// The Mahalanobis form Q = (dx, dy) S^-1 (dx, dy)^T of an offset (dx, dy) from the mean,
    /// S the covariance; ln p = -Q / 2 - ln(2 pi) - ln(det S) / 2.
    /// </summary>
    internal double MahalanobisForm(double dx, double dy) =>
        ((Syy * dx * dx) - (2.0 * Sxy * dx * dy) + (Sxx * dy * dy)) / Determinant;

    /// <summary>Describes the density in calculator syntax.</summary>
    /// <returns>For example <c>normal2(0, 0, 1, 0, 1)</c>.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"normal2({MeanX:R}, {MeanY:R}, {Sxx:R}, {Sxy:R}, {Syy:R})");
}
