using GanTheory.Adversarial.Training;
using GanTheory.Divergences.Densities;
using static TorchSharp.torch;

namespace GanTheory.Experiments.Convergence;

/// <summary>Batch samplers of the 1-D toy GAN, drawing with the <see cref="Random"/> they are
/// given.</summary>
internal static class ToySamplers
{
    /// <summary>The noise p_z of the toy GAN: uniform on [-1, 1], as in the paper's Figure
    /// 1.</summary>
    public const double NoiseLower = -1.0;

    /// <inheritdoc cref="NoiseLower"/>
    public const double NoiseUpper = 1.0;

    /// <summary>x ~ <paramref name="density"/>, as a [count, 1] float32 tensor.</summary>
    public static BatchSampler FromDensity(IUnivariateDensity density)
    {
        ArgumentNullException.ThrowIfNull(density);
        return (count, random) =>
        {
            float[] values = new float[count];
            for (int i = 0; i < count; i++)
            {
                values[i] = (float)density.Sample(random);
            }
            return tensor(values).reshape(count, 1);
        };
    }

    /// <summary>z ~ U(-1, 1), as a [count, 1] float32 tensor.</summary>
    public static Tensor UniformNoise(int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        float[] values = new float[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = (float)(NoiseLower + ((NoiseUpper - NoiseLower) * random.NextDouble()));
        }
        return tensor(values).reshape(count, 1);
    }
}
