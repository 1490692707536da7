namespace GanTheory.Divergences.Search;

/// <summary>
/// One node of a <see cref="KdTree"/>: a leaf owns the points at positions [Start, End) of the
/// tree's permutation; an internal node splits along Axis at Split into two child nodes.
/// </summary>
internal readonly record struct KdTreeNode(
    int Axis, double Split, int Left, int Right, int Start, int End)
{
    public bool IsLeaf => Axis < 0;

    public static KdTreeNode Leaf(int start, int end) => new(-1, 0, -1, -1, start, end);

    public static KdTreeNode Internal(int axis, double split, int left, int right) =>
        new(axis, split, left, right, 0, 0);
}
