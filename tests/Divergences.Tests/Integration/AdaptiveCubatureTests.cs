using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;

namespace GanTheory.Divergences.Tests.Integration;

public sealed class AdaptiveCubatureTests
{
    [Test]
    public void Integrate_ProductPolynomial_IsExact()
    {
        // Integral of x^10 y^12 over [0,1]^2 = 1/11 · 1/13.
        Estimate result = AdaptiveCubature.Integrate(
            (x, y) => Math.Pow(x, 10) * Math.Pow(y, 12), new AxisBox(0, 1, 0, 1));

        Assert.That(result.Value, Is.EqualTo(1.0 / 143.0).Within(1e-15));
    }

    [Test]
    public void Integrate_JumpAlongBreakpoints_IsExact()
    {
        Estimate result = AdaptiveCubature.Integrate(
            (x, y) => x < 0.25 && y > 0.5 ? 3.0 : 1.0, new AxisBox(0, 1, 0, 1), [0.25], [0.5]);

        Assert.That(result.Value, Is.EqualTo(1.25).Within(1e-15));
    }

    [Test]
    public void Integrate_InfiniteOnAPatch_IsPositiveInfinity()
    {
        Estimate result = AdaptiveCubature.Integrate(
            (x, _) => x > 0.5 ? double.PositiveInfinity : 0.0, new AxisBox(0, 1, 0, 1), [0.5]);

        Assert.That(result.Value, Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void Integrate_NaN_Throws()
    {
        Assert.Throws<ArithmeticException>(
            () => AdaptiveCubature.Integrate((_, _) => double.NaN, new AxisBox(0, 1, 0, 1)));
    }

    [Test]
    public void Integrate_InfiniteBox_ThrowsNamingBox()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AdaptiveCubature.Integrate((_,
            _) => 1.0, AxisBox.Plane));

        Assert.That(ex!.ParamName, Is.EqualTo("box"));
    }
}
