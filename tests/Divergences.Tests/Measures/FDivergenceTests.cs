using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Measures;

public sealed class FDivergenceTests
{
    private static readonly IUnivariateDensity P = new Mixture([0.4, 0.6], [new Normal(-1, 0.7),
        new Normal(1, 1)]);
    private static readonly IUnivariateDensity Q = new Normal(0.2, 1.2);

    private static IEnumerable<TestCaseData> Presets()
    {
        yield return new TestCaseData(FDivergence.KullbackLeibler, DivergenceKind.KullbackLeibler);
        yield return new TestCaseData(FDivergence.ReverseKullbackLeibler,
            DivergenceKind.ReverseKullbackLeibler);
        yield return new TestCaseData(FDivergence.JensenShannon, DivergenceKind.JensenShannon);
        yield return new TestCaseData(FDivergence.SquaredHellinger,
            DivergenceKind.SquaredHellinger);
        yield return new TestCaseData(FDivergence.PearsonChiSquared,
            DivergenceKind.PearsonChiSquared);
        yield return new TestCaseData(FDivergence.TotalVariation, DivergenceKind.TotalVariation);
    }

    [TestCaseSource(nameof(Presets))]
    public void Compute_Preset_EqualsDedicatedLogSpaceIntegral(FDivergence f, DivergenceKind kind)
    {
        // q f(p / q) against the dedicated integrand of the same divergence: independent formulas.
        double generic = f.Compute(P, Q).Value;

        Assert.That(generic, Is.EqualTo(Divergence.ByQuadrature(kind, P, Q).Value).Within(1e-10));
    }

    // TV's f is not differentiable at 1: its optimal critic sign(p - q) / 2 has a test of its own.
    private static IEnumerable<TestCaseData> DifferentiablePresets() =>
        Presets().Where(c => c.Arguments[0] != FDivergence.TotalVariation);

    [TestCaseSource(nameof(DifferentiablePresets))]
    public void VariationalLowerBound_OptimalCritic_IsTight(FDivergence f, DivergenceKind kind)
    {
        _ = kind;
        Estimate bound = f.VariationalLowerBound(P, Q, f.OptimalCritic(P, Q));

        Assert.That(bound.Value, Is.EqualTo(f.Compute(P, Q).Value).Within(1e-9));
    }

    [Test]
    public void VariationalLowerBound_TotalVariationSignCritic_IsTight()
    {
        Estimate bound = FDivergence.TotalVariation.VariationalLowerBound(
            P, Q, x => P.Density(x) > Q.Density(x) ? 0.5 : -0.5);

        Assert.That(bound.Value, Is.EqualTo(FDivergence.TotalVariation.Compute(P,
            Q).Value).Within(1e-8));
    }

    [TestCaseSource(nameof(Presets))]
    public void VariationalLowerBound_PerturbedCritics_StayBelowDivergence(FDivergence f,
        DivergenceKind kind)
    {
        _ = kind;
        double divergence = f.Compute(P, Q).Value;
        Func<double, double> optimal = f == FDivergence.TotalVariation
            ? x => P.Density(x) > Q.Density(x) ? 0.5 : -0.5
            : f.OptimalCritic(P, Q);
        var random = new Random(17);

        for (int trial = 0; trial < 5; trial++)
        {
            double a = 0.2 * random.NextDouble();
            double b = 3 * random.NextDouble();
            double Critic(double x) => optimal(x) - (a * (1 + Math.Sin(b * x)));

            Assert.That(f.VariationalLowerBound(P, Q, Critic).Value, Is.LessThan(divergence));
        }
    }

    [Test]
    public void Compute_KlWithUnderflowingTails_StaysFinite()
    {
        // At x = 40, q = N(0,1) underflows while p = N(0,2) does not: the integrand is written as
        // p f(u) / u there, so no spurious infinity appears.
        Estimate kl = FDivergence.KullbackLeibler.Compute(new Normal(0, 2), new Normal(0, 1));

        Assert.That(kl.Value, Is.EqualTo(1.3068528194400547 - 0.5).Within(1e-11));
    }

    [Test]
    public void Compute_BivariateHellinger_MatchesClosedFormAndKlBoundIsTight()
    {
        var p = BivariateNormal.Isotropic(0, 0, 1);
        var q = new BivariateNormal(1, -0.5, 2, 0.6, 0.5);
        double hellinger = Divergence.Compute(DivergenceKind.SquaredHellinger, p, q).Value;
        double kl = Divergence.Compute(DivergenceKind.KullbackLeibler, p, q).Value;

        // The KL critic T* = 1 + log(p / q) makes the bound equal to KL(P || Q).
        double Critic(double x, double y) => 1.0 + p.DensityLn(x, y) - q.DensityLn(x, y);

        Assert.That(
            FDivergence.SquaredHellinger.Compute(p, q).Value, Is.EqualTo(hellinger).Within(1e-11));
        Assert.That(
            FDivergence.KullbackLeibler.VariationalLowerBound(p, q, Critic).Value, Is.EqualTo(kl).Within(1e-9));
        Assert.That(
            FDivergence.KullbackLeibler.VariationalLowerBound(p, q, (x, y) => Critic(x, y) - 0.1).Value,
            Is.LessThan(kl));
    }
}
