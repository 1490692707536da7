using GanTheory.Experiments.Convergence;

namespace GanTheory.Experiments.Tests.Convergence;

[TestFixture]
public sealed class TheoryChecksTests
{
    private static readonly double MinusLogFour = -Math.Log(4);

    private static CheckpointMetrics Row(long step, double jsd, double v, double se, double dStar, double half) =>
        new(step, 1e-3, jsd, 1e-10, MinusLogFour + (2 * jsd), v, v, se, dStar, half, 0.5, 0.5, 0.69, 0.69);

    [Test]
    public void Assess_ConvergedRun_HoldsEveryClaim()
    {
        CheckpointMetrics[] rows =
        [
            Row(0, 0.5, -1.0, 0.01, 0.4, 0.3),
            Row(100, 0.004, MinusLogFour + 0.005, 0.002, 0.02, 0.01),
        ];

        IReadOnlyList<TheoryCheck> checks = TheoryChecks.Assess(rows);

        Assert.That(checks.Select(c => c.Held), Is.All.True);
    }

    // V may not exceed C(G) by more than 3 standard errors at any checkpoint.
    [Test]
    public void Assess_ValueAboveCriterionByFourStandardErrors_FailsTheBound()
    {
        CheckpointMetrics[] rows = [Row(0, 0.004, MinusLogFour + 0.008 + 0.004, 0.001, 0.02, 0.01)];

        TheoryCheck bound = TheoryChecks.Assess(rows)[0];

        Assert.That(bound.Held, Is.False);
        Assert.That(bound.Evidence, Does.Contain("+4.0 standard errors"));
    }

    [Test]
    public void Assess_JsdAboveLimit_FailsTheMinimumClaim()
    {
        CheckpointMetrics[] rows = [Row(0, 0.5, -1.0, 0.01, 0.4, 0.3), Row(9, 0.02, -1.4, 0.01, 0.02, 0.01)];

        Assert.That(TheoryChecks.Assess(rows)[2].Held, Is.False);
    }

    // The user's minimax + SGD run: D stayed near 1/2 (as an untrained D does) while p_g
    // never reached p_data (JSD 0.048), so "D approaches 1/2" must not hold.
    [Test]
    public void Assess_DNearHalfButJsdAboveLimit_FailsTheHalfClaim()
    {
        CheckpointMetrics[] rows = [Row(0, 0.66, -1.0, 0.01, 0.5, 0.019), Row(9, 0.048, -1.3, 0.01, 0.1, 0.02)];

        TheoryCheck half = TheoryChecks.Assess(rows)[4];

        Assert.That(half.Held, Is.False);
        Assert.That(half.Evidence, Does.Contain("JSD = 0.0480 (limit 0.01)"));
    }

    [Test]
    public void Assess_JsdBelowLimitButDFarFromHalf_FailsTheHalfClaim()
    {
        CheckpointMetrics[] rows = [Row(0, 0.5, -1.0, 0.01, 0.4, 0.3), Row(9, 0.004, -1.38, 0.01, 0.02, 0.08)];

        Assert.That(TheoryChecks.Assess(rows)[4].Held, Is.False);
    }
}
