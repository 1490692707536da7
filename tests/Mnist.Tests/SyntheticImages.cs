using GanTheory.Mnist.Data;

namespace GanTheory.Mnist.Tests;

/// <summary>Small reproducible 28 x 28 image sets for smoke tests (not real training).</summary>
internal static class SyntheticImages
{
    /// <summary>Blurry vertical bars at random positions, intensities in [0, 1].</summary>
    public static ImageSet Bars(int count, int seed)
    {
        Random random = new(seed);
        float[] pixels = new float[count * 784];
        for (int n = 0; n < count; n++)
        {
            int column = random.Next(4, 24);
            for (int y = 0; y < 28; y++)
            {
                for (int x = 0; x < 28; x++)
                {
                    float distance = Math.Abs(x - column);
                    pixels[(n * 784) + (y * 28) + x] = MathF.Max(0, 1 - (distance / 3));
                }
            }
        }
        return new ImageSet(pixels, 28, 28);
    }
}
