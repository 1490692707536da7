using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanTheory.Adversarial.Layers;

/// <summary>
/// A maxout layer (Goodfellow et al., "Maxout Networks", ICML 2013): an affine map to
/// units x pieces pre-activations, then each unit outputs the largest of its pieces.
/// </summary>
/// <remarks>
/// h_j(x) = max_{i &lt; pieces} (W x + b)_{j * pieces + i}: unit j owns the consecutive
/// pre-activations j * pieces ... j * pieces + pieces - 1, as in pylearn2's Maxout (which the
/// paper's released code uses). NaN pre-activations propagate.
/// </remarks>
public sealed class Maxout : nn.Module<Tensor, Tensor>
{
    private readonly Linear _affine;

    /// <summary>
    /// Creates the layer with PyTorch's default initialisation of its affine map.
    /// </summary>
    /// <param name="inputFeatures">Inputs per example (&gt; 0).</param>
    /// <param name="units">Output units (&gt; 0).</param>
    /// <param name="pieces">Linear pieces per unit (&gt; 0).</param>
    /// <param name="name">Module name.</param>
    public Maxout(long inputFeatures, int units, int pieces, string name = "maxout")
        : base(name)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputFeatures);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pieces);
        Units = units;
        Pieces = pieces;
        _affine = nn.Linear(inputFeatures, (long)units * pieces);
        RegisterComponents();
    }

    /// <summary>Output units.</summary>
    public int Units { get; }

    /// <summary>Linear pieces per unit.</summary>
    public int Pieces { get; }

    /// <summary>
    /// The affine map, shape [units * pieces, inputs] weight and [units * pieces] bias.
    /// </summary>
    public Linear Affine => _affine;

    /// <summary>[batch, inputs] -> [batch, units].</summary>
    public override Tensor forward(Tensor input)
    {
        using Tensor preActivations = _affine.forward(input);   // [batch, units * pieces]
        return MaxOverPieces(preActivations, Units);             // [batch, units]
    }

    /// <summary>
    /// Groups the last dimension into <paramref name="units"/> runs of consecutive pieces and
    /// keeps each run's maximum: [..., units * pieces] -> [..., units].
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The last dimension is not a positive multiple of <paramref name="units"/>.
    /// </exception>
    public static Tensor MaxOverPieces(Tensor preActivations, int units)
    {
        ArgumentNullException.ThrowIfNull(preActivations);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        long width = preActivations.shape[^1];
        if (width == 0 || width % units != 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(preActivations), width,
                $"last dimension must be a positive multiple of {units} units");
        }

        long[] grouped = [.. preActivations.shape[..^1], units, width / units];
        using Tensor pieces = preActivations.reshape(grouped);   // [..., units, pieces]
        return pieces.amax(-1);                                  // [..., units]
    }
}
