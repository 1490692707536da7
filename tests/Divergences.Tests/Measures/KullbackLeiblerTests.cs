using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Measures;

public sealed class KullbackLeiblerTests
{
    [TestCase(0.0, 2.0, 1.0, 1.0, 1.3068528194400547)]
    [TestCase(4.0, 1.0, 1.0, 1.0, 4.5)]
    [TestCase(1.0, 0.5, 0.0, 1.0, 0.81814718055994531)]
    [TestCase(1.0, 1.0, 0.0, 2.0, 0.44314718055994531)]
    public void Compute_TwoNormals_ClosedFormAndQuadratureMatchReference(
        double m1, double s1, double m2, double s2, double expected)
    {
        // References: issue 2 (first two) and issue 3 (last two).
        var p = new Normal(m1, s1);
        var q = new Normal(m2, s2);

        Estimate closed = KullbackLeibler.Compute(p, q);
        Estimate quadrature = KullbackLeibler.ByQuadrature(p, q);

        Assert.That(closed.Value, Is.EqualTo(expected).Within(1e-15 * expected));
        Assert.That(closed.Method, Does.Contain("closed form"));
        Assert.That(quadrature.Value, Is.EqualTo(expected).Within(1e-12 * expected));
        Assert.That(quadrature.ErrorEstimate, Is.LessThan(1e-10 * expected));
    }

    [Test]
    public void Compute_UniformNotInsideSupport_IsPositiveInfinityByBothRoutes()
    {
        // Reference: issue 2, KL(U(0,1) || U(0.5,1.5)) = +infinity (not NaN, not large).
        var p = new Uniform(0, 1);
        var q = new Uniform(0.5, 1.5);

        Assert.That(KullbackLeibler.Compute(p, q).Value, Is.EqualTo(double.PositiveInfinity));
        Assert.That(KullbackLeibler.ByQuadrature(p, q).Value, Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void Compute_NestedUniforms_IsLogRatioOneWayInfiniteTheOther()
    {
        // Reference: issue 3, KL(U(0,1) || U(0,2)) = ln 2 and KL(U(0,2) || U(0,1)) = +infinity.
        var narrow = new Uniform(0, 1);
        var wide = new Uniform(0, 2);

        Assert.That(KullbackLeibler.Compute(narrow, wide).Value, Is.EqualTo(Math.Log(2)));
        Assert.That(KullbackLeibler.ByQuadrature(narrow, wide).Value,
            Is.EqualTo(Math.Log(2)).Within(1e-15));
        Assert.That(KullbackLeibler.Compute(wide, narrow).Value,
            Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void Compute_NormalAgainstUniform_IsPositiveInfinity()
    {
        Assert.That(KullbackLeibler.Compute(new Normal(0, 1), new Uniform(-5, 5)).Value,
            Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void Compute_InBits_IsNatsOverLogTwo()
    {
        Estimate bits = KullbackLeibler.Compute(new Normal(4, 1), new Normal(1, 1),
            InformationUnit.Bits);

        Assert.That(bits.Value, Is.EqualTo(4.5 / Math.Log(2)).Within(1e-15));
    }

    [Test]
    public void ByQuadrature_MixtureAgainstNormal_IsNonNegativeAndFinite()
    {
        var p = new Mixture([0.5, 0.5], [new Normal(-3, 0.2), new Normal(3, 0.2)]);

        Estimate kl = KullbackLeibler.ByQuadrature(p, new Normal(0, 3));

        Assert.That(kl.Value, Is.GreaterThan(0.0).And.LessThan(10.0));
        Assert.That(kl.ErrorEstimate, Is.LessThan(1e-10));
    }
}
