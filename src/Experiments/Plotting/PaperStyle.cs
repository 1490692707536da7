using ScottPlot;

namespace GanTheory.Experiments.Plotting;

/// <summary>
/// Colours and line styles of the paper's Figure 1 (Goodfellow et al. 2014): p_data black and
/// dotted, p_g green and solid, D blue and dashed. D*, which the paper does not draw, gets a
/// colour far from all three.
/// </summary>
internal static class PaperStyle
{
    public static readonly Color Data = Colors.Black;
    public static readonly Color Generator = Color.FromHex("#1B9E1B");
    public static readonly Color Discriminator = Color.FromHex("#1F4FD8");
    public static readonly Color Optimal = Color.FromHex("#D55E00");
    public static readonly Color Reference = Color.FromHex("#7F7F7F");

    /// <summary>Width of every curve, in pixels: thick enough to read when the README scales the
    /// PNG down.</summary>
    public const float LineWidth = 2.5f;

    /// <summary>Font size of axis labels and legends, in points.</summary>
    public const float LabelSize = 16;

    /// <summary>A dash-dot pattern for D*, distinct from the dotted, solid and dashed
    /// curves.</summary>
    public static readonly LinePattern DashDot = new([10, 4, 2, 4], 0, "dash-dot");

    /// <summary>Adds y(x) as a line with the given colour and pattern, no markers.</summary>
    public static ScottPlot.Plottables.Scatter Curve(
        Plot plot, double[] xs, double[] ys, Color color, LinePattern pattern, string legend)
    {
        ScottPlot.Plottables.Scatter curve = plot.Add.ScatterLine(xs, ys, color);
        curve.LineWidth = LineWidth;
        curve.LinePattern = pattern;
        curve.MarkerSize = 0;
        curve.LegendText = legend;
        return curve;
    }

    /// <summary>Axis labels and legend fonts at <see cref="LabelSize"/>.</summary>
    public static void Label(Plot plot, string x, string y)
    {
        plot.XLabel(x, LabelSize);
        plot.YLabel(y, LabelSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = LabelSize - 3;
        plot.Axes.Left.TickLabelStyle.FontSize = LabelSize - 3;
        plot.Legend.FontSize = LabelSize - 3;
    }
}
