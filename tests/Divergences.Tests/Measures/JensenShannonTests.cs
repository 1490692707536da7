using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Measures;

public sealed class JensenShannonTests
{
    private const double StandardVersusShifted = 0.11142148218473618;

    [TestCase(0.0, 1.0, 1.0)]
    [TestCase(800.0, 801.0, 1.0)]
    [TestCase(0.0, 0.001, 0.001)]
    public void Compute_UnitShiftInSigmaUnits_MatchesReference(double m1, double m2, double sd)
    {
        // Reference: issue 2, the same JSD for every location and scale.
        Estimate jsd = JensenShannon.Compute(new Normal(m1, sd), new Normal(m2, sd));

        Assert.That(jsd.Value,
            Is.EqualTo(StandardVersusShifted).Within(1e-12 * StandardVersusShifted));
        Assert.That(jsd.ErrorEstimate, Is.LessThan(1e-11));
        Assert.That(jsd.Method, Does.Contain("Gauss-Kronrod"));
    }

    [Test]
    public void Compute_DifferentScales_MatchesTenDigitReference()
    {
        // Reference: issue 3, JSD(N(0,1) || N(1, 1.5^2)) = 0.09929009660 (10 significant digits).
        Assert.That(JensenShannon.Compute(new Normal(0, 1), new Normal(1, 1.5)).Value,
            Is.EqualTo(0.09929009660).Within(5e-12));
    }

    [Test]
    public void Compute_FiftySigmasApart_IsLogTwo()
    {
        // Reference: issue 2, ln 2 = 0.69314718055994531 (1 bit).
        var p = new Normal(0, 1);
        var q = new Normal(50, 1);

        Assert.That(JensenShannon.Compute(p, q).Value,
            Is.EqualTo(0.69314718055994531).Within(1e-15));
        Assert.That(JensenShannon.Compute(p, q, InformationUnit.Bits).Value,
            Is.EqualTo(1.0).Within(1e-15));
    }

    [Test]
    public void Compute_DisjointSupports_IsExactlyLogTwoByClosedForm()
    {
        Estimate jsd = JensenShannon.Compute(new Uniform(0, 1), new Uniform(1, 2));

        Assert.That(jsd.Value, Is.EqualTo(Math.Log(2)));
        Assert.That(jsd.ErrorEstimate, Is.Zero);
        Assert.That(jsd.Method, Does.Contain("disjoint"));
    }

    [TestCase(0.0)]
    [TestCase(0.25)]
    [TestCase(-0.6)]
    [TestCase(0.999)]
    [TestCase(1.5)]
    public void Compute_ShiftedUniforms_IsAbsShiftTimesLogTwo(double a)
    {
        // Reference: issue 2, |a| ln 2 for |a| < 1, ln 2 otherwise.
        var p = new Uniform(0, 1);
        var q = new Uniform(a, 1 + a);
        double expected = Math.Min(Math.Abs(a), 1.0) * Math.Log(2);

        Assert.That(JensenShannon.Compute(p, q).Value, Is.EqualTo(expected).Within(1e-15));
        Assert.That(JensenShannon.ByQuadrature(p, q).Value, Is.EqualTo(expected).Within(1e-14));
    }

    [Test]
    public void Compute_UniformsOfDifferentWidths_ClosedFormMatchesQuadrature()
    {
        var p = new Uniform(0, 1);
        var q = new Uniform(0.5, 3.0);

        Assert.That(
            JensenShannon.Compute(p, q).Value,
            Is.EqualTo(JensenShannon.ByQuadrature(p, q).Value).Within(1e-14));
    }

    [Test]
    public void Compute_SwappedArguments_IsSymmetric()
    {
        var p = new Mixture([0.3, 0.7], [new Normal(-2, 0.5), new Normal(1, 1)]);
        var q = new Normal(0, 2);

        Assert.That(JensenShannon.Compute(p, q).Value,
            Is.EqualTo(JensenShannon.Compute(q, p).Value).Within(1e-14));
    }

    [Test]
    public void Distance_FiftySigmasApart_IsRootLogTwo()
    {
        Assert.That(
            JensenShannon.Distance(new Normal(0, 1), new Normal(50, 1)).Value,
            Is.EqualTo(0.83255461115769776).Within(1e-15));
    }
}
