using GanTheory.Divergences.Densities;

namespace GanTheory.Divergences.Tests.Densities;

public sealed class UniformTests
{
    [Test]
    public void Density_InsideAndOutside_OneOverWidthOrZero()
    {
        var uniform = new Uniform(1.0, 5.0);

        Assert.That(uniform.Density(1.0), Is.EqualTo(0.25));
        Assert.That(uniform.Density(3.0), Is.EqualTo(0.25));
        Assert.That(uniform.Density(5.0), Is.EqualTo(0.25));
        Assert.That(uniform.Density(5.0000001), Is.Zero);
        Assert.That(uniform.DensityLn(0.0), Is.EqualTo(double.NegativeInfinity));
    }

    [TestCase(double.NaN, 1.0, "lower")]
    [TestCase(0.0, double.NaN, "upper")]
    [TestCase(0.0, double.PositiveInfinity, "upper")]
    [TestCase(1.0, 1.0, "upper")]
    [TestCase(2.0, 1.0, "upper")]
    public void Constructor_BadInterval_ThrowsNamingIt(double lower, double upper, string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Uniform(lower, upper));

        Assert.That(ex!.ParamName, Is.EqualTo(name));
    }

    [Test]
    public void Sample_Seeded_StaysInsideWithMeanWithinFourStandardErrors()
    {
        var uniform = new Uniform(-1.0, 3.0);
        var random = new Random(99);
        double[] draws = Enumerable.Range(0, 10000).Select(_ => uniform.Sample(random)).ToArray();

        // sd = 4 / sqrt(12) = 1.1547; standard error of the mean 0.011547.
        Assert.That(draws, Is.All.InRange(-1.0, 3.0));
        Assert.That(draws.Average(), Is.EqualTo(1.0).Within(4 * 0.011547));
    }
}
