using static TorchSharp.torch;

namespace GanTheory.Adversarial.Layers;

/// <summary>
/// Inverted dropout that draws its masks from a given <see cref="Generator"/>, so a training
/// run that reseeds that generator each step repeats exactly after a resume.
/// </summary>
/// <remarks>
/// Training mode: y = x * m / keep with m ~ Bernoulli(keep) drawn per element, so E[y] = x
/// (keep 0.8 scales kept inputs by 1.25, keep 0.5 by 2, as pylearn2's input_scales do).
/// Evaluation mode: y = x. A NaN input stays NaN even where dropped (NaN * 0 is NaN).
/// </remarks>
public sealed class SeededDropout : nn.Module<Tensor, Tensor>
{
    private readonly Generator? _generator;

    /// <summary>Creates the layer.</summary>
    /// <param name="keepProbability">Probability that an input is kept, in (0, 1].</param>
    /// <param name="generator">Source of the masks; null uses TorchSharp's global generator.</param>
    /// <param name="name">Module name.</param>
    public SeededDropout(double keepProbability, Generator? generator, string name = "dropout")
        : base(name)
    {
        if (double.IsNaN(keepProbability) || keepProbability <= 0 || keepProbability > 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(keepProbability), keepProbability, "must lie in (0, 1]");
        }
        KeepProbability = keepProbability;
        _generator = generator;
    }

    /// <summary>Probability that an input is kept while training.</summary>
    public double KeepProbability { get; }

    /// <summary>Same shape as the input.</summary>
    public override Tensor forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!training || KeepProbability == 1)
        {
            return input.alias();
        }

        using Tensor uniform = rand(input.shape, input.dtype, input.device, generator: _generator);
        using Tensor kept = uniform.lt(KeepProbability);
        using Tensor masked = input.mul(kept);
        return masked.div(KeepProbability);
    }
}
