namespace GanTheory.Divergences.Search;

/// <summary>
/// The k best candidates of a nearest-neighbour search, kept as a max-heap on the squared
/// distance in two caller-owned spans so that a query allocates nothing.
/// </summary>
internal ref struct NeighbourHeap
{
    private readonly Span<int> _indices;
    private readonly Span<double> _squaredDistances;
    private int _count;

    public NeighbourHeap(Span<int> indices, Span<double> squaredDistances)
    {
        _indices = indices;
        _squaredDistances = squaredDistances;
        _count = 0;
    }

    /// <summary>The distance a candidate must beat: +infinity until the heap is full.</summary>
    public readonly double WorstSquaredDistance =>
        _count < _indices.Length ? double.PositiveInfinity : _squaredDistances[0];

    public void Offer(int index, double squaredDistance)
    {
        if (_count < _indices.Length)
        {
            _indices[_count] = index;
            _squaredDistances[_count] = squaredDistance;
            _count++;
            SiftUp(_count - 1);
        }
        else if (squaredDistance < _squaredDistances[0])
        {
            _indices[0] = index;
            _squaredDistances[0] = squaredDistance;
            SiftDown(0, _count);
        }
    }

    /// <summary>Sorts the candidates nearest first (heap sort) and returns their number.</summary>
    public readonly int SortAscending()
    {
        for (int end = _count - 1; end > 0; end--)
        {
            Swap(0, end);
            SiftDown(0, end);
        }

        return _count;
    }

    private readonly void SiftUp(int child)
    {
        while (child > 0)
        {
            int parent = (child - 1) / 2;
            if (_squaredDistances[parent] >= _squaredDistances[child])
            {
                return;
            }

            Swap(parent, child);
            child = parent;
        }
    }

    private readonly void SiftDown(int parent, int count)
    {
        while (true)
        {
            int largest = parent;
            int left = (2 * parent) + 1;
            int right = left + 1;
            if (left < count && _squaredDistances[left] > _squaredDistances[largest])
            {
                largest = left;
            }

            if (right < count && _squaredDistances[right] > _squaredDistances[largest])
            {
                largest = right;
            }

            if (largest == parent)
            {
                return;
            }

            Swap(parent, largest);
            parent = largest;
        }
    }

    private readonly void Swap(int a, int b)
    {
        (_indices[a], _indices[b]) = (_indices[b], _indices[a]);
        (_squaredDistances[a], _squaredDistances[b]) = (_squaredDistances[b], _squaredDistances[a]);
    }
}
