namespace GanTheory.Divergences.Search;

/// <summary>
/// A k-d tree over n points in d dimensions for exact k-nearest-neighbour queries in the
/// Euclidean distance. Building costs O(n log n); a query costs about O(log n + k) for points
/// in general position in low dimension (d up to about 10), and never more than O(n).
/// </summary>
/// <remarks>
/// The tree splits a node's points at the median of the coordinate with the largest spread
/// until at most <see cref="LeafSize"/> points remain, so its depth is about log2(n / 8).
/// Queries return only neighbours at a positive distance from the query point: a point of the
/// tree that coincides with the query (the query itself, or an exact duplicate) is skipped and
/// the search moves on to the next distinct neighbour. This is the rule that keeps the
/// nearest-neighbour estimators finite when samples contain duplicated points. Two points
/// whose squared distance underflows to zero (closer than about 1e-154) count as coincident.
/// The tree copies the coordinates it is given; it is immutable and safe to query from
/// several threads at once.
/// </remarks>
public sealed class KdTree
{
    /// <summary>The largest number of points that a leaf holds.</summary>
    public const int LeafSize = 8;

    private readonly double[] _coordinates;
    private readonly int[] _order;
    private readonly KdTreeNode[] _nodes;
    private int _nodeCount;

    /// <summary>Builds the tree over the rows of an n x d matrix, one point per row.</summary>
    /// <param name="points">
    /// The points, one per row; at least one row and one column, all finite.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="points"/> has no rows or no columns, or holds a NaN or an infinity.
    /// </exception>
    public KdTree(double[,] points)
        : this(PointMatrix.Flatten(points, nameof(points)), points.GetLength(1))
    {
    }

    /// <summary>Builds the tree over n points stored row by row in a flat array.</summary>
    /// <param name="coordinates">
    /// The coordinates x[i * dimension + j] of point i along axis j; the array is copied.
    /// </param>
    /// <param name="dimension">The dimension d of each point, d &gt;= 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="coordinates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is below 1.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// The array is empty, its length is not a multiple of the dimension, or it holds a NaN or
    /// an infinity.
    /// </exception>
    public KdTree(double[] coordinates, int dimension)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (coordinates.Length == 0 || coordinates.Length % dimension != 0)
        {
            throw new ArgumentException(
                $"must hold a positive multiple of dimension {dimension} values, "
                + $"but holds {coordinates.Length}",
                nameof(coordinates));
        }

        PointMatrix.ThrowIfNotFinite(coordinates, dimension, nameof(coordinates));

        Dimension = dimension;
        Count = coordinates.Length / dimension;
        _coordinates = (double[])coordinates.Clone();
        _order = new int[Count];
        for (int i = 0; i < Count; i++)
        {
            _order[i] = i;
        }

        // A binary tree whose leaves hold at least LeafSize / 2 points has fewer than
        // 4n / LeafSize + 1 nodes.
        _nodes = new KdTreeNode[(4 * Count / LeafSize) + 2];
        Build(0, Count);
    }

    /// <summary>The number n of points in the tree.</summary>
    public int Count { get; }

    /// <summary>The dimension d of the points.</summary>
    public int Dimension { get; }

    /// <summary>Coordinate <paramref name="axis"/> of point <paramref name="index"/>.</summary>
    /// <param name="index">
    /// The index of the point in the order it was given, 0 &lt;= index &lt; n.
    /// </param>
    /// <param name="axis">The axis, 0 &lt;= axis &lt; d.</param>
    /// <returns>The coordinate.</returns>
    public double this[int index, int axis] => _coordinates[(index * Dimension) + axis];

    /// <summary>
    /// Finds the k points of the tree nearest to <paramref name="query"/> among those at a
    /// positive Euclidean distance from it, nearest first.
    /// </summary>
    /// <param name="query">The query point, d coordinates.</param>
    /// <param name="indices">Receives the indices of the k neighbours; its length is k.</param>
    /// <param name="distances">Receives their Euclidean distances, ascending; length k.</param>
    /// <returns>
    /// The number of neighbours found: k, or fewer when fewer than k points of the tree lie at
    /// a positive distance from the query (the remaining entries are then unspecified).
    /// </returns>
    /// <exception cref="ArgumentException">
    /// The query does not have d coordinates, or the two spans differ in length or are empty.
    /// </exception>
    public int FindNearest(ReadOnlySpan<double> query, Span<int> indices, Span<double> distances)
    {
        if (query.Length != Dimension)
        {
            throw new ArgumentException(
                $"must have {Dimension} coordinates, but has {query.Length}", nameof(query));
        }

        if (indices.Length == 0 || indices.Length != distances.Length)
        {
            throw new ArgumentException(
                $"must be non-empty and as long as distances ({distances.Length}), "
                + $"but has length {indices.Length}",
                nameof(indices));
        }

        int found = FindNearestSquared(query, indices, distances);
        for (int j = 0; j < found; j++)
        {
            distances[j] = Math.Sqrt(distances[j]);
        }

        return found;
    }

    /// <summary>
    /// <see cref="FindNearest"/> without argument checks, returning squared distances.
    /// </summary>
    internal int FindNearestSquared(
        ReadOnlySpan<double> query, Span<int> indices, Span<double> squaredDistances)
    {
        var heap = new NeighbourHeap(indices, squaredDistances);
        Search(0, query, ref heap);
        return heap.SortAscending();
    }

    private void Search(int nodeIndex, ReadOnlySpan<double> query, ref NeighbourHeap heap)
    {
        KdTreeNode node = _nodes[nodeIndex];
        if (node.IsLeaf)
        {
            for (int position = node.Start; position < node.End; position++)
            {
                int point = _order[position];
                double squared = SquaredDistance(point, query);
                if (squared > 0)
                {
                    heap.Offer(point, squared);
                }
            }

            return;
        }

        // The left child holds coordinates <= split and the right child >= split, so every
        // point on the far side is at least |q - split| away along the split axis.
        double offset = query[node.Axis] - node.Split;
        int near = offset < 0 ? node.Left : node.Right;
        int far = offset < 0 ? node.Right : node.Left;
        Search(near, query, ref heap);
        if (offset * offset < heap.WorstSquaredDistance)
        {
            Search(far, query, ref heap);
        }
    }

    private double SquaredDistance(int point, ReadOnlySpan<double> query)
    {
        ReadOnlySpan<double> x = _coordinates.AsSpan(point * Dimension, Dimension);
        double sum = 0;
        for (int axis = 0; axis < x.Length; axis++)
        {
            double difference = x[axis] - query[axis];
            sum += difference * difference;
        }

        return sum;
    }

    private int Build(int start, int end)
    {
        int nodeIndex = _nodeCount++;
        if (end - start <= LeafSize)
        {
            _nodes[nodeIndex] = KdTreeNode.Leaf(start, end);
            return nodeIndex;
        }

        int axis = WidestAxis(start, end);
        int middle = start + ((end - start) / 2);
        SelectNth(start, end - 1, middle, axis);
        double split = _coordinates[(_order[middle] * Dimension) + axis];

        int left = Build(start, middle);
        int right = Build(middle, end);
        _nodes[nodeIndex] = KdTreeNode.Internal(axis, split, left, right);
        return nodeIndex;
    }

    private int WidestAxis(int start, int end)
    {
        int widest = 0;
        double widestSpread = -1;
        for (int axis = 0; axis < Dimension; axis++)
        {
            double low = double.PositiveInfinity;
            double high = double.NegativeInfinity;
            for (int position = start; position < end; position++)
            {
                double value = _coordinates[(_order[position] * Dimension) + axis];
                low = Math.Min(low, value);
                high = Math.Max(high, value);
            }

            if (high - low > widestSpread)
            {
                widestSpread = high - low;
                widest = axis;
            }
        }

        return widest;
    }

    /// <summary>
    /// Hoare's selection on _order[left..right] by one coordinate: afterwards the point at
    /// position nth has the coordinate it would have in sorted order, no point before it a
    /// larger one and no point after it a smaller one. Equal keys are split evenly, so samples
    /// with many duplicates do not degrade it.
    /// </summary>
    private void SelectNth(int left, int right, int nth, int axis)
    {
        while (left < right)
        {
            double pivot = Key((left + right) / 2, axis);
            int i = left;
            int j = right;
            while (i <= j)
            {
                while (Key(i, axis) < pivot)
                {
                    i++;
                }

                while (Key(j, axis) > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (_order[i], _order[j]) = (_order[j], _order[i]);
                    i++;
                    j--;
                }
            }

            if (nth <= j)
            {
                right = j;
            }
            else if (nth >= i)
            {
                left = i;
            }
            else
            {
                return;
            }
        }
    }

    private double Key(int position, int axis)
    {
        return _coordinates[(_order[position] * Dimension) + axis];
    }
}
