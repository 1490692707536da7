using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Theorems;

/// <summary>JSD is symmetric, lies in [0, ln 2], is ln 2 for disjoint supports, and its square
/// root satisfies the triangle inequality (Endres and Schindelin 2003).</summary>
public sealed class JensenShannonPropertyTests
{
    [Test]
    public void Compute_RandomPairs_SymmetricAndBounded()
    {
        var random = new Random(11);
        for (int trial = 0; trial < 15; trial++)
        {
            IUnivariateDensity p = RandomDensities.Univariate(random);
            IUnivariateDensity q = RandomDensities.Univariate(random);

            double forward = JensenShannon.Compute(p, q).Value;

            Assert.That(forward, Is.EqualTo(JensenShannon.Compute(q, p).Value).Within(1e-13));
            Assert.That(forward, Is.InRange(0.0, Math.Log(2)));
        }
    }

    [Test]
    public void Distance_RandomTriples_SatisfyTriangleInequality()
    {
        var random = new Random(12);
        for (int trial = 0; trial < 15; trial++)
        {
            IUnivariateDensity p = RandomDensities.Univariate(random);
            IUnivariateDensity q = RandomDensities.Univariate(random);
            IUnivariateDensity r = RandomDensities.Univariate(random);

            double pq = JensenShannon.Distance(p, q).Value;
            double qr = JensenShannon.Distance(q, r).Value;
            double pr = JensenShannon.Distance(p, r).Value;

            Assert.That(pr, Is.LessThanOrEqualTo(pq + qr + 1e-12), $"trial {trial}");
        }
    }

    [Test]
    public void Compute_DisjointSupportsByQuadrature_IsLogTwo()
    {
        // The quadrature route, not the closed form, on supports that touch.
        var p = new Mixture([0.5, 0.5], [new Uniform(0, 1), new Uniform(3, 4)]);
        var q = new Uniform(1, 3);

        Assert.That(JensenShannon.ByQuadrature(p, q).Value, Is.EqualTo(Math.Log(2)).Within(1e-15));
    }
}
