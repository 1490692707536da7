using GanTheory.Mnist.Data;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Model;

/// <summary>
/// Draws images from a trained generator, in evaluation mode and without gradients.
/// </summary>
public static class GeneratorSampling
{
    /// <summary>G(z) for the given noise rows [count, d], as 28 x 28 images.</summary>
    public static ImageSet Generate(PaperGenerator generator, Tensor noise)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(noise);
        generator.eval();
        using (no_grad())
        {
            using Tensor images = generator.forward(noise);   // [count, 784]
            return new ImageSet(images.data<float>().ToArray(), 28, 28);
        }
    }

    /// <summary>
    /// <paramref name="count"/> fair samples G(z), z ~ U[-sqrt 3, sqrt 3]^d, drawn with a
    /// generator seeded by <paramref name="seed"/>, in batches of 1,000.
    /// </summary>
    public static ImageSet Sample(PaperGenerator generator, int count, long seed)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        using Generator random = new(unchecked((ulong)seed));
        float[] pixels = new float[count * 784L];
        for (int start = 0; start < count; start += 1000)
        {
            int size = Math.Min(1000, count - start);
            using Tensor noise = generator.SampleNoise(size, random);
            ImageSet batch = Generate(generator, noise);
            Array.Copy(batch.Pixels, 0, pixels, start * 784L, batch.Pixels.Length);
        }
        return new ImageSet(pixels, 28, 28);
    }
}
