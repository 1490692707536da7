using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Tests.Measures;

public sealed class DiscreteDivergenceTests
{
    [Test]
    public void JensenShannon_PartlyDisjointVectors_MatchesReference()
    {
        // Reference: issue 3, JSD([0.3,0.3,0.4], [0.5,0.5,0]) = 0.16389659003355966.
        Estimate jsd = DiscreteDivergence.JensenShannon([0.3, 0.3, 0.4], [0.5, 0.5, 0.0]);

        Assert.That(jsd.Value, Is.EqualTo(0.16389659003355966).Within(1e-16));
    }

    [Test]
    public void KullbackLeibler_ZeroInP_UsesZeroLogZero()
    {
        // Reference: issue 3, KL([0,0.1,0.9] || [0.1,0.1,0.8]) = 0.10600473209074511.
        Estimate kl = DiscreteDivergence.KullbackLeibler([0.0, 0.1, 0.9], [0.1, 0.1, 0.8]);

        Assert.That(kl.Value, Is.EqualTo(0.10600473209074511).Within(1e-16));
    }

    [Test]
    public void KullbackLeibler_MassWhereQIsZero_IsPositiveInfinity()
    {
        // Reference: issue 3.
        Estimate kl = DiscreteDivergence.KullbackLeibler([0.3, 0.3, 0.4], [0.5, 0.5, 0.0]);

        Assert.That(kl.Value, Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void JensenShannon_DisjointInBits_IsOne()
    {
        Assert.That(
            DiscreteDivergence.JensenShannon([1.0, 0.0], [0.0, 1.0],
                unit: InformationUnit.Bits).Value,
            Is.EqualTo(1.0).Within(1e-15));
    }

    [Test]
    public void GanCriterion_IsMinusLogFourPlusTwoJsd()
    {
        double[] p = [0.1, 0.2, 0.3, 0.4];
        double[] q = [0.25, 0.25, 0.4, 0.1];

        double jsd = DiscreteDivergence.JensenShannon(p, q).Value;

        Assert.That(DiscreteDivergence.GanCriterion(p, q).Value, Is.EqualTo(-Math.Log(4)
            + (2 * jsd)).Within(1e-15));
    }

    [Test]
    public void TotalVariationAndHellinger_SmallExample_MatchHandComputation()
    {
        double[] p = [0.5, 0.5];
        double[] q = [0.9, 0.1];

        Assert.That(DiscreteDivergence.TotalVariation(p, q).Value, Is.EqualTo(0.4).Within(1e-15));
        double hellinger = 1 - (Math.Sqrt(0.45) + Math.Sqrt(0.05));
        Assert.That(DiscreteDivergence.SquaredHellinger(p, q).Value,
            Is.EqualTo(hellinger).Within(1e-15));
    }

    [Test]
    public void KullbackLeibler_NotSummingToOne_ThrowsNamingSumUnlessNormalised()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => DiscreteDivergence.KullbackLeibler([1.0, 2.0], [0.5, 0.5]));

        Assert.That(ex!.ParamName, Is.EqualTo("p"));
        Assert.That(ex.Message, Does.Contain("sum to 3"));
        Assert.That(
            DiscreteDivergence.KullbackLeibler([1.0, 2.0], [5.0, 5.0],
                ProbabilityInput.Normalise).Value,
            Is.EqualTo((Math.Log(2.0 / 3.0) / 3.0)
                + (2.0 / 3.0 * Math.Log(4.0 / 3.0))).Within(1e-15));
    }

    [Test]
    public void JensenShannon_BadEntriesOrLengths_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => DiscreteDivergence.JensenShannon([double.NaN, 1.0], [0.5, 0.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiscreteDivergence.JensenShannon([-0.5,
            1.5], [0.5, 0.5]));
        Assert.Throws<ArgumentException>(() => DiscreteDivergence.JensenShannon([1.0], [0.5, 0.5]));
    }
}
