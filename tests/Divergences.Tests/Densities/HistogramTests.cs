using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Densities;

public sealed class HistogramTests
{
    [Test]
    public void Density_UnequalBins_IsMassOverWidth()
    {
        var histogram = new Histogram([0.0, 1.0, 3.0], [1.0, 3.0]);

        Assert.That(histogram.Density(0.5), Is.EqualTo(0.25));
        Assert.That(histogram.Density(2.0), Is.EqualTo(0.375));
        Assert.That(histogram.Density(3.0), Is.EqualTo(0.375));
        Assert.That(histogram.Density(3.5), Is.Zero);
    }

    [Test]
    public void JensenShannon_TwoHistogramsOnCommonBins_EqualsDiscreteJsdOfMasses()
    {
        // On common bins the continuous JSD equals the discrete JSD of the bin masses.
        double[] edges = [0.0, 0.5, 1.5, 2.0, 4.0];
        double[] p = [0.1, 0.4, 0.2, 0.3];
        double[] q = [0.3, 0.3, 0.0, 0.4];

        double continuous = JensenShannon.Compute(new Histogram(edges, p), new Histogram(edges,
            q)).Value;

        Assert.That(continuous, Is.EqualTo(DiscreteDivergence.JensenShannon(p,
            q).Value).Within(1e-14));
    }

    [Test]
    public void Constructor_DecreasingEdges_ThrowsNamingEdges()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Histogram([0.0, 2.0,
            1.0], [0.5, 0.5]));

        Assert.That(ex!.ParamName, Is.EqualTo("edges"));
    }
}
