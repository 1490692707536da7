using System.Diagnostics;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace GanTheory.Adversarial.Models;

/// <summary>
/// A fully connected network: affine layers with a fixed nonlinearity between them and none
/// after the last one, so the output is unconstrained (a sample x for a generator, a logit
/// l = log(D / (1 - D)) for a discriminator).
/// </summary>
public sealed class MultilayerPerceptron : Module<Tensor, Tensor>
{
    /// <summary>Negative-side slope of <see cref="HiddenActivation.LeakyRelu"/>.</summary>
    public const double LeakySlope = 0.2;

    private readonly ModuleList<Linear> _layers;
    private readonly Linear[] _layerArray;

    /// <summary>Creates the network with PyTorch's default initialisation of each layer.</summary>
    /// <param name="name">Module name, used in saved state.</param>
    /// <param name="inputs">Input width, at least 1.</param>
    /// <param name="hidden">Widths of the hidden layers, each at least 1 (may be empty).</param>
    /// <param name="outputs">Output width, at least 1.</param>
    /// <param name="activation">Nonlinearity after each hidden layer.</param>
    /// <exception cref="ArgumentOutOfRangeException">A width is below 1.</exception>
    public MultilayerPerceptron(
        string name, int inputs, IReadOnlyList<int> hidden, int outputs,
            HiddenActivation activation)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputs, 1);
        foreach (int width in hidden)
        {
            if (width < 1)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(hidden), width, "every hidden width must be at least 1");
            }
        }

        int[] widths = [inputs, .. hidden, outputs];
        _layers = new ModuleList<Linear>();
        for (int i = 0; i + 1 < widths.Length; i++)
        {
            _layers.Add(Linear(widths[i], widths[i + 1]));
        }
        _layerArray = [.. _layers];
        Activation = activation;
        Widths = widths;
        RegisterComponents();
    }

    /// <summary>The nonlinearity after each hidden layer.</summary>
    public HiddenActivation Activation { get; }

    /// <summary>Layer widths from input to output, for example [1, 32, 32, 1].</summary>
    public IReadOnlyList<int> Widths { get; }

    /// <summary>The affine layers in order; layer i maps width i to width i + 1.</summary>
    public IReadOnlyList<Linear> Layers => _layerArray;

    /// <summary>Maps a batch [n, inputs] to [n, outputs].</summary>
    public override Tensor forward(Tensor input)
    {
        Tensor h = input;
        for (int i = 0; i < _layers.Count - 1; i++)
        {
            h = Activate(_layers[i].forward(h));
        }
        return _layers[_layers.Count - 1].forward(h);
    }

    private Tensor Activate(Tensor h)
    {
        return Activation switch
        {
            HiddenActivation.Tanh => h.tanh(),
            HiddenActivation.LeakyRelu => functional.leaky_relu(h, LeakySlope),
            HiddenActivation.Relu => functional.relu(h),
            _ => throw new UnreachableException($"unknown activation {Activation}"),
        };
    }
}
