namespace GanTheory.Divergences.Estimators;

public static partial class NearestNeighbourEstimators
{
    /// <summary>
    /// The Wang-Kulkarni-Verdu estimate of KL(p || q) from a 1-D sample of p and one of q.
    /// </summary>
    /// <param name="samplesOfP">A sample of p: finite, n &gt;= 2.</param>
    /// <param name="samplesOfQ">A sample of q: finite, m &gt;= 1.</param>
    /// <param name="k">The neighbour order, 1 &lt;= k &lt;= min(n - 1, m).</param>
    /// <returns>KL in nats, its standard error, and n + m.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is out of range.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// A sample is too small, holds a non-finite value, or has fewer than k points distinct
    /// from some point of the sample of p.
    /// </exception>
    /// <remarks>See <see cref="KullbackLeibler(double[,], double[,], int)"/>.</remarks>
    public static SampleEstimate KullbackLeibler(
        ReadOnlySpan<double> samplesOfP, ReadOnlySpan<double> samplesOfQ, int k = DefaultNeighbours)
    {
        return KullbackLeibler(
            PointSample.From(samplesOfP, nameof(samplesOfP)),
            PointSample.From(samplesOfQ, nameof(samplesOfQ)),
            k);
    }

    /// <summary>
    /// The Wang-Kulkarni-Verdu estimate of KL(p || q) from d-dimensional samples of p and q,
    /// one point per row.
    /// </summary>
    /// <remarks>
    /// KL = (d / n) sum_i ln(nu_i / rho_i) + ln(m / (n - 1)), where rho_i is the distance from
    /// X_i to its k-th nearest other point of the sample of p and nu_i the distance to its
    /// k-th nearest point of the sample of q (Wang, Kulkarni and Verdu 2009, IEEE Trans.
    /// Inf. Theory 55(5), eq. 17 with k_i = l_i = k). Using the same k in both samples makes
    /// the digamma corrections cancel. It is consistent for fixed k; the bias comes from the
    /// densities varying inside the neighbour balls, so it is largest where q is much wider or
    /// narrower than p (there the estimate converges slowly from below). The standard error is
    /// the block estimate of the class remarks. Zero distances (duplicated
    /// points, within p or between p and q) are skipped, see the class remarks. The estimate
    /// can be negative when KL is small.
    /// </remarks>
    /// <param name="pointsOfP">A sample of p: n x d, finite, n &gt;= 2.</param>
    /// <param name="pointsOfQ">A sample of q: m x d, finite, m &gt;= 1, the same d.</param>
    /// <param name="k">The neighbour order, 1 &lt;= k &lt;= min(n - 1, m).</param>
    /// <returns>KL in nats, its standard error, and n + m.</returns>
    /// <exception cref="ArgumentNullException">A sample is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is out of range.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// A sample is too small or holds a non-finite value, the dimensions differ, or a sample
    /// has fewer than k points distinct from some point of the sample of p.
    /// </exception>
    public static SampleEstimate KullbackLeibler(
        double[,] pointsOfP, double[,] pointsOfQ, int k = DefaultNeighbours)
    {
        return KullbackLeibler(
            PointSample.From(pointsOfP, nameof(pointsOfP)),
            PointSample.From(pointsOfQ, nameof(pointsOfQ)),
            k);
    }

    private static SampleEstimate KullbackLeibler(PointSample p, PointSample q, int k)
    {
        ThrowIfFewerThanTwo(p);
        ThrowIfDimensionsDiffer(p, q);
        ThrowIfBadNeighbours(k, Math.Min(p.Count - 1, q.Count));

        SampleMean kl = KullbackLeiblerTerms(p, q, k);
        double? blockError = BlockStandardError.Of(
            p, q, k, (pBlock, qBlock) => KullbackLeiblerTerms(pBlock, qBlock, k).Mean);
        return new SampleEstimate(kl.Mean, blockError ?? kl.StandardError, p.Count + q.Count);
    }

    /// <summary>The mean of the per-point terms and its naive error s / sqrt(n).</summary>
    private static SampleMean KullbackLeiblerTerms(PointSample p, PointSample q, int k)
    {
        double[] logRho = NeighbourDistances.LogKth(p.BuildTree(), p.Coordinates, k, p.Name);
        double[] logNu = NeighbourDistances.LogKth(q.BuildTree(), p.Coordinates, k, q.Name);

        int n = p.Count;
        int d = p.Dimension;
        double constant = Math.Log(q.Count / (n - 1.0));
        var terms = new double[n];
        for (int i = 0; i < n; i++)
        {
            terms[i] = constant + (d * (logNu[i] - logRho[i]));
        }

        return SampleMean.Of(terms);
    }
}
