using GanTheory.Divergences.Densities;

namespace GanTheory.Divergences.Tests.Densities;

public sealed class UniformBoxTests
{
    [Test]
    public void Density_InsideAndOutside_OneOverAreaOrZero()
    {
        var box = new UniformBox(0, 2, -1, 1);

        Assert.That(box.Density(1.0, 0.0), Is.EqualTo(0.25));
        Assert.That(box.Density(2.0, 1.0), Is.EqualTo(0.25));
        Assert.That(box.Density(2.1, 0.0), Is.Zero);
        Assert.That(box.DensityLn(0.0, -1.5), Is.EqualTo(double.NegativeInfinity));
    }

    [TestCase(0, 1, 1, 1, "yUpper")]
    [TestCase(0, 1, double.NaN, 1, "yLower")]
    [TestCase(1, 0, 0, 1, "xUpper")]
    public void Constructor_EmptyOrNaNSide_Throws(double xl, double xu, double yl, double yu,
        string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new UniformBox(xl, xu, yl,
            yu));

        Assert.That(ex!.ParamName, Is.EqualTo(name));
    }
}
