using GanTheory.Experiments.Convergence;
using ScottPlot;

namespace GanTheory.Experiments.Plotting;

/// <summary>The two figures of a convergence run.</summary>
internal static class ConvergencePlots
{
    private const int Width = 1000;

    /// <summary>
    /// Top: JSD(p_data || p_g) against step on a log scale, with the 0.01-nat target. Bottom:
    /// C(G) and V(G, D) (quadrature, and Monte Carlo with 2-standard-error bars) against step,
    /// with the minimum -ln 4.
    /// </summary>
    public static void SaveConvergence(string path, IReadOnlyList<CheckpointMetrics> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        double[] steps = [.. rows.Select(r => (double)r.Step)];

        var figure = new Multiplot();
        figure.AddPlots(2);
        Plot top = figure.GetPlot(0);
        Plot bottom = figure.GetPlot(1);

        // log10 of the JSD, floored so an exact 0 still plots.
        double[] logJsd = [.. rows.Select(r => Math.Log10(Math.Max(r.Jsd, 1e-7)))];
        PaperStyle.Curve(top, steps, logJsd, PaperStyle.Generator, LinePattern.Solid,
            "JSD(p_data || p_g), exact p_g").MarkerSize = 6;
        top.Add.HorizontalLine(Math.Log10(TheoryChecks.JsdLimit), 2, PaperStyle.Reference,
            LinePattern.Dashed).LegendText = $"{TheoryChecks.JsdLimit} nats";
        LogScale.Apply(top.Axes.Left);
        PaperStyle.Label(top, "generator step", "JSD (nats, log scale)");
        top.Title("Jensen-Shannon divergence between data and generator", PaperStyle.LabelSize);
        top.ShowLegend(Alignment.UpperRight);

        PaperStyle.Curve(bottom, steps, [.. rows.Select(r => r.CriterionOfG)], PaperStyle.Optimal,
            LinePattern.Solid, "C(G) = V(G, D*)");
        PaperStyle.Curve(bottom, steps, [.. rows.Select(r => r.ValueQuadrature)],
            PaperStyle.Discriminator, LinePattern.Dashed, "V(G, D), trained D (quadrature)");
        double[] monteCarlo = [.. rows.Select(r => r.ValueMonteCarlo)];
        double[] twoErrors = [.. rows.Select(r => 2 * r.ValueStandardError)];
        ScottPlot.Plottables.Scatter points = bottom.Add.ScatterPoints(
            steps, monteCarlo, PaperStyle.Discriminator);
        points.MarkerSize = 6;
        points.LegendText = "V(G, D), Monte Carlo ± 2 s.e.";
        ScottPlot.Plottables.ErrorBar bars = bottom.Add.ErrorBar(steps, monteCarlo, twoErrors);
        bars.Color = PaperStyle.Discriminator;
        bottom.Add.HorizontalLine(-Math.Log(4), 2, PaperStyle.Reference, LinePattern.Dotted)
            .LegendText = "-ln 4 (minimum of C)";
        // Zoom on the approach to -ln 4, where the comparison of V and C(G) is visible; the
        // untrained networks of step 0 usually lie above the frame.
        double lowest = rows.Min(r => Math.Min(
            r.ValueMonteCarlo - (2 * r.ValueStandardError),
            Math.Min(r.ValueQuadrature, r.CriterionOfG)));
        bottom.Axes.SetLimitsY(Math.Min(lowest, -Math.Log(4)) - 0.02, -Math.Log(4) + 0.25);
        PaperStyle.Label(bottom, "generator step", "value (nats)");
        bottom.Title("C(G) and V(G, D) approaching -ln 4 (step 0 may lie above the frame)",
            PaperStyle.LabelSize);
        bottom.ShowLegend(Alignment.UpperRight);

        PlotFile.SavePng(figure, path, Width, 900);
    }

    /// <summary>
    /// p_data, p_g, the trained D and the optimal D* at one snapshot, in the paper's Figure 1
    /// colours; densities on the left axis, discriminator outputs on the right.
    /// </summary>
    public static void SaveDensities(string path, GeneratorSnapshot snapshot, long step)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        (double lower, double upper) = DensityCurves.RangeOf(snapshot);
        DensityCurves curves = DensityCurves.Sample(snapshot, lower, upper, 1200);

        var plot = new Plot();
        PaperStyle.Curve(plot, curves.X, curves.Data, PaperStyle.Data, LinePattern.Dotted,
            "p_data (data density)");
        PaperStyle.Curve(plot, curves.X, curves.Generator, PaperStyle.Generator, LinePattern.Solid,
            "p_g (generator density, exact)");
        ScottPlot.Plottables.Scatter d = PaperStyle.Curve(plot, curves.X, curves.Discriminator,
            PaperStyle.Discriminator, LinePattern.Dashed, "D(x), trained discriminator");
        ScottPlot.Plottables.Scatter optimal = PaperStyle.Curve(plot, curves.X, curves.Optimal,
            PaperStyle.Optimal, PaperStyle.DashDot, "D*(x) = p_data / (p_data + p_g)");
        d.Axes.YAxis = plot.Axes.Right;
        optimal.Axes.YAxis = plot.Axes.Right;
        ScottPlot.Plottables.HorizontalLine half = plot.Add.HorizontalLine(
            0.5, 1, PaperStyle.Reference, LinePattern.Dotted);
        half.Axes.YAxis = plot.Axes.Right;

        // Headroom above the curves keeps the legend off them.
        const double Headroom = 1.45;
        plot.Axes.SetLimitsY(0, Headroom, plot.Axes.Right);
        plot.Axes.Right.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [0, 0.25, 0.5, 0.75, 1], ["0", "0.25", "0.5", "0.75", "1"]);
        plot.Axes.SetLimitsY(0, Headroom * Math.Max(curves.Data.Max(), curves.Generator.Max()),
            plot.Axes.Left);
        PaperStyle.Label(plot, "x", "density (per unit of x)");
        plot.Axes.Right.Label.Text = "discriminator output D(x) (probability)";
        plot.Axes.Right.Label.FontSize = PaperStyle.LabelSize;
        plot.Axes.Right.TickLabelStyle.FontSize = PaperStyle.LabelSize - 3;
        plot.Title($"Densities and discriminators after {step} generator steps",
            PaperStyle.LabelSize);
        plot.ShowLegend(Alignment.UpperLeft);
        PlotFile.SavePng(plot, path, Width, 600);
    }
}
