using static TorchSharp.torch;

namespace GanTheory.Adversarial.Training;

/// <summary>
/// Algorithm 1 of Goodfellow et al. (2014): for each training iteration, k times draw m data
/// examples and m noise samples and take a gradient step that ascends V(G, D) for the
/// discriminator; then draw m noise samples and take one step for the generator.
/// </summary>
/// <remarks>
/// The trainer owns nothing: the caller creates, and disposes, the networks, the optimisers and
/// the samplers, and sets learning rates between steps. Every step runs in its own dispose
/// scope, so no tensor outlives it; results come back as plain numbers. Randomness comes only
/// from the <see cref="Random"/> passed to each call (and from the samplers), so the same
/// seeds give the same run.
/// </remarks>
public sealed class AdversarialTrainer
{
    private readonly nn.Module<Tensor, Tensor> _generator;
    private readonly nn.Module<Tensor, Tensor> _discriminator;
    private readonly optim.Optimizer _generatorOptimizer;
    private readonly optim.Optimizer _discriminatorOptimizer;
    private readonly BatchSampler _sampleData;
    private readonly BatchSampler _sampleNoise;

    /// <summary>Wires the pieces together; nothing is trained yet.</summary>
    /// <param name="generator">G: noise batch [m, noise] to sample batch [m, features].</param>
    /// <param name="discriminator">D: sample batch [m, features] to logits [m, 1].</param>
    /// <param name="generatorOptimizer">Updates the generator's parameters only.</param>
    /// <param name="discriminatorOptimizer">Updates the discriminator's parameters only.</param>
    /// <param name="sampleData">Draws data examples x ~ p_data.</param>
    /// <param name="sampleNoise">Draws noise z ~ p_z.</param>
    /// <param name="options">k, m and the generator objective.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public AdversarialTrainer(
        nn.Module<Tensor, Tensor> generator,
        nn.Module<Tensor, Tensor> discriminator,
        optim.Optimizer generatorOptimizer,
        optim.Optimizer discriminatorOptimizer,
        BatchSampler sampleData,
        BatchSampler sampleNoise,
        AdversarialTrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(discriminator);
        ArgumentNullException.ThrowIfNull(generatorOptimizer);
        ArgumentNullException.ThrowIfNull(discriminatorOptimizer);
        ArgumentNullException.ThrowIfNull(sampleData);
        ArgumentNullException.ThrowIfNull(sampleNoise);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        _generator = generator;
        _discriminator = discriminator;
        _generatorOptimizer = generatorOptimizer;
        _discriminatorOptimizer = discriminatorOptimizer;
        _sampleData = sampleData;
        _sampleNoise = sampleNoise;
        Options = options;
    }

    /// <summary>k, m and the generator objective.</summary>
    public AdversarialTrainerOptions Options { get; }

    /// <summary>One iteration of Algorithm 1: k discriminator steps, then one generator
    /// step.</summary>
    public AdversarialStepResult Step(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);

        DiscriminatorStepResult last = default;
        for (int i = 0; i < Options.DiscriminatorSteps; i++)
        {
            last = DiscriminatorStep(random);
        }
        double generatorLoss = GeneratorStep(random);
        return new AdversarialStepResult(last, generatorLoss);
    }

    /// <summary>
    /// One discriminator step with the generator held fixed: ascend
    /// (1/m) sum log D(x_i) + (1/m) sum log(1 - D(G(z_i))) by descending its negative half.
    /// </summary>
    public DiscriminatorStepResult DiscriminatorStep(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        using IDisposable scope = NewDisposeScope();

        int m = Options.BatchSize;
        Tensor real = _sampleData(m, random);
        Tensor fake;
        using (no_grad())
        {
            // The generator is fixed during this step: no graph through it.
            fake = _generator.forward(_sampleNoise(m, random));
        }

        _discriminatorOptimizer.zero_grad();
        Tensor realLogits = _discriminator.forward(real);
        Tensor fakeLogits = _discriminator.forward(fake);
        Tensor loss = GanLosses.DiscriminatorLoss(realLogits, fakeLogits);
        loss.backward();
        _discriminatorOptimizer.step();

        using (no_grad())
        {
            return new DiscriminatorStepResult(
                loss.item<float>(),
                realLogits.sigmoid().mean().item<float>(),
                fakeLogits.sigmoid().mean().item<float>());
        }
    }

    /// <summary>
    /// One generator step with the discriminator held fixed, on the loss that
    /// <see cref="AdversarialTrainerOptions.Objective"/> names (see <see cref="GanLosses"/>).
    /// </summary>
    /// <returns>The generator's loss on the batch before the step, in nats.</returns>
    public double GeneratorStep(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        using IDisposable scope = NewDisposeScope();

        _generatorOptimizer.zero_grad();
        Tensor fakeLogits = _discriminator.forward(_generator.forward(
            _sampleNoise(Options.BatchSize, random)));
        Tensor loss = GanLosses.GeneratorLoss(fakeLogits, Options.Objective);

        // The backward pass also leaves gradients on D's parameters; they are never applied,
        // because every discriminator step clears them first.
        loss.backward();
        _generatorOptimizer.step();
        return loss.item<float>();
    }
}
