using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Gan;

namespace GanTheory.Divergences.Tests.Gan;

public sealed class OptimalDiscriminatorTests
{
    private static readonly OptimalDiscriminator StandardVersusShifted = new(new Normal(0, 1),
        new Normal(1, 1));

    [TestCase(40.0, 7.0043520261686452e-18)]
    [TestCase(50.0, 3.1799709001977495e-22)]
    public void Value_FarTailWhereBothDensitiesUnderflow_MatchesSigmoidReference(double x,
        double expected)
    {
        // Reference: issue 2, D*(x) = sigmoid(0.5 - x) for N(0,1) against N(1,1).
        Assert.That(StandardVersusShifted.Value(x), Is.EqualTo(expected).Within(1e-12 * expected));
        Assert.That(StandardVersusShifted.LogValue(x), Is.EqualTo(0.5 - x).Within(1e-12 * x));
    }

    [TestCase(-1000.0)]
    [TestCase(-3.0)]
    [TestCase(0.25)]
    [TestCase(1e4)]
    public void Logit_AnyPoint_IsHalfMinusX(double x)
    {
        Assert.That(StandardVersusShifted.Logit(x),
            Is.EqualTo(0.5 - x).Within(1e-9 * Math.Max(1.0, Math.Abs(x * x))));
        Assert.That(double.IsNaN(StandardVersusShifted.LogComplement(x)), Is.False);
    }

    [TestCase(-1e6)]
    [TestCase(0.0)]
    [TestCase(3.0)]
    [TestCase(1e6)]
    public void Value_EqualDensities_IsOneHalf(double x)
    {
        var discriminator = new OptimalDiscriminator(new Normal(2, 3), new Normal(2, 3));

        Assert.That(discriminator.Value(x), Is.EqualTo(0.5));
        Assert.That(discriminator.LogValue(x), Is.EqualTo(-Math.Log(2)).Within(1e-16));
    }

    [Test]
    public void Value_DisjointUniforms_IsZeroOneOrHalfOutsideBoth()
    {
        var discriminator = new OptimalDiscriminator(new Uniform(0, 1), new Uniform(2, 3));

        Assert.That(discriminator.Value(0.5), Is.EqualTo(1.0));
        Assert.That(discriminator.LogComplement(0.5), Is.EqualTo(double.NegativeInfinity));
        Assert.That(discriminator.Value(2.5), Is.EqualTo(0.0));
        Assert.That(discriminator.LogValue(2.5), Is.EqualTo(double.NegativeInfinity));
        Assert.That(discriminator.Value(1.5), Is.EqualTo(0.5));
    }

    [Test]
    public void Value_Mixtures_IsRatioOfDensities()
    {
        var data = new Mixture([0.3, 0.7], [new Normal(-2, 0.5), new Normal(1, 1)]);
        var generator = new Normal(0, 2);
        var discriminator = new OptimalDiscriminator(data, generator);

        foreach (double x in new[] { -2.5, 0.0, 1.3 })
        {
            double expected = data.Density(x) / (data.Density(x) + generator.Density(x));
            Assert.That(discriminator.Value(x), Is.EqualTo(expected).Within(1e-14));
        }
    }
}
