using GanTheory.Adversarial.Training;
using static TorchSharp.torch;

namespace GanTheory.Experiments.Tests.Adversarial;

[TestFixture]
public sealed class LearningRateScheduleTests
{
    [TestCase(0, 0.004)]
    [TestCase(1, 0.003)]
    [TestCase(3, 0.001)]
    [TestCase(4, 0.0)]
    [TestCase(100, 0.0)]
    public void LinearDecay_At_FallsLinearlyToZero(long step, double expected)
    {
        var schedule = new LinearDecayLearningRate(0.004, 4);

        Assert.That(schedule.At(step), Is.EqualTo(expected).Within(1e-15));
    }

    [Test]
    public void Constant_At_IsTheRateAtEveryStep()
    {
        var schedule = new ConstantLearningRate(0.1);

        Assert.That(new[] { schedule.At(0), schedule.At(10_000) }, Is.All.EqualTo(0.1));
    }

    [TestCase(double.NaN)]
    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.PositiveInfinity)]
    public void LinearDecay_WithBadRate_Throws(double rate)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new LinearDecayLearningRate(rate, 10));

        Assert.That(error!.ParamName, Is.EqualTo("initial"));
    }

    [Test]
    [NonParallelizable]
    public void Apply_SetsEveryParameterGroup()
    {
        using var parameter = new TorchSharp.Modules.Parameter(zeros(1));
        using var adam = optim.Adam([parameter], 0.5);

        new LinearDecayLearningRate(0.5, 10).Apply(adam, 5);

        Assert.That(adam.ParamGroups.Select(g => g.LearningRate), Is.All.EqualTo(0.25).Within(1e-15));
    }
}
