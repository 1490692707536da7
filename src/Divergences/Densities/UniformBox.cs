namespace GanTheory.Divergences.Densities;

/// <summary>The uniform density on a closed finite box [xLower, xUpper] x [yLower,
/// yUpper].</summary>
public sealed class UniformBox : IBivariateDensity
{
    private readonly double _logDensity;

    /// <summary>Creates the uniform density on the box.</summary>
    /// <param name="xLower">Lower x end; finite.</param>
    /// <param name="xUpper">Upper x end; finite, &gt; xLower.</param>
    /// <param name="yLower">Lower y end; finite.</param>
    /// <param name="yUpper">Upper y end; finite, &gt; yLower.</param>
    /// <exception cref="ArgumentOutOfRangeException">NaN, infinite or empty sides.</exception>
    public UniformBox(double xLower, double xUpper, double yLower, double yUpper)
    {
        Guard.Interval(xLower, xUpper, nameof(xLower), nameof(xUpper));
        Guard.Interval(yLower, yUpper, nameof(yLower), nameof(yUpper));
        Support = new AxisBox(xLower, xUpper, yLower, yUpper);
        Area = (xUpper - xLower) * (yUpper - yLower);
        _logDensity = -Math.Log(Area);
        XBreakpoints = [xLower, xUpper];
        YBreakpoints = [yLower, yUpper];
    }

    /// <summary>Width times height.</summary>
    public double Area { get; }

    /// <inheritdoc/>
    public AxisBox Support { get; }

    /// <inheritdoc/>
    public AxisBox Extent => Support;

    /// <inheritdoc/>
    public IReadOnlyList<double> XBreakpoints { get; }

    /// <inheritdoc/>
    public IReadOnlyList<double> YBreakpoints { get; }

    /// <inheritdoc/>
    public double Density(double x, double y) => Support.Contains(x, y) ? 1.0 / Area : 0.0;

    /// <inheritdoc/>
    public double DensityLn(double x, double y) => Support.Contains(x, y) ? _logDensity
        : double.NegativeInfinity;

    /// <inheritdoc/>
    public (double X, double Y) Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double x = Support.XLower + ((Support.XUpper - Support.XLower) * random.NextDouble());
        double y = Support.YLower + ((Support.YUpper - Support.YLower) * random.NextDouble());
        return (x, y);
    }

    /// <summary>Describes the density in calculator syntax.</summary>
    /// <returns>For example <c>box(0, 1, 0, 1)</c>.</returns>
    public override string ToString() => FormattableString.Invariant(
        $"box({Support.XLower:R}, {Support.XUpper:R}, {Support.YLower:R}, {Support.YUpper:R})");
}
