using System.Globalization;
using ScottPlot;

namespace GanTheory.Experiments.Plotting;

/// <summary>
/// Makes an axis that carries log10 of the data read as a log scale: major ticks at whole
/// powers of ten labelled with the power itself (0.001, 0.01, ...), minor ticks in between.
/// </summary>
internal static class LogScale
{
    public static void Apply(IAxis axis)
    {
        ArgumentNullException.ThrowIfNull(axis);
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = power => Math.Pow(10, power).ToString("G3",
                CultureInfo.InvariantCulture),
        };
    }
}
