using GanTheory.Divergences.Search;

namespace GanTheory.Divergences.Estimators;

/// <summary>n points in d dimensions stored row by row, checked finite and non-empty.</summary>
internal sealed record PointSample(double[] Coordinates, int Dimension, string Name)
{
    public int Count => Coordinates.Length / Dimension;

    public static PointSample From(ReadOnlySpan<double> samples, string name) =>
        new(PointMatrix.Copy(samples, name), 1, name);

    public static PointSample From(double[,] points, string name) =>
        new(PointMatrix.Flatten(points, name), points.GetLength(1), name);

    public KdTree BuildTree() => new(Coordinates, Dimension);

    /// <summary>
    /// The points whose positions in <paramref name="permutation"/> are congruent to
    /// <paramref name="block"/> modulo <paramref name="blocks"/>: block b of B disjoint blocks.
    /// </summary>
    public PointSample Block(int[] permutation, int block, int blocks)
    {
        var coordinates = new List<double>(((Count / blocks) + 1) * Dimension);
        for (int position = block; position < permutation.Length; position += blocks)
        {
            coordinates.AddRange(Coordinates.AsSpan(permutation[position] * Dimension, Dimension));
        }

        return this with { Coordinates = [.. coordinates] };
    }

    /// <summary>This sample followed by <paramref name="other"/>, as one pooled sample.</summary>
    public PointSample Concat(PointSample other, string name) =>
        new([.. Coordinates, .. other.Coordinates], Dimension, name);
}
