namespace GanTheory.Divergences.Densities;

/// <summary>
/// Bandwidth rules for a 1-D Gaussian kernel density estimate; both scale linearly with the
/// data (multiplying every sample by c multiplies the bandwidth by c).
/// </summary>
public static class KdeBandwidth
{
    /// <summary>
    /// Scott's rule as in scipy.stats.gaussian_kde for one dimension: h = s n^(-1/5), with s the
    /// sample standard deviation (divisor n - 1).
    /// </summary>
    /// <param name="samples">At least 2 finite samples, not all equal.</param>
    /// <returns>The bandwidth h &gt; 0.</returns>
    public static double Scott(IReadOnlyList<double> samples)
    {
        double[] data = Checked(samples);
        return StandardDeviation(data) * Math.Pow(data.Length, -0.2);
    }

    /// <summary>
    /// Silverman's rule of thumb (Silverman 1986, eq. 3.31): h = 0.9 min(s, IQR / 1.34) n^(-1/5),
    /// robust to heavy tails and outliers; when the interquartile range is 0, s alone is used.
    /// </summary>
    /// <param name="samples">At least 2 finite samples, not all equal.</param>
    /// <returns>The bandwidth h &gt; 0.</returns>
    public static double Silverman(IReadOnlyList<double> samples)
    {
        double[] data = Checked(samples);
        double s = StandardDeviation(data);
        Array.Sort(data);
        double iqr = Quantile(data, 0.75) - Quantile(data, 0.25);
        double spread = iqr > 0.0 ? Math.Min(s, iqr / 1.34) : s;
        return 0.9 * spread * Math.Pow(data.Length, -0.2);
    }

    private static double[] Checked(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(samples), samples.Count,
                "need at least 2 samples");
        }

        double[] data = [.. samples];
        foreach (double x in data)
        {
            Guard.Finite(x, nameof(samples));
        }

        if (data.Min() == data.Max())
        {
            throw new ArgumentOutOfRangeException(
                nameof(samples),
                data[0],
                "all samples are equal: no bandwidth rule applies; give a fixed bandwidth");
        }

        return data;
    }

    private static double StandardDeviation(double[] data)
    {
        double mean = data.Average();
        double sum = 0.0;
        foreach (double x in data)
        {
            sum += (x - mean) * (x - mean);
        }

        return Math.Sqrt(sum / (data.Length - 1));
    }

    // Linear interpolation between order statistics (type 7, the default of R and NumPy).
    private static double Quantile(double[] sorted, double probability)
    {
        double position = probability * (sorted.Length - 1);
        int lower = (int)Math.Floor(position);
        int upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
