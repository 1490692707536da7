using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;

namespace GanTheory.Divergences.Tests.Densities;

public sealed class BenchmarkTargetsTests
{
    [Test]
    public void Ring8_Modes_AreEightDistinctPointsOnTheUnitCircle()
    {
        BivariateMixture ring = BenchmarkTargets.Ring8();
        var means = ring.Components.Cast<BivariateNormal>().Select(n => (n.MeanX,
            n.MeanY)).ToArray();

        Assert.That(means, Has.Length.EqualTo(8));
        for (int i = 0; i < 8; i++)
        {
            double angle = 2 * Math.PI * i / 8;
            Assert.That(means[i].MeanX, Is.EqualTo(Math.Cos(angle)).Within(1e-15));
            Assert.That(means[i].MeanY, Is.EqualTo(Math.Sin(angle)).Within(1e-15));
            for (int j = 0; j < i; j++)
            {
                double distance = Math.Sqrt(
                    Math.Pow(means[i].MeanX - means[j].MeanX, 2)
                        + Math.Pow(means[i].MeanY - means[j].MeanY, 2));
                Assert.That(distance, Is.GreaterThan(0.7),
                    "modes must not repeat (the 0 / 2 pi bug)");
            }
        }
    }

    [Test]
    public void Ring8_Mass_IsOneWithNarrowModesFound()
    {
        // Reference: 1. Sigma 0.01 modes: a grid that missed them would return about 0.
        BivariateMixture ring = BenchmarkTargets.Ring8();

        Estimate mass = AdaptiveCubature.Integrate(ring.Density, ring.Extent, ring.XBreakpoints,
            ring.YBreakpoints);

        Assert.That(mass.Value, Is.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void Ring8_DensityAtEachMode_IsOneEighthOfPeak()
    {
        BivariateMixture ring = BenchmarkTargets.Ring8();
        double peak = 1.0 / (2 * Math.PI * 0.01 * 0.01);

        for (int i = 0; i < 8; i++)
        {
            double angle = 2 * Math.PI * i / 8;
            Assert.That(ring.Density(Math.Cos(angle), Math.Sin(angle)),
                Is.EqualTo(peak / 8).Within(1e-9 * peak));
        }
    }

    [Test]
    public void Grid25_Modes_AreTheTwentyFivePointsOfTheGrid()
    {
        BivariateMixture grid = BenchmarkTargets.Grid25();
        var means = grid.Components.Cast<BivariateNormal>().Select(n => (n.MeanX,
            n.MeanY)).ToHashSet();
        var expected = (from x in new[] { -4.0, -2, 0, 2, 4 } from y in new[] { -4.0, -2, 0, 2,
            4 } select (x, y))
            .ToHashSet();

        Assert.That(means.SetEquals(expected), Is.True);
        Assert.That(grid.Components.Cast<BivariateNormal>().All(n => n.Sxx == 0.05 * 0.05),
            Is.True);
    }

    [Test]
    public void Sample_Ring8Seeded_EveryModeGetsItsShareWithinFourStandardErrors()
    {
        BivariateMixture ring = BenchmarkTargets.Ring8();
        var random = new Random(8);
        int[] counts = new int[8];
        const int N = 8000;
        for (int k = 0; k < N; k++)
        {
            (double x, double y) = ring.Sample(random);
            double angle = Math.Atan2(y, x);
            counts[((int)Math.Round(angle / (2 * Math.PI / 8)) + 8) % 8]++;
        }

        // Binomial standard error sqrt(N (1/8)(7/8)) = 29.6 around N / 8 = 1000.
        Assert.That(counts, Is.All.InRange(1000 - (4 * 29.6), 1000 + (4 * 29.6)));
    }
}
