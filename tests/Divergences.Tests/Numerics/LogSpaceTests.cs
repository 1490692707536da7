using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Tests.Numerics;

public sealed class LogSpaceTests
{
    [Test]
    public void Log1P_Tiny_KeepsAllDigits()
    {
        Assert.That(LogSpace.Log1P(1e-20), Is.EqualTo(1e-20));
        Assert.That(LogSpace.Log1P(1e-10), Is.EqualTo(1e-10 - 5e-21).Within(1e-26));
    }

    [TestCase(-800.0, 0.0)]
    [TestCase(-39.5, 7.0043520261686452e-18)]
    [TestCase(800.0, 800.0)]
    public void Softplus_Extremes_StaysExact(double l, double expected)
    {
        Assert.That(LogSpace.Softplus(l),
            Is.EqualTo(expected).Within(1e-15 * Math.Max(expected, 1e-300)));
    }

    [Test]
    public void LogAddExp_WithMinusInfinity_ReturnsOther()
    {
        Assert.That(LogSpace.LogAddExp(double.NegativeInfinity, -3.0), Is.EqualTo(-3.0));
        Assert.That(LogSpace.LogAddExp(double.NegativeInfinity, double.NegativeInfinity),
            Is.EqualTo(double.NegativeInfinity));
        Assert.That(LogSpace.LogAddExp(-1000.0, -1000.0), Is.EqualTo(-1000.0
            + Math.Log(2)).Within(1e-12));
    }

    [Test]
    public void Sigmoid_LargeNegative_NoUnderflowToNaN()
    {
        Assert.That(LogSpace.Sigmoid(-49.5), Is.EqualTo(3.1799709001977495e-22).Within(1e-35));
        Assert.That(LogSpace.Sigmoid(double.NegativeInfinity), Is.Zero);
        Assert.That(LogSpace.Sigmoid(double.PositiveInfinity), Is.EqualTo(1.0));
    }
}
