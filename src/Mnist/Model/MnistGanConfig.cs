using GanTheory.Adversarial;
using GanTheory.Mnist.Data;

namespace GanTheory.Mnist.Model;

/// <summary>
/// Every hyperparameter of an MNIST GAN run. The defaults are the paper's released MNIST
/// configuration (goodfeli/adversarial, mnist.yaml); the architecture sizes may be shrunk for
/// tests. Serialised into the run folder and into every checkpoint.
/// </summary>
public sealed record MnistGanConfig
{
    /// <summary>Data set trained on.</summary>
    public DatasetName Dataset { get; init; } = DatasetName.Digits;

    /// <summary>Seed of every random draw (initialisation, data order, noise, dropout).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Epochs to train (passes over the training split).</summary>
    public int Epochs { get; init; } = 100;

    /// <summary>
    /// Dimension of z, drawn uniformly on [-sqrt 3, sqrt 3] (zero mean, unit variance).
    /// </summary>
    public int NoiseDimension { get; init; } = 100;

    /// <summary>Units in each of G's two ReLU layers.</summary>
    public int GeneratorHidden { get; init; } = 1200;

    /// <summary>Maxout units in each of D's two maxout layers.</summary>
    public int MaxoutUnits { get; init; } = 240;

    /// <summary>Linear pieces per maxout unit.</summary>
    public int MaxoutPieces { get; init; } = 5;

    /// <summary>
    /// G's weights start uniform on [-r, r] with this r; biases at 0 except the output.
    /// </summary>
    public double GeneratorInitRange { get; init; } = 0.05;

    /// <summary>D's weights start uniform on [-r, r] with this r; biases at 0.</summary>
    public double DiscriminatorInitRange { get; init; } = 0.005;

    /// <summary>
    /// Probability that an input pixel of D is kept while training (scale 1/keep).
    /// </summary>
    public double InputKeepProbability { get; init; } = 0.8;

    /// <summary>Probability that an input of D's later layers is kept while training.</summary>
    public double HiddenKeepProbability { get; init; } = 0.5;

    /// <summary>Examples per minibatch (m in Algorithm 1), for data and for noise.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>Learning rate of the first step.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>The learning rate is divided by this factor after every iteration.</summary>
    public double LearningRateDecay { get; init; } = 1.000004;

    /// <summary>The learning rate never falls below this.</summary>
    public double MinimumLearningRate { get; init; } = 1e-6;

    /// <summary>Momentum during epoch 1.</summary>
    public double InitialMomentum { get; init; } = 0.5;

    /// <summary>
    /// Momentum from <see cref="MomentumSaturationEpoch"/> on (linear in between).
    /// </summary>
    public double FinalMomentum { get; init; } = 0.7;

    /// <summary>The epoch at which momentum reaches <see cref="FinalMomentum"/>.</summary>
    public int MomentumSaturationEpoch { get; init; } = 250;

    /// <summary>Simultaneous (released code) or alternating (Algorithm 1) updates.</summary>
    public UpdateScheme Scheme { get; init; } = UpdateScheme.Simultaneous;

    /// <summary>D steps per G step in the alternating scheme (k in Algorithm 1).</summary>
    public int DiscriminatorSteps { get; init; } = 1;

    /// <summary>What G's step optimises.</summary>
    public GeneratorObjective Objective { get; init; } = GeneratorObjective.NonSaturating;

    /// <summary>Throws if any value is out of range; returns the config for chaining.</summary>
    public MnistGanConfig Validated()
    {
        Positive(Epochs, nameof(Epochs));
        Positive(NoiseDimension, nameof(NoiseDimension));
        Positive(GeneratorHidden, nameof(GeneratorHidden));
        Positive(MaxoutUnits, nameof(MaxoutUnits));
        Positive(MaxoutPieces, nameof(MaxoutPieces));
        Positive(BatchSize, nameof(BatchSize));
        Positive(DiscriminatorSteps, nameof(DiscriminatorSteps));
        Positive(MomentumSaturationEpoch, nameof(MomentumSaturationEpoch));
        PositiveFinite(GeneratorInitRange, nameof(GeneratorInitRange));
        PositiveFinite(DiscriminatorInitRange, nameof(DiscriminatorInitRange));
        PositiveFinite(LearningRate, nameof(LearningRate));
        PositiveFinite(MinimumLearningRate, nameof(MinimumLearningRate));
        InRange(InputKeepProbability, 0, 1, nameof(InputKeepProbability), lowOpen: true);
        InRange(HiddenKeepProbability, 0, 1, nameof(HiddenKeepProbability), lowOpen: true);
        InRange(InitialMomentum, 0, 1, nameof(InitialMomentum), lowOpen: false);
        InRange(FinalMomentum, 0, 1, nameof(FinalMomentum), lowOpen: false);
        if (double.IsNaN(LearningRateDecay) || LearningRateDecay < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(LearningRateDecay), LearningRateDecay, "must be >= 1");
        }
        return this;
    }

    private static void Positive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "must be > 0");
        }
    }

    private static void PositiveFinite(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "must be finite and > 0");
        }
    }

    private static void InRange(double value, double low, double high, string name, bool lowOpen)
    {
        bool below = lowOpen ? value <= low : value < low;
        if (double.IsNaN(value) || below || value > high)
        {
            string interval = lowOpen ? $"({low}, {high}]" : $"[{low}, {high}]";
            throw new ArgumentOutOfRangeException(name, value, $"must lie in {interval}");
        }
    }
}
