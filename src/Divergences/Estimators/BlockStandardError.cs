namespace GanTheory.Divergences.Estimators;

/// <summary>
/// The standard error of a two-sample estimator from its spread over disjoint blocks: both
/// samples are split at random into B blocks, the estimator is run on each pair of blocks, and
/// SE = sd(block estimates) / sqrt(B), which is the standard deviation of the full-sample
/// estimate when its variance falls as 1 / n.
/// </summary>
/// <remarks>
/// Unlike s / sqrt(n) of per-point terms, this sees the variability that the points of the
/// second sample bring and the correlation between neighbouring terms. The blocks come from
/// a permutation with a fixed seed, so results are reproducible and do not depend on the
/// order of the input (a sorted sample split into interleaved blocks would not do).
/// </remarks>
internal static class BlockStandardError
{
    /// <summary>The number of blocks B when the samples are large enough.</summary>
    public const int MaximumBlocks = 20;

    /// <summary>The fewest blocks worth using; with fewer the sd is too noisy.</summary>
    public const int MinimumBlocks = 10;

    /// <summary>A block must hold at least this many times k + 1 points.</summary>
    public const int PointsPerNeighbour = 25;

    private const int PermutationSeed = 20140610;

    /// <summary>
    /// The block standard error of <paramref name="estimator"/>, or null when the smaller
    /// sample has fewer than MinimumBlocks * PointsPerNeighbour * (k + 1) points, or when, in a
    /// heavily duplicated sample, some block would leave a point with fewer than k neighbours
    /// at a positive distance (the full sample may have enough while a block does not).
    /// </summary>
    public static double? Of(
        PointSample p, PointSample q, int k, Func<PointSample, PointSample, double> estimator)
    {
        int blocks = Math.Min(
            MaximumBlocks, Math.Min(p.Count, q.Count) / (PointsPerNeighbour * (k + 1)));
        if (blocks < MinimumBlocks)
        {
            return null;
        }

        int[] permutationOfP = Permutation(p.Count);
        int[] permutationOfQ = Permutation(q.Count);
        var estimates = new double[blocks];
        for (int b = 0; b < blocks; b++)
        {
            PointSample pBlock = p.Block(permutationOfP, b, blocks);
            PointSample qBlock = q.Block(permutationOfQ, b, blocks);
            if (!HasEnoughDistinctPoints(pBlock, k) || !HasEnoughDistinctPoints(qBlock, k))
            {
                return null;
            }

            estimates[b] = estimator(pBlock, qBlock);
        }

        // The blocks are as independent as the samples, so their mean's standard error
        // s_B / sqrt(B) is the spread of one estimate on n / B points divided by sqrt(B).
        return SampleMean.Of(estimates).StandardError;
    }

    /// <summary>
    /// True when every point of the block has at least k others at a positive distance. A
    /// point has (block size - its multiplicity) such points, so the test is on the longest run
    /// of identical points after sorting.
    /// </summary>
    private static bool HasEnoughDistinctPoints(PointSample block, int k)
    {
        int[] order = [.. Enumerable.Range(0, block.Count)];
        Array.Sort(order, (a, b) => CompareRows(block, a, b));
        int longestRun = 1;
        int run = 1;
        for (int i = 1; i < order.Length; i++)
        {
            run = CompareRows(block, order[i - 1], order[i]) == 0 ? run + 1 : 1;
            longestRun = Math.Max(longestRun, run);
        }

        return block.Count - longestRun >= k;
    }

    private static int CompareRows(PointSample sample, int a, int b)
    {
        int d = sample.Dimension;
        ReadOnlySpan<double> rowA = sample.Coordinates.AsSpan(a * d, d);
        ReadOnlySpan<double> rowB = sample.Coordinates.AsSpan(b * d, d);
        return rowA.SequenceCompareTo(rowB);
    }

    private static int[] Permutation(int count)
    {
        int[] permutation = [.. Enumerable.Range(0, count)];
        new Random(PermutationSeed).Shuffle(permutation);
        return permutation;
    }
}
