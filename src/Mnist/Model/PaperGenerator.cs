using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Model;

/// <summary>
/// The paper's MNIST generator: z (100) -> Linear 1200 + ReLU -> Linear 1200 + ReLU ->
/// Linear 784 + sigmoid, pixel intensities in (0, 1). Noise enters only at the bottom layer.
/// </summary>
/// <remarks>
/// Released initialisation: weights uniform on [-0.05, 0.05], hidden biases 0, output bias
/// b_j = logit(clip(mean_j, 1e-7, 1 - 1e-7)) with mean_j pixel j's mean over the training
/// images (pylearn2's init_sigmoid_bias_from_marginals), so that G starts at the mean image.
/// </remarks>
public sealed class PaperGenerator : nn.Module<Tensor, Tensor>
{
    /// <summary>Clip of the pixel means before the logit, as in the released code.</summary>
    public const double MarginalClip = 1e-7;

    private readonly Linear _hidden1;
    private readonly Linear _hidden2;
    private readonly Linear _output;

    /// <summary>Creates the generator with the released initialisation.</summary>
    /// <param name="config">Sizes and initialisation range.</param>
    /// <param name="pixelMeans">Each output pixel's mean over the training images, in [0, 1].</param>
    /// <param name="generator">Source of the initial weights.</param>
    public PaperGenerator(MnistGanConfig config, float[] pixelMeans, Generator generator)
        : base("generator")
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(pixelMeans);
        NoiseDimension = config.NoiseDimension;
        _hidden1 = nn.Linear(config.NoiseDimension, config.GeneratorHidden);
        _hidden2 = nn.Linear(config.GeneratorHidden, config.GeneratorHidden);
        _output = nn.Linear(config.GeneratorHidden, pixelMeans.Length);
        RegisterComponents();

        using (no_grad())
        {
            foreach (Linear layer in new[] { _hidden1, _hidden2, _output })
            {
                double r = config.GeneratorInitRange;
                layer.weight!.uniform_(-r, r, generator);
                layer.bias!.zero_();
            }
            using Tensor bias = tensor(OutputBias(pixelMeans));
            _output.bias!.copy_(bias);
        }
    }

    /// <summary>Dimension of z.</summary>
    public int NoiseDimension { get; }

    /// <summary>[batch, noise] -> [batch, pixels] in (0, 1).</summary>
    public override Tensor forward(Tensor input)
    {
        using Tensor h1 = _hidden1.forward(input).relu_();   // [batch, 1200]
        using Tensor h2 = _hidden2.forward(h1).relu_();   // [batch, 1200]
        using Tensor logits = _output.forward(h2);         // [batch, 784]
        return logits.sigmoid();                           // [batch, 784]
    }

    /// <summary>
    /// z uniform on [-sqrt 3, sqrt 3]^d (mean 0, variance 1 per coordinate): [count, d].
    /// </summary>
    public Tensor SampleNoise(long count, Generator? generator)
    {
        using Tensor unit = rand([count, NoiseDimension], generator: generator);
        return unit.mul(2 * Math.Sqrt(3)).sub(Math.Sqrt(3));
    }

    /// <summary>b_j = log(p_j / (1 - p_j)) with p_j = clip(mean_j, 1e-7, 1 - 1e-7).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A mean is NaN or outside [0, 1].</exception>
    public static float[] OutputBias(float[] pixelMeans)
    {
        ArgumentNullException.ThrowIfNull(pixelMeans);
        float[] bias = new float[pixelMeans.Length];
        for (int j = 0; j < bias.Length; j++)
        {
            double mean = pixelMeans[j];
            if (double.IsNaN(mean) || mean < 0 || mean > 1)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(pixelMeans), mean, $"pixel mean {j} must lie in [0, 1]");
            }
            double p = Math.Clamp(mean, MarginalClip, 1 - MarginalClip);
            bias[j] = (float)Math.Log(p / (1 - p));
        }
        return bias;
    }
}
