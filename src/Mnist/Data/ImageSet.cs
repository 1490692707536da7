namespace GanTheory.Mnist.Data;

/// <summary>
/// A set of grey-scale images held in memory: <see cref="Count"/> images of
/// <see cref="Rows"/> x <see cref="Columns"/> pixels, row-major, intensities in [0, 1]
/// (byte value / 255), with optional class labels.
/// </summary>
public sealed class ImageSet
{
    /// <summary>Wraps pixels and labels after checking that their sizes agree.</summary>
    /// <param name="pixels">Count x Rows x Columns intensities in [0, 1], row-major.</param>
    /// <param name="rows">Pixel rows per image (&gt; 0).</param>
    /// <param name="columns">Pixel columns per image (&gt; 0).</param>
    /// <param name="labels">One label per image, or null when the images are unlabelled.</param>
    public ImageSet(float[] pixels, int rows, int columns, byte[]? labels = null)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        int pixelsPerImage = rows * columns;
        if (pixels.Length % pixelsPerImage != 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(pixels), pixels.Length, $"must be a multiple of {rows}x{columns}");
        }

        int count = pixels.Length / pixelsPerImage;
        if (labels is not null && labels.Length != count)
        {
            throw new ArgumentOutOfRangeException(
                nameof(labels), labels.Length, $"must hold one label per image ({count})");
        }

        Pixels = pixels;
        Rows = rows;
        Columns = columns;
        Count = count;
        Labels = labels;
    }

    /// <summary>Intensities in [0, 1], image after image, each row-major.</summary>
    public float[] Pixels { get; }

    /// <summary>Pixel rows per image.</summary>
    public int Rows { get; }

    /// <summary>Pixel columns per image.</summary>
    public int Columns { get; }

    /// <summary>Number of images.</summary>
    public int Count { get; }

    /// <summary>Pixels per image (Rows x Columns).</summary>
    public int PixelsPerImage => Rows * Columns;

    /// <summary>Class labels (0-9 for MNIST), or null.</summary>
    public byte[]? Labels { get; }

    /// <summary>
    /// The images at <paramref name="indices"/>, in that order, with their labels.
    /// </summary>
    public ImageSet Select(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        float[] pixels = new float[indices.Count * PixelsPerImage];
        byte[]? labels = Labels is null ? null : new byte[indices.Count];
        for (int i = 0; i < indices.Count; i++)
        {
            int source = indices[i];
            if (source < 0 || source >= Count)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(indices), source, $"each index must lie in [0, {Count})");
            }
            Array.Copy(Pixels, source * PixelsPerImage, pixels, i * PixelsPerImage, PixelsPerImage);
            if (labels is not null)
            {
                labels[i] = Labels![source];
            }
        }
        return new ImageSet(pixels, Rows, Columns, labels);
    }

    /// <summary>
    /// The first <paramref name="count"/> images (all of them if there are fewer).
    /// </summary>
    public ImageSet Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Select(Enumerable.Range(0, Math.Min(count, Count)).ToArray());
    }
}
