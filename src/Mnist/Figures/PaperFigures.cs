using GanTheory.Mnist.Data;
using GanTheory.Mnist.Model;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Figures;

/// <summary>The paper's Figures 2 and 3 for a trained generator.</summary>
public static class PaperFigures
{
    /// <summary>
    /// Figure 2: a rows x columns grid of fair random samples G(z) (not cherry-picked), and
    /// beside the last column, set apart and framed in yellow, the training image nearest to
    /// each of its samples (squared L2 in pixel space), to show the model has not memorised.
    /// </summary>
    public static void SaveSamplesWithNeighbours(
        string path, PaperGenerator generator, ImageSet train, long seed, int rows = 8, int columns = 6)
    {
        ArgumentNullException.ThrowIfNull(train);
        ImageSet samples = GeneratorSampling.Sample(generator, rows * columns, seed);
        ImageSet lastColumn = samples.Select(
            [.. Enumerable.Range(0, rows).Select(r => (r * columns) + columns - 1)]);
        int[] nearest = NearestNeighbours.Find(lastColumn, train);

        float[] cells = new float[rows * (columns + 1) * 784];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c <= columns; c++)
            {
                float[] source = c < columns ? samples.Pixels : train.Pixels;
                int index = c < columns ? (r * columns) + c : nearest[r];
                Array.Copy(source, index * 784, cells, ((r * (columns + 1)) + c) * 784, 784);
            }
        }
        ImageGrid.SavePng(path, new ImageSet(cells, 28, 28), rows, columns + 1, scale: 3,
            highlightedColumn: columns);
    }

    /// <summary>
    /// Figure 3: each row is G along the straight line between two random noise vectors,
    /// G((1 - t) z_a + t z_b) for t = 0, 1/(steps - 1), ..., 1.
    /// </summary>
    public static void SaveInterpolations(
        string path, PaperGenerator generator, long seed, int rows = 8, int steps = 12)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 2);
        using Generator random = new(unchecked((ulong)seed));
        using TorchSharp.DisposeScope scope = NewDisposeScope();
        Tensor ends = generator.SampleNoise(2 * rows, random).reshape(rows, 2, -1);   // [rows, 2, d]
        Tensor t = linspace(0, 1, steps).reshape(1, steps, 1);                       // [1, steps, 1]
        Tensor za = ends[.., 0..1, ..];                                               // [rows, 1, d]
        Tensor zb = ends[.., 1..2, ..];                                               // [rows, 1, d]
        Tensor line = (za * (1 - t)) + (zb * t);                                     // [rows, steps, d]
        ImageSet images = GeneratorSampling.Generate(
            generator, line.reshape(rows * steps, -1));                               // [rows*steps, 784]
        ImageGrid.SavePng(path, images, rows, steps, scale: 3, highlightedColumn: null);
    }
}
