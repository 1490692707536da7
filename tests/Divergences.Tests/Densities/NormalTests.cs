using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;

namespace GanTheory.Divergences.Tests.Densities;

public sealed class NormalTests
{
    [Test]
    public void DensityLn_FarTail_IsFiniteQuadratic()
    {
        var normal = new Normal(0.0, 1.0);

        // -x^2/2 - log sqrt(2 pi) at x = 50: exact arithmetic, no underflow in log space.
        Assert.That(normal.DensityLn(50.0),
            Is.EqualTo(-1250.0 - (0.5 * Math.Log(2 * Math.PI))).Within(1e-12));
        Assert.That(normal.Density(50.0), Is.Zero);
    }

    [Test]
    public void Density_AtMean_IsOneOverSigmaRootTwoPi()
    {
        var normal = new Normal(3.0, 0.5);

        Assert.That(normal.Density(3.0),
            Is.EqualTo(1.0 / (0.5 * Math.Sqrt(2 * Math.PI))).Within(1e-15));
    }

    [TestCase(double.NaN, 1.0, "mean")]
    [TestCase(double.PositiveInfinity, 1.0, "mean")]
    [TestCase(0.0, 0.0, "standardDeviation")]
    [TestCase(0.0, -1.0, "standardDeviation")]
    [TestCase(0.0, double.NaN, "standardDeviation")]
    [TestCase(0.0, double.PositiveInfinity, "standardDeviation")]
    public void Constructor_BadParameter_ThrowsNamingIt(double mean, double sd, string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Normal(mean, sd));

        Assert.That(ex!.ParamName, Is.EqualTo(name));
    }

    [Test]
    public void Sample_SeededTenThousandDraws_MomentsWithinFourStandardErrors()
    {
        var normal = new Normal(2.0, 3.0);
        var random = new Random(12345);
        double[] draws = Enumerable.Range(0, 10000).Select(_ => normal.Sample(random)).ToArray();

        double mean = draws.Average();
        double variance = draws.Select(x => (x - mean) * (x - mean)).Sum() / (draws.Length - 1);

        // Standard errors: sigma / sqrt(n) = 0.03 for the mean, sigma^2 sqrt(2 / n) = 0.127 for
        // the variance.
        Assert.That(mean, Is.EqualTo(2.0).Within(4 * 0.03));
        Assert.That(variance, Is.EqualTo(9.0).Within(4 * 0.127));
    }

    [Test]
    public void Sample_SameSeed_SameDraws()
    {
        var normal = new Normal(0.0, 1.0);

        Assert.That(normal.Sample(new Random(7)), Is.EqualTo(normal.Sample(new Random(7))));
    }

    [TestCase(800.0, 1.0)]
    [TestCase(0.0, 0.001)]
    public void Mass_OverRealLine_IsOne(double mean, double sd)
    {
        // Reference: issue 2 (mass of N(800, 1) = 1, the integral naive adaptive rules miss).
        var normal = new Normal(mean, sd);

        Estimate mass = AdaptiveQuadrature.Integrate(
            normal.Density, double.NegativeInfinity, double.PositiveInfinity, normal.Breakpoints, normal.Scale);

        Assert.That(mass.Value, Is.EqualTo(1.0).Within(1e-13));
        Assert.That(mass.ErrorEstimate, Is.LessThan(1e-11));
    }

    [Test]
    public void Mass_NarrowModeAtMinusOneMillion_IsOneToRepresentationLimit()
    {
        // Doubles near 1e6 are 1.2e-10 apart, 1.2e-7 of sigma = 1e-3: the nodes themselves are
        // rounded, which limits any rule to about 1e-11 here (measured: 5e-12).
        var normal = new Normal(-1e6, 1e-3);

        Estimate mass = AdaptiveQuadrature.Integrate(
            normal.Density, double.NegativeInfinity, double.PositiveInfinity, normal.Breakpoints, normal.Scale);

        Assert.That(mass.Value, Is.EqualTo(1.0).Within(5e-11));
    }

    [Test]
    public void Mass_N116_OnHalfLine_IsOne()
    {
        // Reference: issue 2; 1 - Phi(-116 / 3.81) differs from 1 by about 1e-203.
        var normal = new Normal(116.0, 3.81);

        Estimate mass = AdaptiveQuadrature.Integrate(
            normal.Density, 0.0, double.PositiveInfinity, normal.Breakpoints, normal.Scale);

        Assert.That(mass.Value, Is.EqualTo(1.0).Within(1e-13));
    }
}
