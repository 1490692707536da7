using GanTheory.Divergences.Search;

namespace GanTheory.Divergences.Estimators;

/// <summary>
/// Monte Carlo estimates of GAN quantities and divergences from samples when the
/// log-densities (or the discriminator) can be evaluated: each estimate is a sample mean of
/// per-point terms, with standard error s / sqrt(n) from the sample standard deviation s of
/// those terms (two independent samples: their variances add).
/// </summary>
/// <remarks>
/// One-dimensional samples come as spans of numbers with functions of one variable; 2-D
/// samples as n x 2 matrices (one point per row) with functions of (x, y). All results are in
/// nats. The estimates are unbiased; the standard errors are consistent, and the usual
/// normal-approximation caveats apply when the terms are heavy-tailed (a KL whose log-ratio has
/// infinite variance has no meaningful standard error). Samples must be finite and each sample
/// must hold at least two points. A log-density or logit that returns NaN is reported as an
/// <see cref="ArgumentException"/> naming the function and the point.
/// </remarks>
public static partial class MonteCarlo
{
    private static double[] Samples1D(ReadOnlySpan<double> samples, string parameterName)
    {
        double[] copy = PointMatrix.Copy(samples, parameterName);
        ThrowIfFewerThanTwo(copy.Length, parameterName);
        return copy;
    }

    private static double[] Points2D(double[,] points, string parameterName)
    {
        double[] flat = PointMatrix.Flatten(points, parameterName);
        if (points.GetLength(1) != 2)
        {
            throw new ArgumentException(
                $"must have 2 columns (x, y), but has {points.GetLength(1)}", parameterName);
        }

        ThrowIfFewerThanTwo(points.GetLength(0), parameterName);
        return flat;
    }

    private static void ThrowIfFewerThanTwo(int count, string parameterName)
    {
        if (count < 2)
        {
            throw new ArgumentException(
                $"must hold at least 2 samples for a standard error, but holds {count}",
                parameterName);
        }
    }

    /// <summary>f(x) at every point x of a 1-D sample.</summary>
    private static double[] Map1D(double[] samples, Func<double, double> f) =>
        Array.ConvertAll(samples, x => f(x));

    /// <summary>f(x, y) at every point of a flattened n x 2 sample (x, y, x, y, ...).</summary>
    private static double[] Map2D(double[] flat, Func<double, double, double> f)
    {
        var values = new double[flat.Length / 2];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = f(flat[2 * i], flat[(2 * i) + 1]);
        }

        return values;
    }

    /// <summary>The sample mean of the terms as an estimate from sampleSize points.</summary>
    private static SampleEstimate EstimateOf(SampleMean mean, int sampleSize) =>
        new(mean.Mean, mean.StandardError, sampleSize);

    /// <summary>
    /// A log-density value checked for use: never NaN or +infinity, and finite when the point
    /// was drawn from this very density (a point of its own sample cannot have density 0).
    /// </summary>
    private static double CheckedLogDensity(
        double value, string functionName, string point, bool ownSample)
    {
        if (double.IsNaN(value) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentException(
                $"returned {value} at {point}; a log-density must be finite or -infinity",
                functionName);
        }

        if (ownSample && double.IsNegativeInfinity(value))
        {
            throw new ArgumentException(
                $"returned -infinity at {point}, a point of its own sample; the sample cannot "
                + "come from this density",
                functionName);
        }

        return value;
    }

    private static double CheckedLogit(double value, string functionName, string point)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentException(
                $"returned NaN at {point}; a logit must be a number or +-infinity", functionName);
        }

        return value;
    }
}
