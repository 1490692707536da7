using GanTheory.Adversarial.Models;
using GanTheory.Adversarial.Training;
using static TorchSharp.torch;

namespace GanTheory.Experiments.Tests.Adversarial;

[TestFixture]
[NonParallelizable]
public sealed class ScalarPerceptronTests
{
    [TestCase(HiddenActivation.Tanh)]
    [TestCase(HiddenActivation.LeakyRelu)]
    [TestCase(HiddenActivation.Relu)]
    public void Evaluate_MatchesTheNetworkToFloatPrecision(HiddenActivation activation)
    {
        RandomStreams.SeedTorch(3);
        using var network = new MultilayerPerceptron("net", 1, [16, 9], 1, activation);
        float[] x = [-3f, -0.7f, 0f, 0.25f, 1.9f, 4f];
        float[] expected;
        using (no_grad())
        using (Tensor output = network.forward(tensor(x).reshape(x.Length, 1)))
        {
            expected = output.data<float>().ToArray();
        }

        var copy = new ScalarPerceptron(network);

        for (int i = 0; i < x.Length; i++)
        {
            Assert.That(copy.Evaluate(x[i]), Is.EqualTo(expected[i]).Within(1e-5), $"x = {x[i]}");
        }
    }

    [Test]
    public void Constructor_WithTwoOutputs_Throws()
    {
        using var network = new MultilayerPerceptron("net", 1, [4], 2, HiddenActivation.Tanh);

        Assert.Throws<ArgumentException>(() => _ = new ScalarPerceptron(network));
    }
}
