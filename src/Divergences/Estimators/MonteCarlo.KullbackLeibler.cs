namespace GanTheory.Divergences.Estimators;

public static partial class MonteCarlo
{
    /// <summary>
    /// Estimates KL(p || q) = E_{x ~ p}[ln p(x) - ln q(x)] from samples of p and both
    /// log-densities.
    /// </summary>
    /// <remarks>
    /// The mean of ln p(x_i) - ln q(x_i) with standard error s / sqrt(n). A sample point where
    /// ln q = -infinity (q vanishes where p has mass) gives KL = +infinity with standard error
    /// 0. The estimate can be negative when KL is small; it is not clipped, so it stays
    /// unbiased. When the log-ratio has infinite variance under p (q much narrower-tailed than
    /// p) the standard error is meaningless although the mean still converges.
    /// </remarks>
    /// <param name="samplesOfP">Samples of p, finite, at least 2.</param>
    /// <param name="logDensityP">ln p(x); finite on the samples of p.</param>
    /// <param name="logDensityQ">ln q(x); finite or -infinity, never NaN or +infinity.</param>
    /// <returns>KL in nats, its standard error, and n.</returns>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    /// <exception cref="ArgumentException">
    /// The sample is empty, holds one point or a non-finite value, or a log-density returns
    /// NaN, +infinity, or -infinity for ln p at a sample of p.
    /// </exception>
    public static SampleEstimate KullbackLeibler(
        ReadOnlySpan<double> samplesOfP,
        Func<double, double> logDensityP,
        Func<double, double> logDensityQ)
    {
        ArgumentNullException.ThrowIfNull(logDensityP);
        ArgumentNullException.ThrowIfNull(logDensityQ);
        double[] x = Samples1D(samplesOfP, nameof(samplesOfP));

        double[] terms = Map1D(x, t => LogRatio(logDensityP(t), logDensityQ(t), PointText.Of(t)));

        return EstimateOf(SampleMean.Of(terms), x.Length);
    }

    /// <summary>
    /// Estimates KL(p || q) for 2-D densities from n x 2 samples of p (one point per row) and
    /// both log-densities ln p(x, y), ln q(x, y). The same formula, infinity rule and standard
    /// error as the 1-D overload.
    /// </summary>
    /// <param name="pointsOfP">Samples of p, n x 2, finite, n &gt;= 2.</param>
    /// <param name="logDensityP">ln p(x, y); finite on the samples of p.</param>
    /// <param name="logDensityQ">ln q(x, y); finite or -infinity, never NaN or +infinity.
    /// </param>
    /// <returns>KL in nats, its standard error, and n.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The matrix does not have 2 columns, has fewer than 2 rows or a non-finite entry, or a
    /// log-density returns NaN, +infinity, or -infinity for ln p at a sample of p.
    /// </exception>
    public static SampleEstimate KullbackLeibler(
        double[,] pointsOfP,
        Func<double, double, double> logDensityP,
        Func<double, double, double> logDensityQ)
    {
        ArgumentNullException.ThrowIfNull(logDensityP);
        ArgumentNullException.ThrowIfNull(logDensityQ);
        double[] flat = Points2D(pointsOfP, nameof(pointsOfP));

        double[] terms = Map2D(flat, (x, y) =>
            LogRatio(logDensityP(x, y), logDensityQ(x, y), PointText.Of(x, y)));

        return EstimateOf(SampleMean.Of(terms), terms.Length);
    }

    /// <summary>ln p - ln q at a point drawn from p, both values checked.</summary>
    private static double LogRatio(double logP, double logQ, string point)
    {
        double lp = CheckedLogDensity(logP, "logDensityP", point, true);
        double lq = CheckedLogDensity(logQ, "logDensityQ", point, false);
        return lp - lq;
    }
}
