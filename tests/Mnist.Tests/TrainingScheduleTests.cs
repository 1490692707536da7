using GanTheory.Mnist.Model;
using GanTheory.Mnist.Training;

namespace GanTheory.Mnist.Tests;

[TestFixture]
public sealed class TrainingScheduleTests
{
    private static readonly MnistGanConfig Paper = new();

    // 0.1 / 1.000004^t: t = 1e5 gives 0.1 exp(-1e5 ln 1.000004) = 0.1 exp(-0.3999992) = 0.0670320.
    [TestCase(0L, 0.1)]
    [TestCase(1L, 0.1 / 1.000004)]
    [TestCase(100_000L, 0.0670320)]
    [TestCase(10_000_000L, 1e-6)]
    public void LearningRate_ReleasedDecay_MatchesFormula(long iteration, double expected)
    {
        Assert.That(TrainingSchedule.LearningRate(Paper, iteration), Is.EqualTo(expected).Within(1e-7));
    }

    // Linear from 0.5 at epoch 1 to 0.7 at epoch 250, then constant.
    [TestCase(1, 0.5)]
    [TestCase(125, 0.5 + (0.2 * 124 / 249))]
    [TestCase(250, 0.7)]
    [TestCase(1000, 0.7)]
    public void Momentum_ReleasedAdjustor_MatchesFormula(int epoch, double expected)
    {
        Assert.That(TrainingSchedule.Momentum(Paper, epoch), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Momentum_EpochZero_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainingSchedule.Momentum(Paper, 0));
    }
}
