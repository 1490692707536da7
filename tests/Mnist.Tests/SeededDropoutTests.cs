using GanTheory.Adversarial.Layers;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Tests;

[TestFixture]
[NonParallelizable]
public sealed class SeededDropoutTests
{
    [TestCase(0.8, 1.25f)]
    [TestCase(0.5, 2f)]
    public void Forward_Training_KeepsInputsScaledByInverseKeep(double keep, float scale)
    {
        using Generator generator = new(seed: 7);
        using SeededDropout dropout = new(keep, generator);
        dropout.train();
        using Tensor x = ones(100_000);

        using Tensor y = dropout.forward(x);

        float[] values = y.data<float>().ToArray();
        Assert.That(values.Distinct().Order(), Is.EqualTo(new[] { 0f, scale }));
        // Kept share ~ Binomial(1e5, keep) / 1e5: standard error <= 0.0016; allow 5 of them.
        double kept = values.Count(v => v != 0) / 1e5;
        Assert.That(kept, Is.EqualTo(keep).Within(0.008));
    }

    [Test]
    public void Forward_Evaluation_IsIdentity()
    {
        using Generator generator = new(seed: 7);
        using SeededDropout dropout = new(0.5, generator);
        dropout.eval();
        using Tensor x = tensor(new float[] { 1, -2, 3 });

        using Tensor y = dropout.forward(x);

        Assert.That(y.data<float>().ToArray(), Is.EqualTo(new float[] { 1, -2, 3 }));
    }

    [Test]
    public void Forward_SameSeed_SameMask()
    {
        using Generator generator = new(seed: 3);
        using SeededDropout dropout = new(0.5, generator);
        dropout.train();
        using Tensor x = ones(64);

        generator.manual_seed(11);
        using Tensor first = dropout.forward(x);
        generator.manual_seed(11);
        using Tensor second = dropout.forward(x);

        Assert.That(second.data<float>().ToArray(), Is.EqualTo(first.data<float>().ToArray()));
    }

    [TestCase(0.0)]
    [TestCase(1.5)]
    [TestCase(double.NaN)]
    public void Constructor_KeepOutsideUnitInterval_IsRefused(double keep)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SeededDropout(keep, null));
    }
}
