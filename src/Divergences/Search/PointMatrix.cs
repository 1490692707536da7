namespace GanTheory.Divergences.Search;

/// <summary>Checks and flattens point sets given as n x d matrices or 1-D samples.</summary>
internal static class PointMatrix
{
    /// <summary>The rows of <paramref name="points"/>, one after another, after checks.</summary>
    public static double[] Flatten(double[,] points, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(points, parameterName);
        int count = points.GetLength(0);
        int dimension = points.GetLength(1);
        if (count == 0 || dimension == 0)
        {
            throw new ArgumentException(
                $"must have at least one row and one column, but is {count} x {dimension}",
                parameterName);
        }

        var flat = new double[count * dimension];
        for (int i = 0; i < count; i++)
        {
            for (int axis = 0; axis < dimension; axis++)
            {
                flat[(i * dimension) + axis] = points[i, axis];
            }
        }

        ThrowIfNotFinite(flat, dimension, parameterName);
        return flat;
    }

    /// <summary>A copy of a 1-D sample after checks (every value finite, at least one).</summary>
    public static double[] Copy(ReadOnlySpan<double> samples, string parameterName)
    {
        if (samples.IsEmpty)
        {
            throw new ArgumentException(
                "must hold at least one sample, but is empty", parameterName);
        }

        double[] copy = samples.ToArray();
        ThrowIfNotFinite(copy, 1, parameterName);
        return copy;
    }

    /// <summary>Throws when a coordinate is NaN or infinite, naming the point and axis.</summary>
    public static void ThrowIfNotFinite(double[] flat, int dimension, string parameterName)
    {
        for (int position = 0; position < flat.Length; position++)
        {
            if (!double.IsFinite(flat[position]))
            {
                throw new ArgumentException(
                    $"point {position / dimension}, coordinate {position % dimension} is "
                    + $"{flat[position]}; every coordinate must be finite",
                    parameterName);
            }
        }
    }
}
