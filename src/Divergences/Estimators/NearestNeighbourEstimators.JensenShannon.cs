namespace GanTheory.Divergences.Estimators;

public static partial class NearestNeighbourEstimators
{
    /// <summary>
    /// A k-nearest-neighbour estimate of JSD(p || q) from 1-D samples of p and q of equal
    /// size.
    /// </summary>
    /// <param name="samplesOfP">A sample of p: finite, n &gt;= 2.</param>
    /// <param name="samplesOfQ">A sample of q: finite, also n points.</param>
    /// <param name="k">The neighbour order, 1 &lt;= k &lt;= n - 1.</param>
    /// <returns>JSD in nats, its standard error, and 2n.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is out of range.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// A sample is too small or holds a non-finite value, the sizes differ, or a sample has
    /// fewer than k + 1 distinct values.
    /// </exception>
    /// <remarks>See <see cref="JensenShannon(double[,], double[,], int)"/>.</remarks>
    public static SampleEstimate JensenShannon(
        ReadOnlySpan<double> samplesOfP, ReadOnlySpan<double> samplesOfQ, int k = DefaultNeighbours)
    {
        return JensenShannon(
            PointSample.From(samplesOfP, nameof(samplesOfP)),
            PointSample.From(samplesOfQ, nameof(samplesOfQ)),
            k);
    }

    /// <summary>
    /// A k-nearest-neighbour estimate of JSD(p || q) from d-dimensional samples of p and q of
    /// equal size, one point per row.
    /// </summary>
    /// <remarks>
    /// The pooled sample Z = X u Y of 2n points is a sample of the mixture m = (p + q) / 2, so
    /// JSD = H(m) - H(p) / 2 - H(q) / 2 can be estimated by three Kozachenko-Leonenko
    /// entropies with the same k. The ln V_d and psi(k) terms cancel and what remains is
    /// JSD = psi(2n) - psi(n) + (1 / 2n) sum_z d ln(nu_z / rho_z), where nu_z is the distance
    /// from z to its k-th nearest other point of Z and rho_z that within z's own sample. This
    /// is also the Wang-Kulkarni-Verdu estimate of KL(p || m) / 2 + KL(q || m) / 2 with Z as
    /// the sample of m (up to ln((2n - 1) / (n - 1)) against psi(2n) - psi(n), both ln 2 +
    /// O(1/n)). Since nu_z &lt;= rho_z the estimate is at most psi(2n) - psi(n), about
    /// ln 2 + 1/(4n); it is not clipped to [0, ln 2], so it is nearly unbiased where the
    /// entropy estimates are, and it can dip below 0 when p = q. The pooled sample is not
    /// independent of X and Y, so the estimate is consistent but carries the three entropy
    /// estimates' biases, of order (k / n)^(2/d) for smooth densities. The equal sizes make the
    /// pooled sample a sample of the equal-weight mixture; subsample the larger sample to
    /// compare samples of different sizes. The standard error is the block estimate of the
    /// class remarks. Zero distances are skipped, see the class remarks.
    /// </remarks>
    /// <param name="pointsOfP">A sample of p: n x d, finite, n &gt;= 2.</param>
    /// <param name="pointsOfQ">A sample of q: n x d, finite, the same n and d.</param>
    /// <param name="k">The neighbour order, 1 &lt;= k &lt;= n - 1.</param>
    /// <returns>JSD in nats, its standard error, and 2n.</returns>
    /// <exception cref="ArgumentNullException">A sample is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is out of range.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// A sample is too small or holds a non-finite value, the sizes or dimensions differ, or a
    /// sample has fewer than k + 1 distinct points.
    /// </exception>
    public static SampleEstimate JensenShannon(
        double[,] pointsOfP, double[,] pointsOfQ, int k = DefaultNeighbours)
    {
        return JensenShannon(
            PointSample.From(pointsOfP, nameof(pointsOfP)),
            PointSample.From(pointsOfQ, nameof(pointsOfQ)),
            k);
    }

    private static SampleEstimate JensenShannon(PointSample p, PointSample q, int k)
    {
        ThrowIfFewerThanTwo(p);
        ThrowIfDimensionsDiffer(p, q);
        if (q.Count != p.Count)
        {
            throw new ArgumentException(
                $"must hold as many points as {p.Name} ({p.Count}), but holds {q.Count}", q.Name);
        }

        ThrowIfBadNeighbours(k, p.Count - 1);

        SampleMean terms = JensenShannonTerms(p, q, k);
        double jsd = DiGamma(2 * p.Count) - DiGamma(p.Count) + terms.Mean;
        double? blockError = BlockStandardError.Of(
            p, q, k, (pBlock, qBlock) => JensenShannonTerms(pBlock, qBlock, k).Mean);
        return new SampleEstimate(jsd, blockError ?? terms.StandardError, 2 * p.Count);
    }

    /// <summary>
    /// The mean of the 2n terms d ln(nu_z / rho_z) and its naive error s / sqrt(2n). The
    /// constant psi(2n) - psi(n) is left out: it does not vary between blocks of equal size.
    /// </summary>
    private static SampleMean JensenShannonTerms(PointSample p, PointSample q, int k)
    {
        double[] logRhoP = NeighbourDistances.LogKth(p.BuildTree(), p.Coordinates, k, p.Name);
        double[] logRhoQ = NeighbourDistances.LogKth(q.BuildTree(), q.Coordinates, k, q.Name);

        // The pooled sample contains each own sample, so after the two searches above it has
        // at least k points distinct from every point and this search cannot fail.
        PointSample pooled = p.Concat(q, p.Name);
        double[] logNu = NeighbourDistances.LogKth(
            pooled.BuildTree(), pooled.Coordinates, k, pooled.Name);

        // Z lists the points of p first, then those of q, in the same order as logNu.
        int n = p.Count;
        int d = p.Dimension;
        var terms = new double[2 * n];
        for (int i = 0; i < n; i++)
        {
            terms[i] = d * (logNu[i] - logRhoP[i]);
            terms[n + i] = d * (logNu[n + i] - logRhoQ[i]);
        }

        return SampleMean.Of(terms);
    }
}
