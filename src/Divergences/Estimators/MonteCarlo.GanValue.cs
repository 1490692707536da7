using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Estimators;

public static partial class MonteCarlo
{
    /// <summary>
    /// Estimates the GAN value V(G, D) = E_{x ~ p_data}[ln D(x)] + E_{x ~ p_g}[ln(1 - D(x))]
    /// (Goodfellow et al. 2014, eq. 1) from samples of p_data and p_g and the discriminator's
    /// logit l, where D = sigmoid(l).
    /// </summary>
    /// <remarks>
    /// ln D = -softplus(-l) and ln(1 - D) = -softplus(l), so a confident discriminator
    /// (|l| in the hundreds) neither overflows nor rounds D to 0 or 1. The standard error is
    /// sqrt(s_data^2 / n_data + s_g^2 / n_g). V is &lt;= 0; it is -infinity when a logit of
    /// +infinity meets a generated point or -infinity a data point. With D = D* (logit
    /// ln p_data - ln p_g) V estimates C(G) = -ln 4 + 2 JSD(p_data || p_g).
    /// </remarks>
    /// <param name="dataSamples">Samples of p_data, finite, at least 2.</param>
    /// <param name="generatorSamples">Samples of p_g, finite, at least 2.</param>
    /// <param name="discriminatorLogit">The logit l(x) of D; +-infinity allowed, NaN not.</param>
    /// <returns>V in nats, its standard error, and n_data + n_g.</returns>
    /// <exception cref="ArgumentNullException">The function is null.</exception>
    /// <exception cref="ArgumentException">
    /// A sample is empty, holds one point or a non-finite value, or the logit is NaN.
    /// </exception>
    public static SampleEstimate GanValue(
        ReadOnlySpan<double> dataSamples,
        ReadOnlySpan<double> generatorSamples,
        Func<double, double> discriminatorLogit)
    {
        ArgumentNullException.ThrowIfNull(discriminatorLogit);
        double[] data = Samples1D(dataSamples, nameof(dataSamples));
        double[] generated = Samples1D(generatorSamples, nameof(generatorSamples));
        const string Name = nameof(discriminatorLogit);

        SampleMean real = MeanOf(data.Length, i =>
            LogD(CheckedLogit(discriminatorLogit(data[i]), Name, PointText(data[i]))));
        SampleMean fake = MeanOf(generated.Length, i =>
        {
            double x = generated[i];
            return LogOneMinusD(CheckedLogit(discriminatorLogit(x), Name, PointText(x)));
        });

        return ValueEstimate(real, fake, data.Length + generated.Length);
    }

    /// <summary>
    /// Estimates V(G, D) for 2-D densities from n x 2 samples (one point per row) and the
    /// logit l(x, y) of D. The same formula, stability and standard error as the 1-D overload.
    /// </summary>
    /// <param name="dataPoints">Samples of p_data, n_data x 2, finite, n_data &gt;= 2.</param>
    /// <param name="generatorPoints">Samples of p_g, n_g x 2, finite, n_g &gt;= 2.</param>
    /// <param name="discriminatorLogit">The logit l(x, y) of D; +-infinity allowed, NaN not.
    /// </param>
    /// <returns>V in nats, its standard error, and n_data + n_g.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// A matrix does not have 2 columns, has fewer than 2 rows or a non-finite entry, or the
    /// logit is NaN.
    /// </exception>
    public static SampleEstimate GanValue(
        double[,] dataPoints,
        double[,] generatorPoints,
        Func<double, double, double> discriminatorLogit)
    {
        ArgumentNullException.ThrowIfNull(discriminatorLogit);
        double[] data = Points2D(dataPoints, nameof(dataPoints));
        double[] generated = Points2D(generatorPoints, nameof(generatorPoints));
        const string Name = nameof(discriminatorLogit);

        SampleMean real = MeanOf(data.Length / 2, i =>
        {
            double x = data[2 * i];
            double y = data[(2 * i) + 1];
            return LogD(CheckedLogit(discriminatorLogit(x, y), Name, PointText(x, y)));
        });
        SampleMean fake = MeanOf(generated.Length / 2, i =>
        {
            double x = generated[2 * i];
            double y = generated[(2 * i) + 1];
            return LogOneMinusD(CheckedLogit(discriminatorLogit(x, y), Name, PointText(x, y)));
        });

        return ValueEstimate(real, fake, (data.Length + generated.Length) / 2);
    }

    /// <summary>ln D = ln sigmoid(l) = -softplus(-l).</summary>
    private static double LogD(double logit) => LogSpace.LogSigmoid(logit);

    /// <summary>ln(1 - D) = ln sigmoid(-l) = -softplus(l).</summary>
    private static double LogOneMinusD(double logit) => LogSpace.LogSigmoid(-logit);

    private static SampleEstimate ValueEstimate(SampleMean real, SampleMean fake, int sampleSize)
    {
        SampleMean value = SampleMean.Combine(1, real, 1, fake);
        return new SampleEstimate(value.Mean, value.StandardError, sampleSize);
    }
}
