using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Estimators;

public static partial class MonteCarlo
{
    private const string LogitFunctionName = "discriminatorLogit";

    /// <summary>
    /// Estimates the GAN value V(G, D) = E_{x ~ p_data}[ln D(x)] + E_{x ~ p_g}[ln(1 - D(x))]
    /// (Goodfellow et al. 2014, eq. 1) from the discriminator's logits l, D = sigmoid(l),
    /// already computed on a sample of p_data and on a sample of p_g (for example by a
    /// neural network).
    /// </summary>
    /// <remarks>
    /// ln D = -softplus(-l) and ln(1 - D) = -softplus(l), so a confident discriminator
    /// (|l| in the hundreds) neither overflows nor rounds D to 0 or 1. The two sample means
    /// are independent, so the standard error is sqrt(s_data^2 / n_data + s_g^2 / n_g), with
    /// s the sample standard deviation (divisor n - 1) of the terms ln D and ln(1 - D). V is
    /// &lt;= 0; it is -infinity, with standard error 0, when a data logit is -infinity or a
    /// generated one +infinity. With D = D* (logit ln p_data - ln p_g) V estimates
    /// C(G) = -ln 4 + 2 JSD(p_data || p_g).
    /// </remarks>
    /// <param name="dataLogits">l(x) at samples x of p_data, at least 2; +-infinity allowed,
    /// NaN not.</param>
    /// <param name="generatorLogits">l(x) at samples x of p_g, at least 2; +-infinity allowed,
    /// NaN not.</param>
    /// <returns>V in nats, its standard error, and n_data + n_g.</returns>
    /// <exception cref="ArgumentException">
    /// A span holds fewer than 2 logits or a NaN (the message gives its index).
    /// </exception>
    public static SampleEstimate GanValueFromLogits(
        ReadOnlySpan<double> dataLogits, ReadOnlySpan<double> generatorLogits)
    {
        SampleMean real = MeanLogSigmoid(dataLogits, 1, nameof(dataLogits));
        SampleMean fake = MeanLogSigmoid(generatorLogits, -1, nameof(generatorLogits));

        int sampleSize = dataLogits.Length + generatorLogits.Length;
        return EstimateOf(SampleMean.Combine(1, real, 1, fake), sampleSize);
    }

    /// <summary>
    /// Estimates V(G, D) from samples of p_data and p_g and the discriminator's logit l,
    /// D = sigmoid(l): the logits at every sample point go to
    /// <see cref="GanValueFromLogits"/>, which states the formula, stability and standard
    /// error.
    /// </summary>
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

        return GanValueFromLogits(
            Logits(data, discriminatorLogit), Logits(generated, discriminatorLogit));
    }

    /// <summary>
    /// Estimates V(G, D) for 2-D densities from n x 2 samples (one point per row) and the
    /// logit l(x, y) of D. The same formula, stability and standard error as
    /// <see cref="GanValueFromLogits"/>.
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

        return GanValueFromLogits(
            Logits(data, discriminatorLogit), Logits(generated, discriminatorLogit));
    }

    /// <summary>
    /// The mean of ln sigmoid(sign l) over the logits: ln D for sign = 1, ln(1 - D) for
    /// sign = -1.
    /// </summary>
    private static SampleMean MeanLogSigmoid(
        ReadOnlySpan<double> logits, double sign, string parameterName)
    {
        ThrowIfFewerThanTwo(logits.Length, parameterName);
        var terms = new double[logits.Length];
        for (int i = 0; i < logits.Length; i++)
        {
            if (double.IsNaN(logits[i]))
            {
                throw new ArgumentException(
                    $"holds NaN at index {i}; a logit must be a number or +-infinity",
                    parameterName);
            }

            terms[i] = LogSpace.LogSigmoid(sign * logits[i]);
        }

        return SampleMean.Of(terms);
    }

    /// <summary>The logit at each 1-D sample, checked for NaN.</summary>
    private static double[] Logits(double[] samples, Func<double, double> logit) =>
        Map1D(samples, x => CheckedLogit(logit(x), LogitFunctionName, PointText.Of(x)));

    /// <summary>The logit at each point of a flattened n x 2 sample, checked for NaN.</summary>
    private static double[] Logits(double[] flat, Func<double, double, double> logit) =>
        Map2D(flat, (x, y) => CheckedLogit(logit(x, y), LogitFunctionName, PointText.Of(x, y)));
}
