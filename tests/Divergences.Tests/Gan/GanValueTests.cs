using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Gan;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Gan;

public sealed class GanValueTests
{
    private static readonly double LogFour = Math.Log(4.0);

    private static IEnumerable<TestCaseData> Pairs()
    {
        yield return new TestCaseData(new Normal(0, 1),
            new Normal(1, 1)).SetName("N(0,1) vs N(1,1)");
        yield return new TestCaseData(new Normal(0, 1),
            new Normal(1, 1.5)).SetName("N(0,1) vs N(1,1.5)");
        yield return new TestCaseData(new Normal(800, 1),
            new Normal(801, 1)).SetName("N(800,1) vs N(801,1)");
        yield return new TestCaseData(
            new Mixture([0.3, 0.7], [new Normal(-2, 0.5), new Normal(1, 1)]), new Normal(0, 2))
            .SetName("mixture vs N(0,2)");
        yield return new TestCaseData(new Uniform(0, 1),
            new Uniform(0.25, 1.25)).SetName("shifted uniforms");
        yield return new TestCaseData(new Uniform(-1, 1),
            new Normal(0, 0.5)).SetName("uniform vs normal");
    }

    [Test]
    public void Criterion_StandardVersusShifted_MatchesReference()
    {
        // Reference: issue 2, C(G) = -log 4 + 2 JSD = -1.1634513967504183.
        Estimate c = GanValue.Criterion(new Normal(0, 1), new Normal(1, 1));

        Assert.That(c.Value, Is.EqualTo(-1.1634513967504183).Within(1e-13));
        Assert.That(c.ErrorEstimate, Is.LessThan(1e-11));
    }

    [Test]
    public void Criterion_FarApartNormals_IsZero()
    {
        // Reference: issue 2, JSD = ln 2 so C(G) = 0.
        Assert.That(GanValue.Criterion(new Normal(0, 1), new Normal(50, 1)).Value,
            Is.EqualTo(0.0).Within(1e-15));
    }

    [Test]
    public void Criterion_EqualDensities_IsMinusLogFour()
    {
        var p = new Mixture([0.4, 0.6], [new Normal(-1, 0.3), new Uniform(0, 2)]);

        Assert.That(GanValue.Criterion(p, p).Value, Is.EqualTo(-LogFour).Within(1e-12));
    }

    [Test]
    public void Compute_ConstantHalfDiscriminator_IsMinusLogFour()
    {
        // Reference: issue 2, with D = 1/2 every point contributes log(1/2) to both terms.
        Estimate v = GanValue.Compute(new Normal(0, 1), new Uniform(3, 4), _ => 0.0);

        Assert.That(v.Value, Is.EqualTo(-1.3862943611198906).Within(1e-13));
    }

    [TestCaseSource(nameof(Pairs))]
    public void Compute_OptimalDiscriminator_EqualsTheoremOneViaKlToMixture(IUnivariateDensity p,
        IUnivariateDensity g)
    {
        // Theorem 1 two independent ways: V(G, D*) integrates log sigmoid(logit) of the
        // discriminator class; the right side integrates KL against an explicit Mixture density.
        var dStar = new OptimalDiscriminator(p, g);
        Estimate direct = GanValue.Compute(p, g, dStar.Logit);
        var m = new Mixture([0.5, 0.5], [p, g]);
        double viaKl = -LogFour + KullbackLeibler.ByQuadrature(p, m).Value
            + KullbackLeibler.ByQuadrature(g, m).Value;

        Assert.That(direct.Value, Is.EqualTo(viaKl).Within(1e-11));
        Assert.That(GanValue.Criterion(p, g).Value, Is.EqualTo(viaKl).Within(1e-11));
        double viaJsd = -LogFour + (2 * JensenShannon.Compute(p, g).Value);
        Assert.That(direct.Value, Is.EqualTo(viaJsd).Within(1e-11));
    }

    [TestCaseSource(nameof(Pairs))]
    public void Compute_OtherDiscriminators_StayBelowCriterion(IUnivariateDensity p,
        IUnivariateDensity g)
    {
        double c = GanValue.Criterion(p, g).Value;

        Func<double, double>[] logits = [x => 0.3 - (0.8 * x), Math.Sin, _ => 2.0];
        foreach (Func<double, double> logit in logits)
        {
            Assert.That(GanValue.Compute(p, g, logit).Value, Is.LessThan(c));
        }
    }

    [Test]
    public void Compute_DiscriminatorZeroOnDataMass_IsMinusInfinity()
    {
        Estimate v = GanValue.Compute(new Uniform(0, 1), new Uniform(2, 3),
            _ => double.NegativeInfinity);

        Assert.That(v.Value, Is.EqualTo(double.NegativeInfinity));
    }

    [Test]
    public void Compute_SaturatedDiscriminatorOffTheSupports_CountsZeroTimesMinusInfinityAsZero()
    {
        // D = 1 on the data support and D = 0 on the generator's: both log terms vanish there,
        // and the saturated logits meet only zero densities elsewhere.
        Estimate v = GanValue.Compute(
            new Uniform(0, 1),
            new Uniform(2, 3),
            x => x < 1.5 ? double.PositiveInfinity : double.NegativeInfinity);

        Assert.That(v.Value, Is.EqualTo(0.0));
    }

    [Test]
    public void Compute_NaNLogit_Throws()
    {
        Assert.Throws<ArithmeticException>(() => GanValue.Compute(new Normal(0, 1),
            new Normal(1, 1), _ => double.NaN));
    }
}
