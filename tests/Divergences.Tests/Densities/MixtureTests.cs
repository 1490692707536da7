using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;

namespace GanTheory.Divergences.Tests.Densities;

public sealed class MixtureTests
{
    [Test]
    public void Density_TwoNormals_IsWeightedSum()
    {
        var a = new Normal(-2.0, 0.5);
        var b = new Normal(1.0, 1.0);
        var mixture = new Mixture([0.3, 0.7], [a, b]);

        foreach (double x in new[] { -3.0, -2.0, 0.0, 1.5 })
        {
            double expected = (0.3 * a.Density(x)) + (0.7 * b.Density(x));
            Assert.That(mixture.Density(x), Is.EqualTo(expected).Within(1e-15 * expected));
        }
    }

    [Test]
    public void DensityLn_FarTail_IsLogSumExpNotMinusInfinity()
    {
        var mixture = new Mixture([0.5, 0.5], [new Normal(0.0, 1.0), new Normal(1.0, 1.0)]);

        // At x = 60 the N(1,1) term dominates: log 0.5 - 59^2/2 - log sqrt(2 pi) + log(1 +
        // e^-59.5).
        double expected = Math.Log(0.5) - (59.0 * 59.0 / 2.0) - (0.5 * Math.Log(2 * Math.PI));
        Assert.That(mixture.DensityLn(60.0), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Constructor_WeightsNotSummingToOne_MessageNamesTheSum()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => _ = new Mixture([0.3, 0.6], [new Normal(0, 1), new Normal(1, 1)]));

        Assert.That(ex!.ParamName, Is.EqualTo("weights"));
        Assert.That(ex.ActualValue, Is.EqualTo(0.3 + 0.6));
        Assert.That(ex.Message, Does.Contain("0.8999999999999999"));
    }

    [TestCase(double.NaN)]
    [TestCase(-0.1)]
    [TestCase(double.PositiveInfinity)]
    public void Constructor_BadWeight_Throws(double bad)
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => _ = new Mixture([bad, 1.0 - bad], [new Normal(0, 1), new Normal(1, 1)]));
    }

    [Test]
    public void Constructor_CountMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => _ = new Mixture([1.0], [new Normal(0, 1),
            new Normal(1, 1)]));
    }

    [Test]
    public void Mass_FarApartNarrowModes_IsOne()
    {
        var mixture = new Mixture([0.25, 0.75], [new Normal(-500.0, 0.01), new Normal(800.0, 2.0)]);

        Estimate mass = AdaptiveQuadrature.Integrate(
            mixture.Density, double.NegativeInfinity, double.PositiveInfinity, mixture.Breakpoints, mixture.Scale);

        Assert.That(mass.Value, Is.EqualTo(1.0).Within(1e-13));
    }

    [Test]
    public void Sample_Seeded_ComponentShareWithinFourStandardErrors()
    {
        var mixture = new Mixture([0.3, 0.7], [new Uniform(0, 1), new Uniform(10, 11)]);
        var random = new Random(2024);
        int n = 20000;

        double share = Enumerable.Range(0, n).Count(_ => mixture.Sample(random) < 5.0) / (double)n;

        // Binomial standard error sqrt(0.3 * 0.7 / n) = 0.00324.
        Assert.That(share, Is.EqualTo(0.3).Within(4 * 0.00324));
    }
}
