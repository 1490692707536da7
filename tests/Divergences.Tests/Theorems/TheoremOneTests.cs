using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Gan;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Theorems;

/// <summary>Theorem 1: C(G) = V(G, D*) = -log 4 + KL(p_data || m) + KL(p_g || m) = -log 4 + 2 JSD,
/// so C(G) &gt;= -log 4 with equality only at p_g = p_data.</summary>
public sealed class TheoremOneTests
{
    private static readonly double LogFour = Math.Log(4.0);

    [Test]
    public void Criterion_RandomUnivariatePairs_EqualsBothRightHandSides()
    {
        var random = new Random(20141406);
        for (int trial = 0; trial < 20; trial++)
        {
            IUnivariateDensity data = RandomDensities.Univariate(random);
            IUnivariateDensity generator = RandomDensities.Univariate(random);
            var m = new Mixture([0.5, 0.5], [data, generator]);

            double c = GanValue.Criterion(data, generator).Value;
            double viaKl = -LogFour + KullbackLeibler.ByQuadrature(data, m).Value
                + KullbackLeibler.ByQuadrature(generator, m).Value;
            double viaJsd = -LogFour + (2 * JensenShannon.ByQuadrature(data, generator).Value);

            Assert.That(c, Is.EqualTo(viaKl).Within(1e-10),
                $"trial {trial}: {data} vs {generator}");
            Assert.That(c, Is.EqualTo(viaJsd).Within(1e-10), $"trial {trial}");
            Assert.That(c, Is.GreaterThan(-LogFour));
        }
    }

    [Test]
    public void Criterion_RandomBivariatePairs_EqualsBothRightHandSides()
    {
        var random = new Random(1406);
        for (int trial = 0; trial < 4; trial++)
        {
            IBivariateDensity data = RandomDensities.Bivariate(random);
            IBivariateDensity generator = RandomDensities.Bivariate(random);
            var m = new BivariateMixture([0.5, 0.5], [data, generator]);

            double c = GanValue.Criterion(data, generator).Value;
            double viaKl = -LogFour + KullbackLeibler.ByQuadrature(data, m).Value
                + KullbackLeibler.ByQuadrature(generator, m).Value;
            double viaJsd = -LogFour + (2 * JensenShannon.ByQuadrature(data, generator).Value);

            var dStar = new BivariateOptimalDiscriminator(data, generator);
            double direct = GanValue.Compute(data, generator, dStar.Logit).Value;

            Assert.That(c, Is.EqualTo(viaKl).Within(1e-9), $"trial {trial}: {data} vs {generator}");
            Assert.That(direct, Is.EqualTo(viaKl).Within(1e-9), $"trial {trial}: V(G, D*) by its logit");
            Assert.That(c, Is.EqualTo(viaJsd).Within(1e-9), $"trial {trial}");
        }
    }

    [Test]
    public void Criterion_GeneratorEqualsData_IsMinusLogFourAndDStarIsHalf()
    {
        var random = new Random(4);
        for (int trial = 0; trial < 5; trial++)
        {
            IUnivariateDensity p = RandomDensities.Univariate(random);
            var dStar = new OptimalDiscriminator(p, p);

            Assert.That(GanValue.Criterion(p, p).Value, Is.EqualTo(-LogFour).Within(1e-12));
            Assert.That(dStar.Value(-2 + (4 * random.NextDouble())), Is.EqualTo(0.5));
        }

        IBivariateDensity ring = BenchmarkTargets.Ring8();
        Assert.That(GanValue.Criterion(ring, ring).Value, Is.EqualTo(-LogFour).Within(1e-11));
    }
}
