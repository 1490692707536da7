using GanTheory.Mnist.Data;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Figures;

/// <summary>
/// Nearest images in pixel space (squared Euclidean distance), by matrix products.
/// </summary>
public static class NearestNeighbours
{
    /// <summary>
    /// For each query, the index of the reference image minimising ||q - r||^2
    /// = ||q||^2 + ||r||^2 - 2 q . r (ties go to the lowest index).
    /// </summary>
    public static int[] Find(ImageSet queries, ImageSet references)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(references);
        if (queries.PixelsPerImage != references.PixelsPerImage)
        {
            throw new ArgumentOutOfRangeException(
                nameof(queries), queries.PixelsPerImage,
                $"must have as many pixels as the references ({references.PixelsPerImage})");
        }

        using TorchSharp.DisposeScope scope = NewDisposeScope();
        Tensor q = tensor(queries.Pixels, [queries.Count, queries.PixelsPerImage])
            .to_type(ScalarType.Float64);                                  // [n, D]
        Tensor r = tensor(references.Pixels, [references.Count, references.PixelsPerImage])
            .to_type(ScalarType.Float64);                                  // [N, D]
        Tensor distances = r.square().sum(1) - (2 * q.matmul(r.t()));     // [n, N], ||q||^2 dropped
        Tensor nearest = distances.argmin(1);                              // [n]
        return [.. nearest.data<long>().ToArray().Select(i => (int)i)];
    }
}
