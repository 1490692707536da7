namespace GanTheory.Divergences.Numerics;

/// <summary>Searches and thinning on ascending arrays, shared by the sample-based
/// densities.</summary>
internal static class SortedSearch
{
    /// <summary>The first index i with sorted[i] &gt;= x (sorted.Length if none).</summary>
    public static int LowerBound(double[] sorted, double x)
    {
        int index = Array.BinarySearch(sorted, x);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] == x)
        {
            index--;
        }

        return index;
    }

    /// <summary>
    /// Split points for an integrator: the values thinned to at most one per
    /// <paramref name="spacing"/>, plus the extremes moved out by <paramref name="margin"/>.
    /// </summary>
    public static double[] Thinned(double[] sorted, double spacing, double margin)
    {
        var points = new List<double> { sorted[0] - margin };
        double last = double.NegativeInfinity;
        foreach (double v in sorted)
        {
            if (v - last >= spacing)
            {
                points.Add(v);
                last = v;
            }
        }

        points.Add(sorted[^1] + margin);
        return [.. points];
    }
}
