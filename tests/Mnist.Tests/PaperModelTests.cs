using GanTheory.Mnist.Model;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Tests;

[TestFixture]
[NonParallelizable]
public sealed class PaperModelTests
{
    [Test]
    public void Discriminator_PaperConfiguration_Has1231441Parameters()
    {
        using Generator generator = new(seed: 1);
        using PaperDiscriminator discriminator = new(new MnistGanConfig(), 784, generator);

        long count = discriminator.parameters().Sum(p => p.numel());

        // 784*1200 + 1200 (maxout 1) + 240*1200 + 1200 (maxout 2) + 240 + 1 (output).
        Assert.That(count, Is.EqualTo(1_231_441));
    }

    [Test]
    public void Generator_PaperConfiguration_Has2503984Parameters()
    {
        using Generator generator = new(seed: 1);
        using PaperGenerator g = new(new MnistGanConfig(), new float[784], generator);

        long count = g.parameters().Sum(p => p.numel());

        // 100*1200 + 1200 + 1200*1200 + 1200 + 1200*784 + 784.
        Assert.That(count, Is.EqualTo(2_503_984));
    }

    [Test]
    public void Discriminator_Weights_LieInReleasedRangeAndBiasesAreZero()
    {
        using Generator generator = new(seed: 1);
        using PaperDiscriminator discriminator = new(new MnistGanConfig(), 784, generator);

        foreach ((string name, TorchSharp.Modules.Parameter p) in discriminator.named_parameters())
        {
            float[] values = p.data<float>().ToArray();
            if (name.EndsWith("bias", StringComparison.Ordinal))
            {
                Assert.That(values, Is.All.EqualTo(0f), name);
            }
            else
            {
                Assert.That(values.Max(Math.Abs), Is.LessThanOrEqualTo(0.005f), name);
                Assert.That(values.Max(Math.Abs), Is.GreaterThan(0.004f), name);
            }
        }
    }

    [Test]
    public void Generator_OutputBias_IsLogitOfClippedPixelMeans()
    {
        float[] means = [0f, 0.5f, 0.25f, 1f];

        float[] bias = PaperGenerator.OutputBias(means);

        // logit(1e-7) = -16.118095...; logit(0.25) = -ln 3.
        Assert.That(bias[0], Is.EqualTo(-16.118095).Within(1e-4));
        Assert.That(bias[1], Is.EqualTo(0).Within(1e-7));
        Assert.That(bias[2], Is.EqualTo(-Math.Log(3)).Within(1e-6));
        Assert.That(bias[3], Is.EqualTo(16.118095).Within(1e-4));
    }

    [Test]
    public void Generator_AtStart_OutputsNearThePixelMeans()
    {
        using Generator generator = new(seed: 1);
        float[] means = [.. Enumerable.Range(0, 784).Select(j => 0.05f + (0.9f * j / 783))];
        using PaperGenerator g = new(new MnistGanConfig(), means, generator);
        using Tensor z = g.SampleNoise(16, generator);

        using Tensor x = g.forward(z);

        using Tensor average = x.mean([0]);
        float[] pixels = average.data<float>().ToArray();
        // Initial weights of 0.05 move the logits by a few hundredths; the mean image survives.
        Assert.That(pixels.Zip(means).Max(p => Math.Abs(p.First - p.Second)), Is.LessThan(0.1));
    }

    [Test]
    public void SampleNoise_IsUniformWithUnitVariance()
    {
        using Generator generator = new(seed: 2);
        using PaperGenerator g = new(new MnistGanConfig(), new float[784], generator);

        using Tensor z = g.SampleNoise(1000, generator);

        float[] values = z.data<float>().ToArray();
        Assert.That(values.Max(), Is.LessThanOrEqualTo((float)Math.Sqrt(3)));
        Assert.That(values.Min(), Is.GreaterThanOrEqualTo((float)-Math.Sqrt(3)));
        // 1e5 draws of variance 1 (4th moment 9/5): the variance estimate has SE ~ 0.0028.
        double variance = values.Average(v => (double)v * v);
        Assert.That(variance, Is.EqualTo(1).Within(0.015));
    }
}
