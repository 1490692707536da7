using GanTheory.Divergences.Integration;

namespace GanTheory.Divergences.Tests.Integration;

public sealed class AdaptiveQuadratureTests
{
    [Test]
    public void Integrate_DegreeTwentyPolynomial_IsExactOnOnePiece()
    {
        // K15 integrates polynomials up to degree 22 exactly: integral of x^20 on [0, 1] = 1/21.
        Estimate result = AdaptiveQuadrature.Integrate(x => Math.Pow(x, 20), 0.0, 1.0);

        Assert.That(result.Value, Is.EqualTo(1.0 / 21.0).Within(1e-15));
    }

    [Test]
    public void Integrate_ExponentialTail_IsOne()
    {
        Estimate result = AdaptiveQuadrature.Integrate(x => Math.Exp(-x), 0.0,
            double.PositiveInfinity);

        Assert.That(result.Value, Is.EqualTo(1.0).Within(1e-13));
        Assert.That(result.ErrorEstimate, Is.LessThan(1e-11));
    }

    [Test]
    public void Integrate_CauchyOverRealLine_IsPi()
    {
        Estimate result = AdaptiveQuadrature.Integrate(
            x => 1.0 / (1.0 + (x * x)), double.NegativeInfinity, double.PositiveInfinity, [0.0]);

        Assert.That(result.Value, Is.EqualTo(Math.PI).Within(1e-12));
    }

    [Test]
    public void Integrate_InfiniteIntegrandOnAnInterval_IsPositiveInfinity()
    {
        Estimate result = AdaptiveQuadrature.Integrate(
            x => x > 0.5 ? double.PositiveInfinity : 1.0, 0.0, 1.0, [0.5]);

        Assert.That(result.Value, Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void Integrate_NaNIntegrand_ThrowsArithmeticException()
    {
        Assert.Throws<ArithmeticException>(() => AdaptiveQuadrature.Integrate(_ => double.NaN, 0.0,
            1.0));
    }

    [Test]
    public void Integrate_UpperBelowLower_ThrowsNamingUpper()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AdaptiveQuadrature.Integrate(x => x, 1.0, 0.0));

        Assert.That(ex!.ParamName, Is.EqualTo("upper"));
    }

    [Test]
    public void Integrate_JumpAtBreakpoint_IsExact()
    {
        Estimate result = AdaptiveQuadrature.Integrate(x => x < 0.3 ? 2.0 : 1.0, 0.0, 1.0, [0.3]);

        Assert.That(result.Value, Is.EqualTo(1.3).Within(1e-15));
    }
}
