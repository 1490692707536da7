using MathNet.Numerics.Distributions;

namespace GanTheory.Divergences.Tests.Estimators;

/// <summary>
/// Seeded Gaussian samples, log-densities and closed forms for the estimator tests. Kept here,
/// independent of the library's densities, so the estimators are checked against separate code.
/// </summary>
internal static class Gaussians
{
    /// <summary>0.5 ln(2 pi e), the entropy of N(0, 1) in nats.</summary>
    public static readonly double StandardEntropy = 0.5 * Math.Log(2 * Math.PI * Math.E);

    /// <summary>JSD(N(0,1) || N(1,1)), nats; MathNet Gauss-Kronrod: ...73617 +- 1e-12.</summary>
    public const double UnitShiftJensenShannon = 0.11142148218473618;

    public static double[] Sample(int n, double mean, double sd, int seed)
    {
        var values = new double[n];
        Normal.Samples(new Random(seed), values, mean, sd);
        return values;
    }

    public static double LogDensity(double x, double mean, double sd)
    {
        double z = (x - mean) / sd;
        return (-0.5 * z * z) - Math.Log(sd) - (0.5 * Math.Log(2 * Math.PI));
    }

    /// <summary>n points of N(mean, [[sxx, sxy], [sxy, syy]]) via the Cholesky factor.</summary>
    public static double[,] Sample2D(int n, Gaussian2D g, int seed)
    {
        double[] z = Sample(2 * n, 0, 1, seed);
        double l11 = Math.Sqrt(g.Sxx);
        double l21 = g.Sxy / l11;
        double l22 = Math.Sqrt(g.Syy - (l21 * l21));
        var points = new double[n, 2];
        for (int i = 0; i < n; i++)
        {
            points[i, 0] = g.Mx + (l11 * z[2 * i]);
            points[i, 1] = g.My + (l21 * z[2 * i]) + (l22 * z[(2 * i) + 1]);
        }

        return points;
    }
}
