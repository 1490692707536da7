using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;

namespace GanTheory.Divergences.Tests.Densities;

public sealed class BivariateNormalTests
{
    [Test]
    public void DensityLn_CorrelatedNormal_MatchesExplicitFormula()
    {
        var normal = new BivariateNormal(1.0, -0.5, 2.0, 0.6, 0.5);
        double det = (2.0 * 0.5) - (0.6 * 0.6);

        // Q = [dx dy] S^-1 [dx dy]' with S^-1 = [[0.5, -0.6], [-0.6, 2]] / det at (0, 0).
        double dx = -1.0;
        double dy = 0.5;
        double q = ((0.5 * dx * dx) - (2 * 0.6 * dx * dy) + (2.0 * dy * dy)) / det;
        double expected = (-0.5 * q) - Math.Log(2 * Math.PI) - (0.5 * Math.Log(det));

        Assert.That(normal.DensityLn(0.0, 0.0), Is.EqualTo(expected).Within(1e-14));
    }

    [Test]
    public void Constructor_SingularCovariance_MessageNamesDeterminant()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new BivariateNormal(0, 0, 1,
            1, 1));

        Assert.That(ex!.ParamName, Is.EqualTo("sxy"));
        Assert.That(ex.Message, Does.Contain("= 0"));
    }

    [TestCase(double.NaN, 1.0, "meanX")]
    [TestCase(0.0, -1.0, "sxx")]
    [TestCase(0.0, double.PositiveInfinity, "sxx")]
    public void Constructor_BadParameter_ThrowsNamingIt(double meanX, double sxx, string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new BivariateNormal(meanX, 0,
            sxx, 0, 1));

        Assert.That(ex!.ParamName, Is.EqualTo(name));
    }

    [Test]
    public void Sample_Seeded_CovarianceWithinFourStandardErrors()
    {
        var normal = new BivariateNormal(1.0, -0.5, 2.0, 0.6, 0.5);
        var random = new Random(31);
        (double X, double Y)[] draws = Enumerable.Range(0,
            20000).Select(_ => normal.Sample(random)).ToArray();

        double mx = draws.Average(d => d.X);
        double my = draws.Average(d => d.Y);
        double sxy = draws.Sum(d => (d.X - mx) * (d.Y - my)) / (draws.Length - 1);

        // Standard errors: sqrt(2 / n) = 0.01 for mean x, sqrt(0.5 / n) = 0.005 for mean y, and
        // sqrt((sxx syy + sxy^2) / n) = sqrt(1.36 / 20000) = 0.0082 for the covariance.
        Assert.That(mx, Is.EqualTo(1.0).Within(4 * 0.01));
        Assert.That(my, Is.EqualTo(-0.5).Within(4 * 0.005));
        Assert.That(sxy, Is.EqualTo(0.6).Within(4 * 0.0082));
    }

    [Test]
    public void Mass_OverExtent_IsOne()
    {
        var normal = new BivariateNormal(800.0, -3.0, 0.04, -0.019, 0.01);

        Estimate mass = AdaptiveCubature.Integrate(
            normal.Density, normal.Extent, normal.XBreakpoints, normal.YBreakpoints);

        Assert.That(mass.Value, Is.EqualTo(1.0).Within(1e-12));
    }
}
