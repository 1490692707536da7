using GanTheory.Divergences.Densities;

namespace GanTheory.Divergences.Integration;

/// <summary>
/// Globally adaptive cubature on a finite box: the box is first cut into a grid of cells at the
/// caller's x and y breakpoints (the modes of the densities and multiples of their widths around
/// each mode, so sigma-0.01 modes are never missed), then the cell with the largest error
/// estimate is bisected across its longer side until the tolerance is met. Each cell uses the
/// tensor-product Gauss-Kronrod rule K15 x K15 with |K15 x K15 - G7 x G7| as its error
/// estimate (conservative: it measures the error of the embedded Gauss rule).
/// </summary>
/// <remarks>Infinity and NaN are handled as in <see cref="AdaptiveQuadrature"/>.</remarks>
public static class AdaptiveCubature
{
    private const string RuleName = "adaptive Gauss-Kronrod 15x15 cubature";

    /// <summary>Integrates f over <paramref name="box"/>.</summary>
    /// <param name="f">The integrand f(x, y); may be ±infinity, never NaN.</param>
    /// <param name="box">A finite box.</param>
    /// <param name="xBreakpoints">x coordinates to split at (others than inside the box are
    /// ignored).</param>
    /// <param name="yBreakpoints">y coordinates to split at.</param>
    /// <param name="options">Tolerances; null means <see
    /// cref="QuadratureOptions.Default"/>.</param>
    /// <returns>The integral, its error estimate and the method.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The box is not finite or is
    /// inverted.</exception>
    /// <exception cref="ArithmeticException">The integrand returned NaN.</exception>
    public static Estimate Integrate(
        Func<double, double, double> f, AxisBox box, IEnumerable<double>? xBreakpoints = null,
        IEnumerable<double>? yBreakpoints = null, QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!box.IsFinite || box.XUpper < box.XLower || box.YUpper < box.YLower)
        {
            throw new ArgumentOutOfRangeException(nameof(box), box,
                "must be a finite box with lower <= upper ends");
        }

        if (box.XUpper == box.XLower || box.YUpper == box.YLower)
        {
            return new Estimate(0.0, 0.0, "empty box");
        }

        options ??= QuadratureOptions.Default;
        double[] xs = Cuts(box.XLower, box.XUpper, xBreakpoints);
        double[] ys = Cuts(box.YLower, box.YUpper, yBreakpoints);
        var integrand = new GuardedIntegrand(null, f);
        var cells = new List<Cell>();
        for (int i = 0; i + 1 < xs.Length; i++)
        {
            for (int j = 0; j + 1 < ys.Length; j++)
            {
                cells.Add(new Cell(xs[i], xs[i + 1], ys[j], ys[j + 1]));
            }
        }

        return AdaptiveRefinement.Run(
            integrand, cells, cell => Evaluate(integrand, cell), Bisect, options, RuleName,
            "cells");
    }

    // The box ends plus the breakpoints inside, with near-duplicates (closer than 1e-12 of the
    // box width, e.g. cos(pi/2) = 6e-17 next to 0) merged.
    private static double[] Cuts(double lower, double upper, IEnumerable<double>? breakpoints)
    {
        double merge = 1e-12 * (upper - lower);
        var points = new List<double> { lower };
        IEnumerable<double> inside = (breakpoints ?? []).Where(b => double.IsFinite(b)
            && b > lower && b < upper);
        foreach (double b in inside.Order())
        {
            if (b - points[^1] > merge)
            {
                points.Add(b);
            }
        }

        if (upper - points[^1] <= merge)
        {
            points.RemoveAt(points.Count - 1);
        }

        points.Add(upper);
        return [.. points];
    }

    private static (Cell First, Cell Second)? Bisect(Cell cell)
    {
        bool alongX = (cell.XUpper - cell.XLower) >= (cell.YUpper - cell.YLower);
        double lower = alongX ? cell.XLower : cell.YLower;
        double upper = alongX ? cell.XUpper : cell.YUpper;
        double middle = 0.5 * (lower + upper);
        if (!(middle > lower && middle < upper))
        {
            return null;
        }

        return alongX
            ? (cell with { XUpper = middle }, cell with { XLower = middle })
            : (cell with { YUpper = middle }, cell with { YLower = middle });
    }

    private static (double Value, double Error) Evaluate(GuardedIntegrand integrand, Cell cell) =>
        GaussKronrod15.Apply2D(
            integrand.Evaluate2D, cell.XLower, cell.XUpper, cell.YLower, cell.YUpper);

    private readonly record struct Cell(double XLower, double XUpper, double YLower, double YUpper);
}
