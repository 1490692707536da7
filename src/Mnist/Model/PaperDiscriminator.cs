using GanTheory.Adversarial.Layers;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Model;

/// <summary>
/// The paper's MNIST discriminator: dropout (keep 0.8) -> maxout 240 x 5 -> dropout (keep 0.5)
/// -> maxout 240 x 5 -> dropout (keep 0.5) -> Linear 1, a logit l with D(x) = sigmoid(l).
/// 784 * 1200 + 1200 + 240 * 1200 + 1200 + 240 + 1 = 1,231,441 parameters.
/// </summary>
/// <remarks>
/// Released initialisation: every weight uniform on [-0.005, 0.005], biases 0. Dropout acts
/// only in training mode (<see cref="nn.Module.train"/>) and draws its masks from the
/// generator it was given.
/// </remarks>
public sealed class PaperDiscriminator : nn.Module<Tensor, Tensor>
{
    private readonly SeededDropout _inputDropout;
    private readonly Maxout _maxout1;
    private readonly SeededDropout _dropout1;
    private readonly Maxout _maxout2;
    private readonly SeededDropout _dropout2;
    private readonly Linear _output;

    /// <summary>Creates the discriminator with the released initialisation.</summary>
    /// <param name="config">Sizes, dropout and initialisation range.</param>
    /// <param name="pixels">Inputs per image (784 for MNIST).</param>
    /// <param name="generator">Source of the initial weights and of the dropout masks.</param>
    public PaperDiscriminator(MnistGanConfig config, int pixels, Generator generator)
        : base("discriminator")
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels);
        _inputDropout = new SeededDropout(config.InputKeepProbability, generator, "input_dropout");
        _maxout1 = new Maxout(pixels, config.MaxoutUnits, config.MaxoutPieces, "maxout1");
        _dropout1 = new SeededDropout(config.HiddenKeepProbability, generator, "dropout1");
        _maxout2 = new Maxout(
            config.MaxoutUnits, config.MaxoutUnits, config.MaxoutPieces, "maxout2");
        _dropout2 = new SeededDropout(config.HiddenKeepProbability, generator, "dropout2");
        _output = nn.Linear(config.MaxoutUnits, 1);
        RegisterComponents();

        using (no_grad())
        {
            double r = config.DiscriminatorInitRange;
            foreach (Linear layer in new[] { _maxout1.Affine, _maxout2.Affine, _output })
            {
                layer.weight!.uniform_(-r, r, generator);
                layer.bias!.zero_();
            }
        }
    }

    /// <summary>[batch, pixels] -> [batch] logits.</summary>
    public override Tensor forward(Tensor input)
    {
        using Tensor x0 = _inputDropout.forward(input);   // [batch, 784]
        using Tensor h1 = _maxout1.forward(x0);           // [batch, 240]
        using Tensor x1 = _dropout1.forward(h1);          // [batch, 240]
        using Tensor h2 = _maxout2.forward(x1);           // [batch, 240]
        using Tensor x2 = _dropout2.forward(h2);          // [batch, 240]
        using Tensor logits = _output.forward(x2);        // [batch, 1]
        return logits.squeeze(-1);                        // [batch]
    }
}
