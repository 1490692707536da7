using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Gan;

namespace GanTheory.Divergences.Tests.Theorems;

/// <summary>
/// Proposition 2 in function space: p_g is a histogram; at every step D = D* of the current
/// p_g, and p_g takes a convex-combination step towards the mirror-descent target
/// s ∝ p_g exp(-eta dC/dp_g), where dC/dp_g = log(1 - D*) (the envelope theorem: D* is optimal).
/// C(G) must fall at every step and approach -log 4.
/// </summary>
public sealed class PropositionTwoTests
{
    [Test]
    public void Criterion_MirrorStepsWithOptimalDiscriminator_FallMonotonicallyToMinusLogFour()
    {
        double[] edges = Enumerable.Range(0, 41).Select(i => -4.0 + (0.2 * i)).ToArray();
        var data = new Histogram(edges, Enumerable.Range(0, 40).Select(i => BinMass(edges,
            i)).ToArray());
        double[] masses = Enumerable.Repeat(1.0 / 40, 40).ToArray();
        double previous = double.PositiveInfinity;
        const double Eta = 0.5;
        const double Step = 0.5;

        for (int iteration = 0; iteration < 60; iteration++)
        {
            var generator = new Histogram(edges, masses);
            double c = GanValue.Criterion(data, generator).Value;
            Assert.That(c, Is.LessThan(previous), $"iteration {iteration}");
            Assert.That(c, Is.GreaterThanOrEqualTo(-Math.Log(4) - 1e-12));
            previous = c;

            var dStar = new OptimalDiscriminator(data, generator);
            double[] target = new double[masses.Length];
            for (int i = 0; i < masses.Length; i++)
            {
                double centre = 0.5 * (edges[i] + edges[i + 1]);
                target[i] = masses[i] * Math.Exp(-Eta * dStar.LogComplement(centre));
            }

            double total = target.Sum();
            for (int i = 0; i < masses.Length; i++)
            {
                masses[i] = ((1 - Step) * masses[i]) + (Step * target[i] / total);
            }
        }

        Assert.That(previous, Is.EqualTo(-Math.Log(4)).Within(1e-6));
    }

    // A two-bump data histogram, kept away from 0 so that every bin has data mass.
    private static double BinMass(double[] edges, int i)
    {
        double x = 0.5 * (edges[i] + edges[i + 1]);
        return 0.01 + Math.Exp(-2 * (x - 1.5) * (x - 1.5)) + (0.5 * Math.Exp(-4 * (x + 2) * (x
            + 2)));
    }
}
