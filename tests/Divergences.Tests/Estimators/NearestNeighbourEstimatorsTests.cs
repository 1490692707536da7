using GanTheory.Divergences.Estimators;

namespace GanTheory.Divergences.Tests.Estimators;

/// <summary>
/// kNN estimators against closed forms with fixed seeds. Entropy comparisons allow 3 standard
/// errors (its s / sqrt(n) matched the spread over repeated samples within about 10%); KL and
/// JSD comparisons allow 4, because their block standard errors are themselves uncertain by
/// about 16% and ran 10-15% below that spread (see docs/estimators.md), so 4 of them are still
/// about 3 true sigmas.
/// </summary>
[TestFixture]
public sealed class NearestNeighbourEstimatorsTests
{
    private const int N = 10_000;

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(10)]
    public void Entropy_StandardNormal_IsHalfLogTwoPiE(int k)
    {
        double[] x = Gaussians.Sample(N, 0, 1, seed: 100 + k);

        SampleEstimate h = NearestNeighbourEstimators.Entropy(x, k);

        Assert.That(h.Value, Is.EqualTo(Gaussians.StandardEntropy).Within(3 * h.StandardError));
        Assert.That(h.SampleSize, Is.EqualTo(N));
    }

    [Test]
    public void Entropy_CorrelatedGaussian2D_IsLogTwoPiEPlusHalfLogDet()
    {
        var g = new Gaussian2D(1, -0.5, 2, 0.6, 0.5);
        double[,] points = Gaussians.Sample2D(N, g, seed: 110);

        SampleEstimate h = NearestNeighbourEstimators.Entropy(points);

        Assert.That(h.Value, Is.EqualTo(g.Entropy).Within(3 * h.StandardError));
    }

    [Test]
    public void Entropy_StandardErrors_MatchSpreadOverRepeatedSamples()
    {
        // 40 independent samples of 1,000 points. With 40 replicates the sample standard
        // deviation itself is uncertain by about 11%, hence the band [0.75, 1.3].
        double ratio = SpreadOverMeanError(
            r => NearestNeighbourEstimators.Entropy(Gaussians.Sample(1000, 0, 1, seed: 200 + r)));

        Assert.That(ratio, Is.InRange(0.75, 1.3));
    }

    [Test]
    public void KullbackLeibler_BlockStandardErrors_MatchSpreadOverRepeatedSamples()
    {
        // 40 pairs of samples of 2,000 points (20 blocks of 100): a wider band than for the
        // entropy because each block error is itself uncertain by about 16%.
        double ratio = SpreadOverMeanError(r => NearestNeighbourEstimators.KullbackLeibler(
            Gaussians.Sample(2000, 0, 1, seed: 300 + r),
            Gaussians.Sample(2000, 1, 1, seed: 400 + r)));

        Assert.That(ratio, Is.InRange(0.75, 1.4));
    }

    [Test]
    public void KullbackLeibler_UnitShiftedNormals_IsOneHalf()
    {
        double[] x = Gaussians.Sample(N, 0, 1, seed: 120);
        double[] y = Gaussians.Sample(N, 1, 1, seed: 121);

        SampleEstimate kl = NearestNeighbourEstimators.KullbackLeibler(x, y);

        Assert.That(kl.Value, Is.EqualTo(0.5).Within(4 * kl.StandardError));
        Assert.That(kl.SampleSize, Is.EqualTo(2 * N));
    }

    [Test]
    public void KullbackLeibler_CorrelatedGaussians2D_MatchesClosedForm()
    {
        // KL(N((1,-0.5), [[2,0.6],[0.6,0.5]]) || N((0,0), I)) = 1.0979 by the closed form.
        // The reverse direction (q narrow where p is wide) converges far more slowly; the docs
        // record its bias.
        var p = new Gaussian2D(1, -0.5, 2, 0.6, 0.5);
        double[,] x = Gaussians.Sample2D(N, p, seed: 130);
        double[,] y = Gaussians.Sample2D(N, Gaussian2D.Standard, seed: 131);

        SampleEstimate kl = NearestNeighbourEstimators.KullbackLeibler(x, y);

        Assert.That(kl.Value, Is.EqualTo(p.KullbackLeibler(Gaussian2D.Standard))
            .Within(4 * kl.StandardError));
    }

    [Test]
    public void JensenShannon_CorrelatedGaussians2D_MatchesReference()
    {
        // JSD(N((0,0), I) || N((1,-0.5), [[2,0.6],[0.6,0.5]])) = 0.2185620311 (issue 3).
        double[,] p = Gaussians.Sample2D(N, Gaussian2D.Standard, seed: 132);
        double[,] q = Gaussians.Sample2D(N, new Gaussian2D(1, -0.5, 2, 0.6, 0.5), seed: 133);

        SampleEstimate jsd = NearestNeighbourEstimators.JensenShannon(p, q);

        Assert.That(jsd.Value, Is.EqualTo(0.2185620311).Within(4 * jsd.StandardError));
    }

    [Test]
    public void KullbackLeibler_SameDistribution_IsNearZero()
    {
        double[] x = Gaussians.Sample(N, 0, 1, seed: 140);
        double[] y = Gaussians.Sample(N, 0, 1, seed: 141);

        SampleEstimate kl = NearestNeighbourEstimators.KullbackLeibler(x, y);

        Assert.That(kl.Value, Is.EqualTo(0).Within(4 * kl.StandardError));
    }

    [Test]
    public void JensenShannon_UnitShiftedNormals_MatchesReference()
    {
        double[] x = Gaussians.Sample(N, 0, 1, seed: 150);
        double[] y = Gaussians.Sample(N, 1, 1, seed: 151);

        SampleEstimate jsd = NearestNeighbourEstimators.JensenShannon(x, y);

        Assert.That(jsd.Value, Is.EqualTo(Gaussians.UnitShiftJensenShannon)
            .Within(4 * jsd.StandardError));
    }

    [Test]
    public void JensenShannon_UnitShiftedGaussians2D_MatchesOneDimensionalValue()
    {
        // Equal covariances: JSD depends only on the Mahalanobis distance of the means (1 here).
        double[,] p = Gaussians.Sample2D(N, Gaussian2D.Standard, seed: 160);
        double[,] q = Gaussians.Sample2D(N, new Gaussian2D(0.6, 0.8, 1, 0, 1), seed: 161);

        SampleEstimate jsd = NearestNeighbourEstimators.JensenShannon(p, q);

        Assert.That(jsd.Value, Is.EqualTo(Gaussians.UnitShiftJensenShannon)
            .Within(4 * jsd.StandardError));
    }

    [Test]
    public void JensenShannon_FarApartSamples_IsAtMostAboutLnTwo()
    {
        // Disjoint supports: every pooled neighbour lies in the point's own sample, so
        // nu = rho and the estimate is psi(2n) - psi(n) = ln 2 + 1/(4n) + O(1/n^2).
        double[] x = Gaussians.Sample(1000, 0, 1, seed: 170);
        double[] y = Gaussians.Sample(1000, 100, 1, seed: 171);

        SampleEstimate jsd = NearestNeighbourEstimators.JensenShannon(x, y);

        Assert.That(jsd.Value, Is.EqualTo(Math.Log(2) + (1 / 4000.0)).Within(1e-6));
    }

    [Test]
    public void Estimators_DuplicatedPoints_GiveFiniteAnswersCloseToTheDuplicateFreeOnes()
    {
        // 2% of the points repeated (copies of the first 200 appended): the zero distances are
        // skipped, so the estimates move by little more than a standard error.
        double[] x = Gaussians.Sample(N, 0, 1, seed: 180);
        double[] y = Gaussians.Sample(N, 1, 1, seed: 181);
        double[] xDuplicated = [.. x, .. x.Take(200)];
        double[] yDuplicated = [.. y, .. x.Take(100), .. y.Take(100)];

        SampleEstimate h = NearestNeighbourEstimators.Entropy(xDuplicated);
        SampleEstimate kl = NearestNeighbourEstimators.KullbackLeibler(xDuplicated, yDuplicated);
        SampleEstimate jsd = NearestNeighbourEstimators.JensenShannon(xDuplicated, yDuplicated);

        Assert.That(h.Value, Is.EqualTo(NearestNeighbourEstimators.Entropy(x).Value)
            .Within(2 * h.StandardError));
        Assert.That(kl.Value, Is.EqualTo(NearestNeighbourEstimators.KullbackLeibler(x, y).Value)
            .Within(2 * kl.StandardError));
        Assert.That(jsd.Value, Is.EqualTo(NearestNeighbourEstimators.JensenShannon(x, y).Value)
            .Within(2 * jsd.StandardError));
        Assert.That(
            new[] { h.StandardError, kl.StandardError, jsd.StandardError },
            Has.All.Matches<double>(double.IsFinite));
    }

    [Test]
    public void Estimators_HeavilyRoundedSample_StayFinite()
    {
        // Rounded to one decimal, each value repeats hundreds of times: the answer is finite
        // (and describes the data at the rounding scale, see the docs), never -infinity or NaN.
        double[] x = [.. Gaussians.Sample(5000, 0, 1, seed: 190).Select(v => Math.Round(v, 1))];
        double[] y = [.. Gaussians.Sample(5000, 1, 1, seed: 191).Select(v => Math.Round(v, 1))];

        double[] values =
        [
            NearestNeighbourEstimators.Entropy(x).Value,
            NearestNeighbourEstimators.KullbackLeibler(x, y).Value,
            NearestNeighbourEstimators.JensenShannon(x, y).Value,
        ];

        Assert.That(values, Has.All.Matches<double>(double.IsFinite));
    }

    [Test]
    public void KullbackLeibler_BlocksWithTooFewDistinctPoints_FallBackToPerPointError()
    {
        // 1,990 zeros and 10 other values: the whole sample has enough distinct neighbours for
        // k = 3, but most of its 20 blocks do not, so the per-point error is reported.
        double[] x = [.. new double[1990], .. Enumerable.Range(1, 10).Select(i => i / 10.0)];
        double[] y = Gaussians.Sample(2000, 0, 1, seed: 195);

        SampleEstimate kl = NearestNeighbourEstimators.KullbackLeibler(x, y);

        Assert.That(double.IsFinite(kl.Value), Is.True, $"KL = {kl.Value}");
        Assert.That(double.IsFinite(kl.StandardError), Is.True, $"SE = {kl.StandardError}");
        Assert.That(kl.StandardError, Is.GreaterThan(0));
    }

    [Test]
    public void Entropy_FewerDistinctPointsThanKPlusOne_ThrowsInsteadOfMinusInfinity()
    {
        var error = Assert.Throws<ArgumentException>(
            () => NearestNeighbourEstimators.Entropy([2.0, 2.0, 2.0, 3.0], k: 2));

        Assert.That(error!.ParamName, Is.EqualTo("samples"));
        Assert.That(error.Message, Does.Contain("duplicated"));
    }

    [TestCase(0)]
    [TestCase(5)]
    [TestCase(-1)]
    public void Entropy_NeighbourOrderOutOfRange_Throws(int k)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => NearestNeighbourEstimators.Entropy([1.0, 2.0, 3.0, 4.0, 5.0], k));

        Assert.That(error!.ParamName, Is.EqualTo("k"));
        Assert.That(error.ActualValue, Is.EqualTo(k));
    }

    [Test]
    public void KullbackLeibler_KLargerThanSampleOfQ_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => NearestNeighbourEstimators.KullbackLeibler([1.0, 2.0, 3.0, 4.0], [1.5, 2.5], 3));

        Assert.That(error!.ParamName, Is.EqualTo("k"));
    }

    [Test]
    public void Estimators_EmptyOrNaNSamples_Throw()
    {
        var empty = Assert.Throws<ArgumentException>(() => NearestNeighbourEstimators.Entropy([]));
        var nan = Assert.Throws<ArgumentException>(
            () => NearestNeighbourEstimators.KullbackLeibler([1.0, 2.0, 3.0], [1.0, double.NaN]));

        Assert.That(empty!.ParamName, Is.EqualTo("samples"));
        Assert.That(nan!.ParamName, Is.EqualTo("samplesOfQ"));
        Assert.That(nan.Message, Does.Contain("point 1"));
    }

    [Test]
    public void Estimators_MismatchedDimensions_Throw()
    {
        double[,] p = Gaussians.Sample2D(20, Gaussian2D.Standard, seed: 1);
        var q = new double[20, 3];

        var error = Assert.Throws<ArgumentException>(
            () => NearestNeighbourEstimators.KullbackLeibler(p, q));

        Assert.That(error!.ParamName, Is.EqualTo("pointsOfQ"));
        Assert.That(error.Message, Does.Contain("dimension 3"));
    }

    [Test]
    public void JensenShannon_UnequalSampleSizes_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            NearestNeighbourEstimators.JensenShannon([1.0, 2.0, 3.0, 4.0], [1.5, 2.5, 3.5]));

        Assert.That(error!.ParamName, Is.EqualTo("samplesOfQ"));
        Assert.That(error.Message, Does.Contain("as many points"));
    }

    /// <summary>
    /// The standard deviation of 40 replicate estimates divided by their mean reported
    /// standard error: about 1 when the standard errors are right.
    /// </summary>
    private static double SpreadOverMeanError(Func<int, SampleEstimate> replicate)
    {
        SampleEstimate[] estimates = [.. Enumerable.Range(0, 40).Select(replicate)];
        double mean = estimates.Average(e => e.Value);
        double spread = Math.Sqrt(
            estimates.Sum(e => (e.Value - mean) * (e.Value - mean)) / (estimates.Length - 1));
        return spread / estimates.Average(e => e.StandardError);
    }
}
