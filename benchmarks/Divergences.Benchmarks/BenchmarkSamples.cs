using MathNet.Numerics.Distributions;

namespace GanTheory.Divergences.Benchmarks;

/// <summary>
/// The benchmark pairs, drawn with fixed seeds: in 1-D p = N(0, 1) and q = N(1, 1.5^2); in 2-D
/// p = N((0,0), I) and q = N((1,-0.5), [[2, 0.6], [0.6, 0.5]]), the pairs of issue 3's
/// reference values.
/// </summary>
internal static class BenchmarkSamples
{
    /// <summary>n points of p (first) or q (second) as an n x d matrix, d = 1 or 2.</summary>
    public static double[,] Draw(int n, int dimension, bool fromQ, int seed)
    {
        var z = new double[n * dimension];
        Normal.Samples(new Random(seed), z, 0, 1);
        var points = new double[n, dimension];
        for (int i = 0; i < n; i++)
        {
            if (dimension == 1)
            {
                points[i, 0] = fromQ ? 1 + (1.5 * z[i]) : z[i];
                continue;
            }

            (double a, double b) = (z[2 * i], z[(2 * i) + 1]);
            if (!fromQ)
            {
                (points[i, 0], points[i, 1]) = (a, b);
                continue;
            }

            // Cholesky factor of [[2, 0.6], [0.6, 0.5]]: l11 = sqrt 2, l21 = 0.6 / l11,
            // l22 = sqrt(0.5 - l21^2).
            double l11 = Math.Sqrt(2);
            double l21 = 0.6 / l11;
            double l22 = Math.Sqrt(0.5 - (l21 * l21));
            points[i, 0] = 1 + (l11 * a);
            points[i, 1] = -0.5 + (l21 * a) + (l22 * b);
        }

        return points;
    }

    /// <summary>The first column of an n x 1 matrix as a plain array.</summary>
    public static double[] Column(double[,] points)
    {
        var column = new double[points.GetLength(0)];
        for (int i = 0; i < column.Length; i++)
        {
            column[i] = points[i, 0];
        }

        return column;
    }
}
