using GanTheory.Adversarial.Models;
using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Estimators;
using GanTheory.Divergences.Numerics;
using static TorchSharp.torch;

namespace GanTheory.Experiments.Convergence;

/// <summary>
/// V(G, D) = E_data[log D(x)] + E_z[log(1 - D(G(z)))] estimated from n fresh data samples and
/// n fresh noise samples: the networks give the logits, and
/// <see cref="MonteCarlo.GanValueFromLogits"/> gives V and its standard error
/// sqrt(s_a^2 / n + s_b^2 / n).
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

        double[] realLogits;
        double[] fakeLogits;
        using (IDisposable scope = NewDisposeScope())
        using (no_grad())
        {
            Tensor real = ToySamplers.FromDensity(data)(samples, random);
            Tensor fake = generator.forward(ToySamplers.UniformNoise(samples, random));
            realLogits = Logits(discriminator, real);
            fakeLogits = Logits(discriminator, fake);
        }

        SampleEstimate value = MonteCarlo.GanValueFromLogits(realLogits, fakeLogits);
        return new Result(
            value.Value, value.StandardError, MeanSigmoid(realLogits), MeanSigmoid(fakeLogits));
    }

    private static double[] Logits(MultilayerPerceptron discriminator, Tensor input) =>
        Array.ConvertAll(discriminator.forward(input).data<float>().ToArray(), l => (double)l);

    private static double MeanSigmoid(double[] logits) => logits.Average(LogSpace.Sigmoid);
}
