using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Gan;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Measures;

/// <summary>
/// Pairs at the edge of double precision: results are never NaN, stay inside the divergences'
/// ranges with honest error estimates, or the pair is refused with an ArgumentException.
/// </summary>
public sealed class ExtremeScaleTests
{
    private static readonly DivergenceKind[] AllKinds = Enum.GetValues<DivergenceKind>();

    [Test]
    public void Compute_HellingerOfNormalsWithHugeSd_IsOneNotNaN()
    {
        // BC = sqrt(2 r / (1 + r^2)) with r = 1e-300, so H^2 = 1 - 1.4e-150 = 1 in doubles.
        Estimate h = Divergence.Compute(
            DivergenceKind.SquaredHellinger, new Normal(0, 1e300), new Normal(0, 1));

        Assert.That(h.Value, Is.EqualTo(1.0).Within(1e-15));
    }

    [Test]
    public void Compute_HellingerOfModerateNormals_MatchesTheUnscaledFormula()
    {
        // Reference: H^2 = 1 - sqrt(2 s1 s2 / (s1^2 + s2^2)) exp(-d^2 / (4 (s1^2 + s2^2))).
        double expected = 1.0 - (Math.Sqrt(2.0 * 2.0 * 0.5 / 4.25) * Math.Exp(-9.0 / 17.0));

        Estimate h = Divergence.Compute(
            DivergenceKind.SquaredHellinger, new Normal(1, 2), new Normal(-2, 0.5));

        Assert.That(h.Value, Is.EqualTo(expected).Within(1e-14));
    }

    [Test]
    public void Compute_KlOfNormalsAboveTheLargestDouble_IsInfinityAndSaysSo()
    {
        // KL = ln(1/1e300) + 1e600 / 2 - 1/2: finite, but above 1.8e308.
        Estimate kl = Divergence.Compute(
            DivergenceKind.KullbackLeibler, new Normal(0, 1e300), new Normal(0, 1));

        Assert.That(kl.Value, Is.EqualTo(double.PositiveInfinity));
        Assert.That(kl.Method, Does.Contain("above the largest double"));
    }

    [Test]
    public void Compute_ReverseKlOfNormalsWithHugeSd_MatchesLogSpaceFormula()
    {
        // KL(N(0,1) || N(0,1e300)) = 300 ln 10 + 1e-600 / 2 - 1/2 = 300 ln 10 - 1/2.
        Estimate kl = Divergence.Compute(
            DivergenceKind.KullbackLeibler, new Normal(0, 1), new Normal(0, 1e300));

        Assert.That(kl.Value, Is.EqualTo((300.0 * Math.Log(10.0)) - 0.5).Within(1e-12));
    }

    [TestCase(1e308, 1e-308)]
    [TestCase(1e-200, 1e200)]
    public void Compute_ScalesTooFarApart_ThrowsNamingBothDensities(double sdP, double sdQ)
    {
        var p = new Normal(0, sdP);
        var q = new Normal(0, sdQ);

        var e = Assert.Throws<ArgumentException>(
            () => Divergence.Compute(DivergenceKind.JensenShannon, p, q));

        Assert.That(e!.Message, Does.Contain(p.ToString()).And.Contain(q.ToString())
            .And.Contain("scales"));
    }

    [Test]
    public void Compute_TvOfEqualSdNormalsFartherApartThanTheLargestDouble_IsOne()
    {
        Estimate tv = Divergence.Compute(
            DivergenceKind.TotalVariation, new Normal(1e308, 1), new Normal(-1e308, 1));

        Assert.That(tv.Value, Is.EqualTo(1.0));
    }

    [Test]
    public void Compute_PearsonOfNormalsWithWideP_IsInfiniteNotNaN()
    {
        // sd_p >= sqrt(2) sd_q makes the chi^2 integral diverge.
        Estimate chi = Divergence.Compute(
            DivergenceKind.PearsonChiSquared, new Normal(0, 1e300), new Normal(0, 1));

        Assert.That(chi.Value, Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void Compute_LocationsFartherApartThanTheLargestDouble_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Divergence.Compute(
            DivergenceKind.JensenShannon, new Normal(1e308, 1), new Normal(-1e308, 1)));

        Assert.That(e!.Message, Does.Contain("largest double"));
    }

    [Test]
    public void Compute_EveryKindForHugeAgainstUnitNormal_IsNeverNaN()
    {
        var p = new Normal(0, 1e300);
        var q = new Normal(0, 1);

        foreach (DivergenceKind kind in AllKinds)
        {
            Assert.That(Divergence.Compute(kind, p, q).Value, Is.Not.NaN, kind.ToString());
        }
    }

    [Test]
    public void Compute_JsdOfNarrowNormalsFarFromZero_StaysWithinLn2AndCoversTheTruth()
    {
        // Shifted by 1e6 sd the supports are numerically disjoint: the true JSD is ln 2 (to
        // within exp(-1e11)). Before the fix the value was 2e-8 above ln 2 with error 9e-10.
        var p = new Normal(1e6, 1e-6);
        var q = new Normal(1000001, 1e-6);

        Estimate jsd = Divergence.Compute(DivergenceKind.JensenShannon, p, q);
        Estimate bits = Divergence.Compute(DivergenceKind.JensenShannon, p, q,
            InformationUnit.Bits);

        Assert.That(jsd.Value, Is.LessThanOrEqualTo(Math.Log(2.0)));
        Assert.That(bits.Value, Is.LessThanOrEqualTo(1.0));
        Assert.That(Math.Abs(jsd.Value - Math.Log(2.0)), Is.LessThanOrEqualTo(jsd.ErrorEstimate));
    }

    [Test]
    public void Criterion_IdenticalNarrowNormalsFarFromZero_ErrorCoversDistanceToMinusLn4()
    {
        // Theorem 1: C(G) = -ln 4 when p_g = p_data. Before the fix the error was 25x too small.
        var p = new Normal(1e6, 1e-6);

        Estimate c = GanValue.Criterion(p, p);

        Assert.That(c.Value, Is.InRange(-Math.Log(4.0), 0.0));
        Assert.That(Math.Abs(c.Value + Math.Log(4.0)), Is.LessThanOrEqualTo(c.ErrorEstimate));
    }

    [Test]
    public void Clamp_ValueAboveUpper_MovesToBoundAndEnlargesError()
    {
        var above = new Estimate(0.70, 1e-9, "test");

        Estimate clamped = above.Clamp(0.0, Math.Log(2.0));

        Assert.That(clamped.Value, Is.EqualTo(Math.Log(2.0)));
        Assert.That(clamped.ErrorEstimate, Is.EqualTo(0.70 - Math.Log(2.0)).Within(1e-15));
    }

    [Test]
    public void Clamp_NegativeZero_BecomesPositiveZero()
    {
        Estimate clamped = new Estimate(-0.0, 0.0, "test").Clamp(0.0, 1.0);

        Assert.That(double.IsNegative(clamped.Value), Is.False);
    }

    [Test]
    public void Constructor_NaNValue_Throws()
    {
        Assert.Throws<ArithmeticException>(() => _ = new Estimate(double.NaN, 0.0, "test"));
    }

    [Test]
    public void Compute_HellingerOfIdenticalNormals_IsPositiveZero()
    {
        Estimate h = Divergence.Compute(
            DivergenceKind.SquaredHellinger, new Normal(0, 1), new Normal(0, 1));

        Assert.That(h.Value, Is.Zero);
        Assert.That(double.IsNegative(h.Value), Is.False);
    }
}
