using GanTheory.Divergences.Search;

namespace GanTheory.Divergences.Estimators;

/// <summary>k-th nearest-neighbour distances of a set of query points, on a log scale.</summary>
internal static class NeighbourDistances
{
    /// <summary>
    /// ln eps_i for each query point i, where eps_i is the distance to its k-th nearest point
    /// of <paramref name="tree"/> among those at a positive distance (so the query itself and
    /// exact duplicates of it are skipped).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// Some query point has fewer than k points of the tree at a positive distance; the
    /// exception names <paramref name="treeSampleName"/>, the sample the tree was built from.
    /// </exception>
    public static double[] LogKth(KdTree tree, double[] queries, int k, string treeSampleName)
    {
        int dimension = tree.Dimension;
        int count = queries.Length / dimension;
        var logDistances = new double[count];
        var indexBuffer = new int[k];
        var distanceBuffer = new double[k];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<double> query = queries.AsSpan(i * dimension, dimension);
            int found = tree.FindNearestSquared(query, indexBuffer, distanceBuffer);
            if (found < k)
            {
                throw new ArgumentException(
                    $"has only {found} points distinct from point {i} of the query sample, "
                    + $"fewer than k = {k}; too many duplicated points for this k",
                    treeSampleName);
            }

            // ln eps = ln(eps^2) / 2 saves a square root per point.
            logDistances[i] = 0.5 * Math.Log(distanceBuffer[k - 1]);
        }

        return logDistances;
    }
}
