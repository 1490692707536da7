using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Densities;

public sealed class GaussianKdeTests
{
    private static readonly double[] Five = [1.0, 2.0, 3.0, 4.0, 10.0];

    [Test]
    public void Scott_FivePoints_IsStandardDeviationTimesNToMinusOneFifth()
    {
        // s = sqrt(((-3)^2 + (-2)^2 + (-1)^2 + 0^2 + 6^2) / 4) = sqrt(12.5); n^(-1/5) = 5^(-0.2).
        Assert.That(KdeBandwidth.Scott(Five), Is.EqualTo(Math.Sqrt(12.5) * Math.Pow(5,
            -0.2)).Within(1e-15));
    }

    [Test]
    public void Silverman_FivePoints_UsesInterquartileRangeWhenSmaller()
    {
        // Quartiles (type 7) 2 and 4: IQR / 1.34 = 1.4925 < s = 3.5355.
        double expected = 0.9 * (2.0 / 1.34) * Math.Pow(5, -0.2);

        Assert.That(KdeBandwidth.Silverman(Five), Is.EqualTo(expected).Within(1e-15));
    }

    [Test]
    public void Bandwidths_ScaledData_ScaleLinearly()
    {
        double[] scaled = Array.ConvertAll(Five, x => 10 * x);

        Assert.That(KdeBandwidth.Scott(scaled),
            Is.EqualTo(10 * KdeBandwidth.Scott(Five)).Within(1e-13));
        Assert.That(KdeBandwidth.Silverman(scaled),
            Is.EqualTo(10 * KdeBandwidth.Silverman(Five)).Within(1e-13));
    }

    [Test]
    public void Density_MatchesDirectSumOfKernels()
    {
        var kde = new GaussianKde(Five, 0.7);

        foreach (double x in new[] { -1.0, 2.5, 6.0, 10.2 })
        {
            double direct = Five.Sum(xi => new Normal(xi, 0.7).Density(x)) / 5;
            Assert.That(kde.Density(x), Is.EqualTo(direct).Within(1e-15 * Math.Max(direct,
                1e-300)));
        }
    }

    [Test]
    public void DensityLn_FarBeyondData_IsFiniteAndExact()
    {
        var kde = new GaussianKde(Five, 0.5);

        // 200 away from the nearest sample (10): log(1/5) + log N(200; 10, 0.25) exactly.
        Assert.That(kde.DensityLn(210.0), Is.EqualTo(Math.Log(0.2) + new Normal(10,
            0.5).DensityLn(210.0)).Within(1e-10));
    }

    [Test]
    public void Mass_OverRealLine_IsOne()
    {
        var kde = GaussianKde.WithSilvermanBandwidth(Five);

        Estimate mass = AdaptiveQuadrature.Integrate(
            kde.Density, double.NegativeInfinity, double.PositiveInfinity, kde.Breakpoints, kde.Scale);

        Assert.That(mass.Value, Is.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void JensenShannon_KdeOfSeededNormalSample_IsSmall()
    {
        var normal = new Normal(0, 1);
        var random = new Random(3);
        double[] samples = Enumerable.Range(0, 2000).Select(_ => normal.Sample(random)).ToArray();

        double jsd = JensenShannon.Compute(GaussianKde.WithScottBandwidth(samples), normal).Value;

        // Bias + variance of a 2000-point KDE: 5.5e-4 with this seed; 5e-3 leaves a wide margin.
        Assert.That(jsd, Is.InRange(0.0, 5e-3));
    }

    [Test]
    public void Constructors_BadInput_ThrowNamingArgument()
    {
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => _ = new GaussianKde(Five,
            0.0))!.ParamName, Is.EqualTo("bandwidth"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => KdeBandwidth.Scott([1.0,
            1.0]))!.ParamName, Is.EqualTo("samples"));
        var nan = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new GaussianKde([double.NaN], 1.0));
        Assert.That(nan!.ParamName, Is.EqualTo("samples"));
    }
}
