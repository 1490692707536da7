using GanTheory.Mnist.Training;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Tests;

[TestFixture]
[NonParallelizable]
public sealed class ClassicMomentumTests
{
    [Test]
    public void Step_TwoSteps_FollowPylearn2Rule()
    {
        using Parameter theta = new(tensor(new float[] { 1f }));
        using ClassicMomentum optimiser = new([theta]);
        using Tensor gradient = tensor(new float[] { 2f });

        // v1 = 0.5 * 0 - 0.1 * 2 = -0.2, theta1 = 0.8;
        // v2 = 0.5 * (-0.2) - 0.05 * 2 = -0.2, theta2 = 0.6 (eta changed between the steps).
        optimiser.Step([gradient], learningRate: 0.1, momentum: 0.5);
        Assert.That(theta.item<float>(), Is.EqualTo(0.8f).Within(1e-6));
        optimiser.Step([gradient], learningRate: 0.05, momentum: 0.5);

        Assert.That(theta.item<float>(), Is.EqualTo(0.6f).Within(1e-6));
        Assert.That(optimiser.Velocities[0].item<float>(), Is.EqualTo(-0.2f).Within(1e-6));
    }

    [Test]
    public void Step_WrongGradientCount_IsRefused()
    {
        using Parameter theta = new(zeros(2));
        using ClassicMomentum optimiser = new([theta]);

        Assert.Throws<ArgumentOutOfRangeException>(() => optimiser.Step([], 0.1, 0.5));
    }
}
