using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Densities;

public sealed class BivariateHistogramTests
{
    private static readonly double[] XEdges = [0.0, 1.0, 3.0];
    private static readonly double[] YEdges = [-1.0, 0.0, 0.5];

    [Test]
    public void Density_EachBin_IsMassOverArea()
    {
        var histogram = new BivariateHistogram(XEdges, YEdges, new double[,] { { 1, 2 }, { 3,
            4 } });

        Assert.That(histogram.Density(0.5, -0.5), Is.EqualTo(0.1 / 1.0).Within(1e-15));
        Assert.That(histogram.Density(0.5, 0.25), Is.EqualTo(0.2 / 0.5).Within(1e-15));
        Assert.That(histogram.Density(2.0, -0.5), Is.EqualTo(0.3 / 2.0).Within(1e-15));
        Assert.That(histogram.Density(3.0, 0.5), Is.EqualTo(0.4 / 1.0).Within(1e-15));
        Assert.That(histogram.Density(3.1, 0.0), Is.Zero);
    }

    [Test]
    public void JensenShannon_TwoHistogramsOnCommonBins_EqualsDiscreteJsd()
    {
        var p = new BivariateHistogram(XEdges, YEdges, new double[,] { { 0.1, 0.2 }, { 0.3,
            0.4 } });
        var q = new BivariateHistogram(XEdges, YEdges, new double[,] { { 0.4, 0.0 }, { 0.3,
            0.3 } });

        double continuous = JensenShannon.Compute(p, q).Value;

        Assert.That(
            continuous,
            Is.EqualTo(DiscreteDivergence.JensenShannon([0.1, 0.2, 0.3, 0.4], [0.4, 0.0, 0.3,
                0.3]).Value)
                .Within(1e-14));
    }

    [Test]
    public void Constructor_ShapeMismatchOrNegativeMass_Throws()
    {
        Assert.Throws<ArgumentException>(() => _ = new BivariateHistogram(XEdges, YEdges,
            new double[1, 2]));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => _ = new BivariateHistogram(XEdges, YEdges, new double[,] { { 1, -1 }, { 1,
                1 } }));
    }
}
