using static TorchSharp.torch;

namespace GanTheory.Experiments.Tests;

/// <summary>
/// Proves the build-time GLIBCXX patch works: libtorch loads, computes, and trains one step.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class TorchSharpLoadingTests
{
    [Test]
    public void Matmul_OfKnownMatrix_GivesKnownProduct()
    {
        using Tensor a = tensor(new float[] { 1, 2, 3, 4 }).reshape(2, 2);
        using Tensor product = a.matmul(a);

        Assert.That(product.data<float>().ToArray(), Is.EqualTo(new float[] { 7, 10, 15, 22 }));
    }

    [Test]
    public void SgdStep_OnQuadratic_MovesParameterByLearningRateTimesGradient()
    {
        // f(w) = (w - 3)^2 at w = 1 has gradient -4; one step of lr 0.1 gives w = 1.4.
        using var w = new TorchSharp.Modules.Parameter(tensor(new float[] { 1f }));
        using var sgd = optim.SGD(new[] { w }, learningRate: 0.1);
        using Tensor loss = (w - 3).pow(2).sum();

        loss.backward();
        sgd.step();

        Assert.That(w.data<float>()[0], Is.EqualTo(1.4f).Within(1e-6f));
    }
}
