using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Estimators;

public static partial class MonteCarlo
{
    /// <summary>
    /// Estimates JSD(p || q) = KL(p || m) / 2 + KL(q || m) / 2, m = (p + q) / 2, from samples
    /// of p and of q and both log-densities.
    /// </summary>
    /// <remarks>
    /// With r = ln p - ln q, ln(p / m) = ln 2 - softplus(-r) and ln(q / m) = ln 2 - softplus(r),
    /// so every term is at most ln 2, finite wherever the sampled density is positive, and
    /// equal to ln 2 where the other density vanishes (ln = -infinity). The estimate is the
    /// average of the two sample means, with standard error sqrt(s_p^2 / n_p + s_q^2 / n_q) / 2.
    /// It is unbiased, lies in (-infinity, ln 2] and may dip slightly below 0 when p = q.
    /// </remarks>
    /// <param name="samplesOfP">Samples of p, finite, at least 2.</param>
    /// <param name="samplesOfQ">Samples of q, finite, at least 2.</param>
    /// <param name="logDensityP">ln p(x); finite on the samples of p, never NaN or +infinity.
    /// </param>
    /// <param name="logDensityQ">ln q(x); finite on the samples of q, never NaN or +infinity.
    /// </param>
    /// <returns>JSD in nats, its standard error, and n_p + n_q.</returns>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    /// <exception cref="ArgumentException">
    /// A sample is empty, holds one point or a non-finite value, or a log-density returns NaN,
    /// +infinity, or -infinity at a point of its own sample.
    /// </exception>
    public static SampleEstimate JensenShannon(
        ReadOnlySpan<double> samplesOfP,
        ReadOnlySpan<double> samplesOfQ,
        Func<double, double> logDensityP,
        Func<double, double> logDensityQ)
    {
        ArgumentNullException.ThrowIfNull(logDensityP);
        ArgumentNullException.ThrowIfNull(logDensityQ);
        double[] x = Samples1D(samplesOfP, nameof(samplesOfP));
        double[] y = Samples1D(samplesOfQ, nameof(samplesOfQ));

        double[] fromP = Map1D(x, t =>
            LogRatioToMixture(logDensityP(t), logDensityQ(t), PointText.Of(t), true));
        double[] fromQ = Map1D(y, t =>
            LogRatioToMixture(logDensityQ(t), logDensityP(t), PointText.Of(t), false));

        return JensenShannonEstimate(fromP, fromQ);
    }

    /// <summary>
    /// Estimates JSD(p || q) for 2-D densities from n x 2 samples of p and of q (one point per
    /// row) and both log-densities. The same formula, bounds and standard error as the 1-D
    /// overload.
    /// </summary>
    /// <param name="pointsOfP">Samples of p, n_p x 2, finite, n_p &gt;= 2.</param>
    /// <param name="pointsOfQ">Samples of q, n_q x 2, finite, n_q &gt;= 2.</param>
    /// <param name="logDensityP">ln p(x, y); finite on the samples of p.</param>
    /// <param name="logDensityQ">ln q(x, y); finite on the samples of q.</param>
    /// <returns>JSD in nats, its standard error, and n_p + n_q.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// A matrix does not have 2 columns, has fewer than 2 rows or a non-finite entry, or a
    /// log-density returns NaN, +infinity, or -infinity at a point of its own sample.
    /// </exception>
    public static SampleEstimate JensenShannon(
        double[,] pointsOfP,
        double[,] pointsOfQ,
        Func<double, double, double> logDensityP,
        Func<double, double, double> logDensityQ)
    {
        ArgumentNullException.ThrowIfNull(logDensityP);
        ArgumentNullException.ThrowIfNull(logDensityQ);
        double[] p = Points2D(pointsOfP, nameof(pointsOfP));
        double[] q = Points2D(pointsOfQ, nameof(pointsOfQ));

        double[] fromP = Map2D(p, (x, y) =>
            LogRatioToMixture(logDensityP(x, y), logDensityQ(x, y), PointText.Of(x, y), true));
        double[] fromQ = Map2D(q, (x, y) =>
            LogRatioToMixture(logDensityQ(x, y), logDensityP(x, y), PointText.Of(x, y), false));

        return JensenShannonEstimate(fromP, fromQ);
    }

    /// <summary>
    /// ln(a / m) with m = (a + b) / 2 at a point drawn from a: ln 2 - softplus(ln b - ln a).
    /// </summary>
    private static double LogRatioToMixture(
        double logOwn, double logOther, string point, bool ownIsP)
    {
        string ownName = ownIsP ? "logDensityP" : "logDensityQ";
        string otherName = ownIsP ? "logDensityQ" : "logDensityP";
        double own = CheckedLogDensity(logOwn, ownName, point, true);
        double other = CheckedLogDensity(logOther, otherName, point, false);
        return Math.Log(2) - LogSpace.Softplus(other - own);
    }

    /// <summary>The average of the two sample means of the terms ln(p / m) and ln(q / m).</summary>
    private static SampleEstimate JensenShannonEstimate(double[] termsOfP, double[] termsOfQ)
    {
        SampleMean jsd = SampleMean.Combine(
            0.5, SampleMean.Of(termsOfP), 0.5, SampleMean.Of(termsOfQ));
        return EstimateOf(jsd, termsOfP.Length + termsOfQ.Length);
    }
}
