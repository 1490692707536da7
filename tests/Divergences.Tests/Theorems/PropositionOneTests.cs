using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Gan;

namespace GanTheory.Divergences.Tests.Theorems;

/// <summary>Proposition 1 of Goodfellow et al. (2014): for fixed G, D*(x) = p_data / (p_data + p_g)
/// maximises V(G, D).</summary>
public sealed class PropositionOneTests
{
    [Test]
    public void PointwiseObjective_RandomWeights_PeaksAtRatio()
    {
        // y -> a log y + b log(1 - y) on a fine grid: the best grid point is next to a / (a + b).
        var random = new Random(1);
        for (int trial = 0; trial < 50; trial++)
        {
            double a = 0.01 + (5 * random.NextDouble());
            double b = 0.01 + (5 * random.NextDouble());
            double best = Enumerable.Range(1, 99999).Select(i => i / 100000.0)
                .MaxBy(y => (a * Math.Log(y)) + (b * Math.Log(1 - y)));

            Assert.That(best, Is.EqualTo(a / (a + b)).Within(1e-5));
        }
    }

    [Test]
    public void Compute_RandomPerturbationsOfOptimalLogit_LowerV()
    {
        var random = new Random(2);
        for (int trial = 0; trial < 8; trial++)
        {
            IUnivariateDensity data = RandomDensities.Univariate(random);
            IUnivariateDensity generator = RandomDensities.Univariate(random);
            var dStar = new OptimalDiscriminator(data, generator);
            double optimum = GanValue.Compute(data, generator, dStar.Logit).Value;
            double amplitude = 0.05 + (0.5 * random.NextDouble());
            double frequency = 0.2 + (2 * random.NextDouble());
            double phase = 2 * Math.PI * random.NextDouble();

            // A bounded perturbation keeps D admissible (in (0, 1)) wherever D* is.
            double Perturbed(double x) => dStar.Logit(x) + (amplitude * Math.Sin((frequency * x)
                + phase));

            Assert.That(GanValue.Compute(data, generator, Perturbed).Value, Is.LessThan(optimum));
        }
    }

    [Test]
    public void Compute_BivariatePerturbedOptimalLogit_LowersV()
    {
        IBivariateDensity data = BenchmarkTargets.Ring8(1.0, 0.2);
        IBivariateDensity generator = new BivariateNormal(0.1, 0, 0.6, 0.1, 0.5);
        var dStar = new BivariateOptimalDiscriminator(data, generator);
        double optimum = GanValue.Compute(data, generator, dStar.Logit).Value;

        double Perturbed(double x, double y) => dStar.Logit(x, y) + (0.3 * Math.Cos((2 * x) - y));

        Assert.That(optimum, Is.EqualTo(GanValue.Criterion(data, generator).Value).Within(1e-9));
        Assert.That(GanValue.Compute(data, generator, Perturbed).Value, Is.LessThan(optimum));
    }
}
