using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Measures;

public sealed class DivergenceTests
{
    private static readonly DivergenceKind[] AllKinds = Enum.GetValues<DivergenceKind>();

    private static IEnumerable<TestCaseData> UnivariateClosedFormCases()
    {
        var pairs = new (IUnivariateDensity P, IUnivariateDensity Q)[]
        {
            (new Normal(0, 1), new Normal(1, 1)),
            (new Normal(0, 1.3), new Normal(0.5, 1)),
            (new Normal(1, 0.5), new Normal(0, 1)),
            (new Uniform(0, 1), new Uniform(0.5, 3)),
            (new Uniform(0.2, 0.7), new Uniform(0, 1)),
        };
        foreach ((IUnivariateDensity p, IUnivariateDensity q) in pairs)
        {
            foreach (DivergenceKind kind in AllKinds)
            {
                if (Divergence.TryClosedForm(kind, p, q) is Estimate closed
                    && double.IsFinite(closed.Value))
                {
                    yield return new TestCaseData(kind, p, q,
                        closed.Value).SetName($"{kind} {p} {q}");
                }
            }
        }
    }

    private static IEnumerable<TestCaseData> BivariateClosedFormCases()
    {
        var pairs = new (IBivariateDensity P, IBivariateDensity Q)[]
        {
            (BivariateNormal.Isotropic(0, 0, 1), new BivariateNormal(1, -0.5, 2, 0.6, 0.5)),
            (new BivariateNormal(0.3, 0.1, 0.5, -0.2, 1.5), BivariateNormal.Isotropic(0, 0, 1)),
            (new UniformBox(0, 1, 0, 1), new UniformBox(0.5, 2, -0.5, 0.5)),
            (new UniformBox(0.2, 0.6, 0.1, 0.9), new UniformBox(0, 1, 0, 1)),
        };
        foreach ((IBivariateDensity p, IBivariateDensity q) in pairs)
        {
            foreach (DivergenceKind kind in AllKinds)
            {
                if (Divergence.TryClosedForm(kind, p, q) is Estimate closed
                    && double.IsFinite(closed.Value))
                {
                    yield return new TestCaseData(kind, p, q,
                        closed.Value).SetName($"{kind} {p} {q}");
                }
            }
        }
    }

    [TestCaseSource(nameof(UnivariateClosedFormCases))]
    public void ByQuadrature_UnivariatePairWithClosedForm_AgreesTo1e12(
        DivergenceKind kind, IUnivariateDensity p, IUnivariateDensity q, double closed)
    {
        // Two independent routes: the formula and the adaptive quadrature of the log-space
        // integrand.
        Estimate quadrature = Divergence.ByQuadrature(kind, p, q);

        Assert.That(quadrature.Value, Is.EqualTo(closed).Within(1e-12 * Math.Max(1.0, closed)));
    }

    [TestCaseSource(nameof(BivariateClosedFormCases))]
    public void ByQuadrature_BivariatePairWithClosedForm_AgreesTo1e11(
        DivergenceKind kind, IBivariateDensity p, IBivariateDensity q, double closed)
    {
        Estimate cubature = Divergence.ByQuadrature(kind, p, q);

        Assert.That(cubature.Value, Is.EqualTo(closed).Within(1e-11 * Math.Max(1.0, closed)));
    }

    [Test]
    public void Compute_BivariateNormalJsd_MatchesTenDigitReference()
    {
        // Reference: issue 3, JSD(N(0, I) || N((1, -0.5), [[2, 0.6], [0.6, 0.5]])) = 0.2185620311.
        Estimate jsd = JensenShannon.Compute(BivariateNormal.Isotropic(0, 0, 1),
            new BivariateNormal(1, -0.5, 2, 0.6, 0.5));

        Assert.That(jsd.Value, Is.EqualTo(0.2185620311).Within(5e-11));
        Assert.That(jsd.ErrorEstimate, Is.LessThan(1e-11));
        Assert.That(jsd.Method, Does.Contain("cubature"));
    }

    [Test]
    public void Compute_BivariateNormalKl_IsTwelveAndAHalfByBothRoutes()
    {
        // Reference: issue 3, KL(N((0,0), I) || N((3,4), I)) = 12.5.
        var p = BivariateNormal.Isotropic(0, 0, 1);
        var q = BivariateNormal.Isotropic(3, 4, 1);

        Assert.That(KullbackLeibler.Compute(p, q).Value, Is.EqualTo(12.5).Within(1e-15));
        Assert.That(KullbackLeibler.ByQuadrature(p, q).Value, Is.EqualTo(12.5).Within(1e-11));
    }

    [Test]
    public void Compute_BivariateFarApart_JsdIsLogTwoAndDistanceMatches()
    {
        // Reference: issue 3, ln 2 and JS distance 0.83255461115769776 (nats).
        var p = BivariateNormal.Isotropic(0, 0, 1);
        var q = BivariateNormal.Isotropic(50, 0, 1);

        Assert.That(JensenShannon.Compute(p, q).Value, Is.EqualTo(Math.Log(2)).Within(1e-15));
        Assert.That(Divergence.JensenShannonDistance(p, q).Value,
            Is.EqualTo(0.83255461115769776).Within(1e-15));
    }

    [Test]
    public void Compute_DisjointBoxes_EveryKindHasItsClosedForm()
    {
        var p = new UniformBox(0, 1, 0, 1);
        var q = new UniformBox(1, 2, 0, 1);

        Assert.That(Divergence.Compute(DivergenceKind.JensenShannon, p, q).Value,
            Is.EqualTo(Math.Log(2)));
        Assert.That(Divergence.Compute(DivergenceKind.TotalVariation, p, q).Value, Is.EqualTo(1.0));
        Assert.That(Divergence.Compute(DivergenceKind.SquaredHellinger, p, q).Value,
            Is.EqualTo(1.0));
        Assert.That(Divergence.Compute(DivergenceKind.KullbackLeibler, p, q).Value,
            Is.EqualTo(double.PositiveInfinity));
        Assert.That(
            Divergence.Compute(DivergenceKind.PearsonChiSquared, p,
                q).Value, Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void Compute_ReverseKl_IsKlWithArgumentsSwapped()
    {
        var p = new Mixture([0.3, 0.7], [new Normal(-2, 0.5), new Normal(1, 1)]);
        var q = new Normal(0, 2);

        Assert.That(
            Divergence.Compute(DivergenceKind.ReverseKullbackLeibler, p, q).Value,
            Is.EqualTo(KullbackLeibler.Compute(q, p).Value).Within(1e-13));
    }

    [Test]
    public void Compute_PearsonWithLighterTailedQ_IsInfinityByBothRoutes()
    {
        // 2 var_q = 2 < var_p = 4: the integral of p^2 / q diverges in the tails.
        var p = new Normal(0, 2);
        var q = new Normal(0, 1);

        Assert.That(Divergence.Compute(DivergenceKind.PearsonChiSquared, p, q).Value,
            Is.EqualTo(double.PositiveInfinity));
        Assert.That(
            Divergence.ByQuadrature(DivergenceKind.PearsonChiSquared, p,
                q).Value, Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void Compute_TotalVariationInBits_ThrowsNamingUnit()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => Divergence.Compute(DivergenceKind.TotalVariation, new Normal(0, 1), new Normal(1,
                1), InformationUnit.Bits));

        Assert.That(ex!.ParamName, Is.EqualTo("unit"));
    }

    [Test]
    public void ByQuadrature_RingAgainstNormal_EveryKindFiniteWithSmallError()
    {
        BivariateMixture ring = BenchmarkTargets.Ring8();
        var normal = BivariateNormal.Isotropic(0, 0, 1);

        Estimate jsd = JensenShannon.Compute(ring, normal);
        Estimate hellinger = Divergence.Compute(DivergenceKind.SquaredHellinger, ring, normal);

        Assert.That(jsd.Value, Is.InRange(0.0, Math.Log(2)));
        Assert.That(jsd.ErrorEstimate, Is.LessThan(1e-10));
        Assert.That(hellinger.Value, Is.InRange(0.0, 1.0));
    }
}
