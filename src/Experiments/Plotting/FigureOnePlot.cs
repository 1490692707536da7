using GanTheory.Experiments.FigureOne;
using ScottPlot;

namespace GanTheory.Experiments.Plotting;

/// <summary>
/// Draws the reproduced Figure 1 as a 2 x 2 grid. Each panel shows p_data (black, dotted),
/// p_g (green, solid), D (blue, dashed) and D* (thin, dash-dot) above; below, as in the paper,
/// the z line and arrows from equally spaced noise values z to their images x = G(z), which
/// crowd where p_g is high.
/// </summary>
internal static class FigureOnePlot
{
    private const double XLine = -0.12;
    private const double ZLine = -0.55;
    private const int Arrows = 17;

    public static void Save(string path, IReadOnlyList<FigureOnePanel> panels)
    {
        ArgumentNullException.ThrowIfNull(panels);

        // One x range for all panels, so the motion of p_g from panel to panel is visible.
        double lower = panels.Min(p => DensityCurves.RangeOf(p.Snapshot).Lower);
        double upper = panels.Max(p => DensityCurves.RangeOf(p.Snapshot).Upper);

        var figure = new Multiplot();
        figure.AddPlots(panels.Count);
        figure.Layout = new ScottPlot.MultiplotLayouts.Grid(
            rows: 2, columns: (panels.Count + 1) / 2);
        for (int i = 0; i < panels.Count; i++)
        {
            Draw(figure.GetPlot(i), panels[i], lower, upper);
        }
        PlotFile.SavePng(figure, path, 1400, 1000);
    }

    private static void Draw(Plot plot, FigureOnePanel panel, double lower, double upper)
    {
        DensityCurves curves = DensityCurves.Sample(panel.Snapshot, lower, upper, 1000);
        if (panel.Before is not null)
        {
            DensityCurves before = DensityCurves.Sample(panel.Before, lower, upper, 1000);
            PaperStyle.Curve(plot, before.X, before.Generator, PaperStyle.Generator.WithAlpha(0.35),
                LinePattern.Solid, "p_g before").LineWidth = 1.5f;
        }
        PaperStyle.Curve(plot, curves.X, curves.Data, PaperStyle.Data, LinePattern.Dotted,
            "p_data");
        PaperStyle.Curve(plot, curves.X, curves.Generator, PaperStyle.Generator, LinePattern.Solid,
            "p_g");
        PaperStyle.Curve(plot, curves.X, curves.Discriminator, PaperStyle.Discriminator,
            LinePattern.Dashed, "D");
        PaperStyle.Curve(plot, curves.X, curves.Optimal, PaperStyle.Optimal, PaperStyle.DashDot,
            "D*")
            .LineWidth = 1.5f;

        DrawMapping(plot, panel, lower, upper);

        plot.Axes.SetLimits(lower, upper, ZLine - 0.15, 1.3);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [0, 0.25, 0.5, 0.75, 1], ["0", "0.25", "0.5", "0.75", "1"]);
        PaperStyle.Label(plot, "x", "density, D(x)");
        plot.Title(FormattableString.Invariant($"({panel.Letter}) {panel.Caption}; JSD = ")
            + FormattableString.Invariant($"{panel.Jsd:F4} nats"), PaperStyle.LabelSize - 2);
        plot.ShowLegend(Alignment.UpperCenter, Orientation.Horizontal);
    }

    // The paper's lower strip: the z line (z in [-1, 1] drawn across the middle of the x range),
    // the x line just below the densities, and an arrow from each z to G(z) on the x line. When
    // G decreases overall the z line is drawn from +1 on the left to -1 on the right, so the
    // arrows do not all cross; its end labels show the orientation.
    private static void DrawMapping(Plot plot, FigureOnePanel panel, double lower, double upper)
    {
        double width = upper - lower;
        double zLeft = lower + (0.2 * width);
        double zRight = upper - (0.2 * width);
        IReadOnlyList<double> z = panel.Snapshot.NoiseGrid;
        IReadOnlyList<double> x = panel.Snapshot.GeneratorValues;
        bool decreasing = x[^1] < x[0];
        double Position(double noise)
        {
            double fraction = (noise + 1) / 2;
            return zLeft + ((decreasing ? 1 - fraction : fraction) * (zRight - zLeft));
        }

        AddSegment(plot, lower, upper, XLine);
        AddSegment(plot, zLeft, zRight, ZLine);
        AddLabel(plot, "x", lower + (0.02 * width), XLine + 0.07, PaperStyle.LabelSize,
            italic: true);
        AddLabel(plot, "z", zLeft - (0.05 * width), ZLine, PaperStyle.LabelSize, italic: true);
        AddLabel(plot, decreasing ? "+1" : "-1", zLeft, ZLine - 0.07, PaperStyle.LabelSize - 4,
            false);
        AddLabel(plot, decreasing ? "-1" : "+1", zRight, ZLine - 0.07, PaperStyle.LabelSize - 4,
            false);

        for (int j = 0; j < Arrows; j++)
        {
            int i = (int)Math.Round((double)j * (z.Count - 1) / (Arrows - 1));
            ScottPlot.Plottables.Arrow arrow = plot.Add.Arrow(
                new Coordinates(Position(z[i]), ZLine), new Coordinates(x[i], XLine));
            arrow.ArrowLineColor = PaperStyle.Reference;
            arrow.ArrowFillColor = PaperStyle.Reference;
            arrow.ArrowLineWidth = 1;
            arrow.ArrowWidth = 1.5f;
            arrow.ArrowheadLength = 10;
            arrow.ArrowheadWidth = 8;
        }
    }

    private static void AddSegment(Plot plot, double from, double to, double y)
    {
        ScottPlot.Plottables.LinePlot line = plot.Add.Line(from, y, to, y);
        line.LineColor = Colors.Black;
        line.LineWidth = 1.5f;
    }

    private static void AddLabel(Plot plot, string text, double x, double y, float size,
        bool italic)
    {
        ScottPlot.Plottables.Text label = plot.Add.Text(text, x, y);
        label.LabelFontSize = size;
        label.LabelItalic = italic;
        label.LabelAlignment = Alignment.MiddleCenter;
    }
}
