using GanTheory.Adversarial.Layers;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Tests;

[TestFixture]
[NonParallelizable]
public sealed class MaxoutTests
{
    [Test]
    public void MaxOverPieces_ThreeUnitsOfTwoPieces_TakesConsecutiveRuns()
    {
        using Tensor preActivations = tensor(new float[] { 1, 5, 2, 0, 3, 4 }).reshape(1, 6);

        using Tensor units = Maxout.MaxOverPieces(preActivations, units: 3);

        Assert.That(units.shape, Is.EqualTo(new long[] { 1, 3 }));
        Assert.That(units.data<float>().ToArray(), Is.EqualTo(new float[] { 5, 2, 4 }));
    }

    [Test]
    public void MaxOverPieces_SevenPreActivationsForThreeUnits_IsRefused()
    {
        using Tensor preActivations = zeros(2, 7);

        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(
            () => Maxout.MaxOverPieces(preActivations, units: 3))!;

        Assert.That(error.ParamName, Is.EqualTo("preActivations"));
        Assert.That(error.ActualValue, Is.EqualTo(7L));
    }

    [Test]
    public void Forward_EqualsMaxOfAffineMap()
    {
        using Maxout layer = new(inputFeatures: 4, units: 3, pieces: 2);
        using Tensor x = tensor(new float[] { 0.5f, -1f, 2f, 0.25f }).reshape(1, 4);
        float[] weight = layer.Affine.weight!.data<float>().ToArray();
        float[] bias = layer.Affine.bias!.data<float>().ToArray();
        float[] xs = [0.5f, -1f, 2f, 0.25f];
        float[] affine = [.. Enumerable.Range(0, 6)
            .Select(o => bias[o] + Enumerable.Range(0, 4).Sum(i => weight[(o * 4) + i] * xs[i]))];

        using Tensor y = layer.forward(x);

        float[] expected = [.. Enumerable.Range(0, 3)
            .Select(j => Math.Max(affine[2 * j], affine[(2 * j) + 1]))];
        Assert.That(y.data<float>().ToArray(), Is.EqualTo(expected).Within(1e-5f));
    }
}
