using GanTheory.Adversarial;
using static TorchSharp.torch;

namespace GanTheory.Experiments.Tests;

[TestFixture]
[NonParallelizable]
public sealed class GanLossesTests
{
    [Test]
    public void ValueEstimate_MatchesLogSigmoidFormula()
    {
        float[] real = [2f, -1f, 0.5f];
        float[] fake = [-3f, 0f, 1f];
        double expected = real.Average(l => Math.Log(Sigmoid(l)))
            + fake.Average(l => Math.Log(1 - Sigmoid(l)));

        using Tensor value = GanLosses.ValueEstimate(tensor(real), tensor(fake));

        Assert.That(value.item<float>(), Is.EqualTo(expected).Within(1e-6));
    }

    [Test]
    public void ValueEstimate_AtDEqualsOneHalf_IsMinusLogFour()
    {
        using Tensor logits = zeros(5);

        using Tensor value = GanLosses.ValueEstimate(logits, logits);

        Assert.That(value.item<float>(), Is.EqualTo(-Math.Log(4)).Within(1e-6));
    }

    [Test]
    public void Losses_AtExtremeLogits_StayFinite()
    {
        // A naive log(sigmoid(l)) gives -inf at l = -200 in float32.
        using Tensor real = tensor(new float[] { -200f });
        using Tensor fake = tensor(new float[] { 200f });

        using Tensor d = GanLosses.DiscriminatorLoss(real, fake);
        using Tensor g = GanLosses.GeneratorLoss(fake, GeneratorObjective.Minimax);

        Assert.That(d.item<float>(), Is.EqualTo(200f).Within(1e-3));
        Assert.That(g.item<float>(), Is.EqualTo(-200f).Within(1e-3));
    }

    [TestCase(GeneratorObjective.Minimax)]
    [TestCase(GeneratorObjective.NonSaturating)]
    public void GeneratorLoss_DecreasesWhenDiscriminatorIsFooled(GeneratorObjective objective)
    {
        using Tensor rejected = tensor(new float[] { -4f });
        using Tensor accepted = tensor(new float[] { 4f });

        using Tensor whenRejected = GanLosses.GeneratorLoss(rejected, objective);
        using Tensor whenAccepted = GanLosses.GeneratorLoss(accepted, objective);

        Assert.That(whenAccepted.item<float>(), Is.LessThan(whenRejected.item<float>()));
    }

    private static double Sigmoid(double l) => 1 / (1 + Math.Exp(-l));
}
