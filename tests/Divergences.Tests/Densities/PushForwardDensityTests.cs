using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Densities;

public sealed class PushForwardDensityTests
{
    [Test]
    public void FromUniformNoise_AffineGenerator_IsExactlyTheUniform()
    {
        // G(z) = 3z + 1 on z ~ U(0, 1) has density 1/3 on [1, 4].
        double[] g = Grid(0.0, 1.0, 1000).Select(z => (3.0 * z) + 1.0).ToArray();
        var pushForward = PushForwardDensity.FromUniformNoise(g);

        Assert.That(pushForward.SupportLower, Is.EqualTo(1.0));
        Assert.That(pushForward.SupportUpper, Is.EqualTo(4.0).Within(1e-15));
        foreach (double x in new[] { 1.0, 1.7, 2.5, 3.999 })
        {
            Assert.That(pushForward.Density(x), Is.EqualTo(1.0 / 3.0).Within(1e-12));
        }

        Assert.That(pushForward.Density(0.999), Is.Zero);
        Assert.That(pushForward.Density(4.001), Is.Zero);
        Assert.That(JensenShannon.Compute(pushForward, new Uniform(1.0, 4.0)).Value,
            Is.EqualTo(0.0).Within(1e-12));
    }

    [Test]
    public void FromUniformNoise_SquareOnSymmetricNoise_MatchesOneOverTwoRootY()
    {
        // G(z) = z^2 on U(-1, 1): p(y) = 1 / (2 sqrt y) on (0, 1); the two branches overlap.
        const int Cells = 2000;
        double[] z = Grid(-1.0, 1.0, Cells);
        var pushForward = PushForwardDensity.FromUniformNoise(z.Select(v => v * v).ToArray());

        // The piece over y holds 1 / (z_i + z_{i+1}) for the grid cell around sqrt(y):
        // relative error at most the cell width dz = 0.001 divided by sqrt(y).
        foreach (double y in new[] { 0.04, 0.25, 0.5, 0.81 })
        {
            double exact = 1.0 / (2.0 * Math.Sqrt(y));
            Assert.That(pushForward.Density(y),
                Is.EqualTo(exact).Within(exact * 0.001 / Math.Sqrt(y)));
        }

        // The mass below z_k^2 is exactly P(|z| <= z_k) = z_k: the construction keeps cell masses.
        double zk = z[1700];
        Estimate mass = AdaptiveQuadrature.Integrate(pushForward.Density, 0.0, zk * zk,
            pushForward.Breakpoints);
        Assert.That(mass.Value, Is.EqualTo(zk).Within(1e-12));
    }

    [Test]
    public void FromUniformNoise_NonMonotoneTent_AddsOverlappingCellsToUniform()
    {
        // The tent map G(z) = 1 - |2z - 1| folds U(0, 1) onto itself twice: the result is U(0, 1).
        // With an even cell count the apex is a grid point, so the two branches tile [0, 1]
        // exactly.
        double[] g = Grid(0.0, 1.0, 1000).Select(z => 1.0 - Math.Abs((2.0 * z) - 1.0)).ToArray();
        var pushForward = PushForwardDensity.FromUniformNoise(g);

        foreach (double x in new[] { 0.0005, 0.3, 0.5, 0.77, 0.9995 })
        {
            Assert.That(pushForward.Density(x), Is.EqualTo(1.0).Within(1e-9));
        }

        Estimate jsd = JensenShannon.ByQuadrature(pushForward, new Uniform(0.0, 1.0));
        Assert.That(jsd.Value, Is.EqualTo(0.0).Within(1e-12));
    }

    [Test]
    public void FromUniformNoise_DeadReluRegion_WidensAtomAndStaysFinite()
    {
        // G(z) = max(z, 0) on U(-1, 1): half the mass sits on the single point 0.
        double[] g = Grid(-1.0, 1.0, 2000).Select(z => Math.Max(z, 0.0)).ToArray();
        var pushForward = PushForwardDensity.FromUniformNoise(g);

        double width = pushForward.MinimumCellWidth;
        Assert.That(width, Is.EqualTo(1e-9));
        Assert.That(pushForward.Density(0.0), Is.EqualTo(0.5 / width).Within(1e-6 * 0.5 / width));
        Assert.That(double.IsFinite(pushForward.DensityLn(0.0)), Is.True);

        Estimate mass = AdaptiveQuadrature.Integrate(
            pushForward.Density, pushForward.SupportLower, pushForward.SupportUpper, pushForward.Breakpoints);
        Assert.That(mass.Value, Is.EqualTo(1.0).Within(1e-12));

        // p_g = atom/2 + U(0,1)/2 against U(0,1): (ln 2)/4 from the atom, and on (0, 1)
        // (ln(4/3) + ln(2/3)/2)/2; the widened atom changes this by O(width).
        double expected = (Math.Log(2) / 4) + (0.5 * (Math.Log(4.0 / 3.0)
            + (0.5 * Math.Log(2.0 / 3.0))));
        Estimate jsd = JensenShannon.Compute(new Uniform(0.0, 1.0), pushForward);
        Assert.That(jsd.Value, Is.EqualTo(expected).Within(1e-8));
    }

    [Test]
    public void FromNoiseGrid_AffineMapOfNormalNoise_ApproachesTheNormal()
    {
        // 10^5 cells of G(z) = 2z + 1 on N(0, 1) noise over [-10, 10]: a piecewise constant
        // approximation of N(1, 2^2) whose JSD to it is O(h^2) with h = 2e-4.
        double[] z = Grid(-10.0, 10.0, 100000);
        var pushForward = PushForwardDensity.FromNoiseGrid(
            z, z.Select(v => (2.0 * v) + 1.0).ToArray(), new Normal(0.0, 1.0));

        Estimate jsd = JensenShannon.Compute(new Normal(1.0, 2.0), pushForward);

        Assert.That(jsd.Value, Is.InRange(0.0, 1e-8));
        Assert.That(jsd.ErrorEstimate, Is.LessThan(1e-10));
    }

    [Test]
    public void Sample_Seeded_MeanOfSquareMapWithinFourStandardErrors()
    {
        double[] g = Grid(-1.0, 1.0, 2000).Select(v => v * v).ToArray();
        var pushForward = PushForwardDensity.FromUniformNoise(g);
        var random = new Random(5);

        double mean = Enumerable.Range(0, 20000).Average(_ => pushForward.Sample(random));

        // E[z^2] = 1/3, Var[z^2] = 1/5 - 1/9 = 4/45: standard error sqrt(4/45/20000) = 0.00211.
        Assert.That(mean, Is.EqualTo(1.0 / 3.0).Within(4 * 0.00211));
    }

    [Test]
    public void Constructor_NaNValueOrLengthMismatch_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PushForwardDensity.FromUniformNoise([0.0,
            double.NaN, 1.0]));
        Assert.Throws<ArgumentException>(() => _ = new PushForwardDensity([0.0, 1.0], [0.5, 0.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new PushForwardDensity([0.0, 1.0,
            2.0], [0.5, -0.5]));
    }

    private static double[] Grid(double a, double b, int cells) =>
        Enumerable.Range(0, cells + 1).Select(i => a + ((b - a) * i / cells)).ToArray();
}
