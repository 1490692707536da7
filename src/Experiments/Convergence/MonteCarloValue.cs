using GanTheory.Adversarial.Models;
using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Numerics;
using static TorchSharp.torch;

namespace GanTheory.Experiments.Convergence;

/// <summary>
/// V(G, D) = E_data[log D(x)] + E_z[log(1 - D(G(z)))] estimated from n fresh data samples and
/// n fresh noise samples, with the standard error sqrt(s_a^2 / n + s_b^2 / n) of the two
/// independent sample means (s_a, s_b the sample standard deviations of the two terms).
/// </summary>
internal static class MonteCarloValue
{
    /// <param name="Value">The estimate of V(G, D), in nats.</param>
    /// <param name="StandardError">Its standard error, in nats.</param>
    /// <param name="MeanRealScore">Mean D(x) over the data sample.</param>
    /// <param name="MeanFakeScore">Mean D(G(z)) over the noise sample.</param>
    public readonly record struct Result(
        double Value, double StandardError, double MeanRealScore, double MeanFakeScore);

    public static Result Estimate(
        IUnivariateDensity data, MultilayerPerceptron generator,
        MultilayerPerceptron discriminator, int samples, Random random)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);

        float[] realLogits;
        float[] fakeLogits;
        using (IDisposable scope = NewDisposeScope())
        using (no_grad())
        {
            Tensor real = ToySamplers.FromDensity(data)(samples, random);
            Tensor fake = generator.forward(ToySamplers.UniformNoise(samples, random));
            realLogits = discriminator.forward(real).data<float>().ToArray();
            fakeLogits = discriminator.forward(fake).data<float>().ToArray();
        }

        // log D = -softplus(-l) and log(1 - D) = -softplus(l), finite for any finite logit.
        (double realMean, double realVariance, double realScore) = Moments(realLogits, sign: 1);
        (double fakeMean, double fakeVariance, double fakeScore) = Moments(fakeLogits, sign: -1);
        double standardError = Math.Sqrt((realVariance + fakeVariance) / samples);
        return new Result(realMean + fakeMean, standardError, realScore, 1 - fakeScore);
    }

    // Mean and unbiased variance (two passes) of log sigmoid(sign l), and the mean of
    // sigmoid(sign l).
    private static (double Mean, double Variance, double Score) Moments(float[] logits, int sign)
    {
        int n = logits.Length;
        double[] terms = new double[n];
        double score = 0;
        for (int i = 0; i < n; i++)
        {
            terms[i] = LogSpace.LogSigmoid(sign * (double)logits[i]);
            score += LogSpace.Sigmoid(sign * (double)logits[i]);
        }

        double mean = terms.Average();
        double squares = 0;
        foreach (double term in terms)
        {
            squares += (term - mean) * (term - mean);
        }
        return (mean, squares / (n - 1), score / n);
    }
}
