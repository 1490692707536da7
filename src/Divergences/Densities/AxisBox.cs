namespace GanTheory.Divergences.Densities;

/// <summary>An axis-aligned box [XLower, XUpper] x [YLower, YUpper] in the plane; ends may be
/// infinite.</summary>
/// <param name="XLower">Lower x end.</param>
/// <param name="XUpper">Upper x end (&gt;= XLower).</param>
/// <param name="YLower">Lower y end.</param>
/// <param name="YUpper">Upper y end (&gt;= YLower).</param>
public readonly record struct AxisBox(double XLower, double XUpper, double YLower, double YUpper)
{
    /// <summary>The whole plane.</summary>
    public static AxisBox Plane { get; } = new(
        double.NegativeInfinity, double.PositiveInfinity, double.NegativeInfinity,
            double.PositiveInfinity);

    /// <summary>True when every end is finite.</summary>
    public bool IsFinite =>
        double.IsFinite(XLower) && double.IsFinite(XUpper) && double.IsFinite(YLower)
            && double.IsFinite(YUpper);

    /// <summary>Whether (x, y) lies in the closed box.</summary>
    /// <param name="x">The x coordinate.</param>
    /// <param name="y">The y coordinate.</param>
    /// <returns>True inside or on the boundary.</returns>
    public bool Contains(double x, double y) => x >= XLower && x <= XUpper && y >= YLower
        && y <= YUpper;

    /// <summary>The smallest box holding both boxes.</summary>
    /// <param name="other">The other box.</param>
    /// <returns>The hull.</returns>
    public AxisBox Hull(AxisBox other) => new(
        Math.Min(XLower, other.XLower), Math.Max(XUpper, other.XUpper),
        Math.Min(YLower, other.YLower), Math.Max(YUpper, other.YUpper));

    /// <summary>The intersection of both boxes (empty boxes have an upper end below a lower
    /// end).</summary>
    /// <param name="other">The other box.</param>
    /// <returns>The common part.</returns>
    public AxisBox Intersect(AxisBox other) => new(
        Math.Max(XLower, other.XLower), Math.Min(XUpper, other.XUpper),
        Math.Max(YLower, other.YLower), Math.Min(YUpper, other.YUpper));

    /// <summary>Whether the two closed boxes share no point of positive area.</summary>
    /// <param name="other">The other box.</param>
    /// <returns>True when the interiors are disjoint.</returns>
    public bool InteriorsDisjoint(AxisBox other) =>
        XUpper <= other.XLower || other.XUpper <= XLower || YUpper <= other.YLower
            || other.YUpper <= YLower;
}
