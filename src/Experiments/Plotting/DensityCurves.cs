using GanTheory.Experiments.Convergence;

namespace GanTheory.Experiments.Plotting;

/// <summary>p_data, p_g, D and D* of a snapshot sampled on an x grid, ready to plot.</summary>
internal sealed class DensityCurves
{
    private DensityCurves(double[] x, GeneratorSnapshot snapshot)
    {
        X = x;
        Data = Array.ConvertAll(x, snapshot.Data.Density);
        Generator = Array.ConvertAll(x, snapshot.Generator.Density);
        Discriminator = Array.ConvertAll(x, snapshot.Discriminator);
        Optimal = Array.ConvertAll(x, snapshot.Optimal.Value);
    }

    public double[] X { get; }

    public double[] Data { get; }

    public double[] Generator { get; }

    public double[] Discriminator { get; }

    public double[] Optimal { get; }

    /// <summary>Samples the curves at <paramref name="points"/> equally spaced x in [lower,
    /// upper].</summary>
    public static DensityCurves Sample(GeneratorSnapshot snapshot, double lower, double upper,
        int points)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        if (!(upper > lower))
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, "must exceed lower");
        }

        double[] x = new double[points];
        for (int i = 0; i < points; i++)
        {
            x[i] = lower + ((upper - lower) * i / (points - 1));
        }
        return new DensityCurves(x, snapshot);
    }

    /// <summary>
    /// An x range that shows both densities: the generator's whole range and the part of the
    /// data's breakpoint span where p_data exceeds 1/1000 of its peak, plus 5% on each side.
    /// </summary>
    public static (double Lower, double Upper) RangeOf(GeneratorSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        double wideLower = snapshot.Data.Breakpoints.Min();
        double wideUpper = snapshot.Data.Breakpoints.Max();
        const int Points = 4001;
        double[] x = new double[Points];
        for (int i = 0; i < Points; i++)
        {
            x[i] = wideLower + ((wideUpper - wideLower) * i / (Points - 1));
        }
        double[] p = Array.ConvertAll(x, snapshot.Data.Density);
        double floor = 1e-3 * p.Max();

        double lower = Math.Min(
            snapshot.GeneratorValues.Min(), x[Array.FindIndex(p, v => v > floor)]);
        double upper = Math.Max(
            snapshot.GeneratorValues.Max(), x[Array.FindLastIndex(p, v => v > floor)]);
        double margin = 0.05 * (upper - lower);
        return (lower - margin, upper + margin);
    }
}
