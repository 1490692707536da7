using GanTheory.Divergences.Search;

namespace GanTheory.Divergences.Estimators;

public static partial class NearestNeighbourEstimators
{
    /// <summary>
    /// The Kozachenko-Leonenko estimate of the differential entropy H(p) = -E[ln p(X)] of a
    /// 1-D density from its sample.
    /// </summary>
    /// <param name="samples">A sample of p: finite numbers, n &gt;= 2.</param>
    /// <param name="k">The neighbour order, 1 &lt;= k &lt;= n - 1.</param>
    /// <returns>H in nats, its standard error and n.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is out of range.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// The sample has fewer than 2 points, a non-finite value, or fewer than k + 1 distinct
    /// values.
    /// </exception>
    /// <remarks>See <see cref="Entropy(double[,], int)"/> for the formula.</remarks>
    public static SampleEstimate Entropy(ReadOnlySpan<double> samples, int k = DefaultNeighbours)
    {
        return Entropy(PointSample.From(samples, nameof(samples)), k);
    }

    /// <summary>
    /// The Kozachenko-Leonenko estimate of the differential entropy H(p) = -E[ln p(X)] of a
    /// d-dimensional density from its sample, one point per row.
    /// </summary>
    /// <remarks>
    /// H = psi(n) - psi(k) + ln V_d + (d / n) sum_i ln eps_i, where eps_i is the Euclidean
    /// distance from point i to its k-th nearest other point, psi the digamma function and
    /// V_d = pi^(d/2) / Gamma(d/2 + 1) the volume of the unit ball (Kozachenko and Leonenko
    /// 1987; Kraskov, Stoegbauer and Grassberger 2004, eq. 20). It is consistent for any fixed
    /// k; its bias comes from the density varying inside the k-neighbour balls and is of order
    /// (k / n)^(2/d) for smooth densities, larger near edges of a bounded support. The standard
    /// error is s / sqrt(n) of the terms psi(n) - psi(k) + ln V_d + d ln eps_i.
    /// Zero distances (duplicated points) are skipped, see the class remarks.
    /// </remarks>
    /// <param name="points">A sample of p: n x d, finite, n &gt;= 2, d &gt;= 1.</param>
    /// <param name="k">The neighbour order, 1 &lt;= k &lt;= n - 1.</param>
    /// <returns>H in nats, its standard error and n.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is out of range.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// The sample has fewer than 2 rows, no column, a non-finite entry, or fewer than k + 1
    /// distinct points.
    /// </exception>
    public static SampleEstimate Entropy(double[,] points, int k = DefaultNeighbours)
    {
        return Entropy(PointSample.From(points, nameof(points)), k);
    }

    private static SampleEstimate Entropy(PointSample sample, int k)
    {
        ThrowIfFewerThanTwo(sample);
        ThrowIfBadNeighbours(k, sample.Count - 1);

        KdTree tree = sample.BuildTree();
        double[] logDistances = NeighbourDistances.LogKth(tree, sample.Coordinates, k, sample.Name);

        int n = sample.Count;
        int d = sample.Dimension;
        double constant = DiGamma(n) - DiGamma(k) + UnitBall.LogVolume(d);
        var terms = new double[n];
        for (int i = 0; i < n; i++)
        {
            terms[i] = constant + (d * logDistances[i]);
        }

        SampleMean entropy = SampleMean.Of(terms);
        return new SampleEstimate(entropy.Mean, entropy.StandardError, n);
    }
}
