using System.Diagnostics;
using GanTheory.Adversarial;
using GanTheory.Mnist.Data;
using GanTheory.Mnist.Model;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Training;

/// <summary>
/// Trains the paper's MNIST GAN with either update scheme, the released momentum SGD and its
/// schedules. Resumable to the bit: the random draws of iteration t (noise and dropout masks)
/// come from a generator reseeded from (seed, t), and the data order of epoch e from (seed, e).
/// </summary>
public sealed class MnistGanTrainer : IDisposable
{
    private readonly Generator _random;
    private readonly Tensor _images;
    private readonly ClassicMomentum _generatorOptimizer;
    private readonly ClassicMomentum _discriminatorOptimizer;
    private EpochAccumulator _accumulator = new();

    /// <summary>A fresh run: models initialised from <see cref="MnistGanConfig.Seed"/>.</summary>
    /// <param name="config">Hyperparameters.</param>
    /// <param name="train">Training images; their pixel means set G's output bias.</param>
    public MnistGanTrainer(MnistGanConfig config, ImageSet train)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(train);
        Config = config.Validated();
        IterationsPerEpoch = train.Count / (config.BatchSize * BatchesPerIteration(config));
        if (IterationsPerEpoch == 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(train), train.Count,
                $"the training split must hold at least one iteration's {config.BatchSize} x "
                + $"{BatchesPerIteration(config)} images");
        }

        _random = new Generator(unchecked((ulong)config.Seed));
        Generator = new PaperGenerator(config, PixelMeans(train), _random);
        Discriminator = new PaperDiscriminator(config, train.PixelsPerImage, _random);
        _generatorOptimizer = new ClassicMomentum(Generator.parameters());
        _discriminatorOptimizer = new ClassicMomentum(Discriminator.parameters());
        _images = tensor(train.Pixels, [train.Count, train.PixelsPerImage]).DetachFromDisposeScope();
    }

    /// <summary>Hyperparameters (the epoch count may be raised on resume).</summary>
    public MnistGanConfig Config { get; private set; }

    /// <summary>The generator being trained.</summary>
    public PaperGenerator Generator { get; }

    /// <summary>The discriminator being trained.</summary>
    public PaperDiscriminator Discriminator { get; }

    /// <summary>Iterations since the start of the run.</summary>
    public long Iteration { get; private set; }

    /// <summary>Whole epochs done.</summary>
    public int CompletedEpochs { get; private set; }

    /// <summary>Iterations done in the unfinished epoch.</summary>
    public int IterationInEpoch { get; private set; }

    /// <summary>
    /// Iterations per epoch: floor(training images / (batch x batches per iteration)).
    /// </summary>
    public int IterationsPerEpoch { get; }

    /// <summary>
    /// Continues a run from a checkpoint written by <see cref="SaveCheckpoint"/>.
    /// </summary>
    /// <param name="path">The checkpoint file.</param>
    /// <param name="train">The same training images the run started with.</param>
    /// <param name="epochs">A new total epoch count, or null to keep the run's.</param>
    public static MnistGanTrainer Resume(string path, ImageSet train, int? epochs = null)
    {
        (CheckpointState state, IReadOnlyList<NamedArray> tensors) = CheckpointFile.Load(path);
        MnistGanTrainer trainer = new(state.Config, train);
        trainer.Load(tensors, path);
        trainer.Iteration = state.Iteration;
        trainer.CompletedEpochs = state.CompletedEpochs;
        trainer.IterationInEpoch = state.IterationInEpoch;
        trainer._accumulator = state.Accumulator;
        if (epochs is int total)
        {
            trainer.Config = (state.Config with { Epochs = total }).Validated();
        }
        return trainer;
    }

    /// <summary>
    /// Trains until <see cref="MnistGanConfig.Epochs"/> epochs are done, cancellation is
    /// requested (checked before every iteration) or a loss stops being finite.
    /// </summary>
    /// <param name="afterIteration">Called after each iteration with (done, per epoch).</param>
    /// <param name="afterEpoch">Called after each epoch with its summary.</param>
    /// <param name="cancellation">Stops training between two iterations.</param>
    public TrainingOutcome Train(
        Action<int, int>? afterIteration,
        Action<EpochSummary>? afterEpoch,
        CancellationToken cancellation)
    {
        while (CompletedEpochs < Config.Epochs)
        {
            int epoch = CompletedEpochs + 1;
            int[] order = EpochOrder(epoch);
            while (IterationInEpoch < IterationsPerEpoch)
            {
                if (cancellation.IsCancellationRequested)
                {
                    return new TrainingOutcome(TrainingStatus.Cancelled, null);
                }

                long started = Stopwatch.GetTimestamp();
                StepStatistics step = Iterate(order, epoch);
                if (!step.IsFinite)
                {
                    return new TrainingOutcome(TrainingStatus.Diverged,
                        $"iteration {Iteration + 1} (epoch {epoch}): D loss {step.DiscriminatorLoss}, "
                        + $"G loss {step.GeneratorLoss}; training stopped before applying it");
                }

                _accumulator.Add(step, Stopwatch.GetElapsedTime(started).TotalSeconds);
                Iteration++;
                IterationInEpoch++;
                afterIteration?.Invoke(IterationInEpoch, IterationsPerEpoch);
            }

            EpochSummary summary = _accumulator.Summarize(
                epoch, TrainingSchedule.LearningRate(Config, Iteration),
                TrainingSchedule.Momentum(Config, epoch));
            CompletedEpochs++;
            IterationInEpoch = 0;
            _accumulator = new EpochAccumulator();
            afterEpoch?.Invoke(summary);
        }
        return new TrainingOutcome(TrainingStatus.Completed, null);
    }

    /// <summary>
    /// Writes the models, velocities and position to <paramref name="path"/> atomically.
    /// </summary>
    public void SaveCheckpoint(string path)
    {
        CheckpointState state = new(Config, Iteration, CompletedEpochs, IterationInEpoch, _accumulator);
        CheckpointFile.Save(path, state, [.. NamedTensors().Select(Snapshot)]);
    }

    /// <summary>Disposes the models, the data tensor and the optimiser state.</summary>
    public void Dispose()
    {
        Generator.Dispose();
        Discriminator.Dispose();
        _generatorOptimizer.Dispose();
        _discriminatorOptimizer.Dispose();
        _images.Dispose();
        _random.Dispose();
    }

    /// <summary>Each pixel's mean over the images, in [0, 1].</summary>
    public static float[] PixelMeans(ImageSet images)
    {
        ArgumentNullException.ThrowIfNull(images);
        double[] sums = new double[images.PixelsPerImage];
        for (int i = 0; i < images.Pixels.Length; i++)
        {
            sums[i % sums.Length] += images.Pixels[i];
        }
        return [.. sums.Select(s => (float)(s / images.Count))];
    }

    private static int BatchesPerIteration(MnistGanConfig config) =>
        config.Scheme == UpdateScheme.Alternating ? config.DiscriminatorSteps : 1;

    private StepStatistics Iterate(int[] order, int epoch)
    {
        _random.manual_seed(unchecked((Config.Seed * 1_000_003L) + (Iteration * 7_919L) + 17));
        double learningRate = TrainingSchedule.LearningRate(Config, Iteration);
        double momentum = TrainingSchedule.Momentum(Config, epoch);
        Generator.train();
        Discriminator.train();

        using TorchSharp.DisposeScope scope = NewDisposeScope();
        return Config.Scheme == UpdateScheme.Simultaneous
            ? SimultaneousStep(Batch(order, IterationInEpoch), learningRate, momentum)
            : AlternatingStep(order, learningRate, momentum);
    }

    // The released code's step: one forward pass; D descends its loss and G descends its own,
    // both gradients taken before either update.
    private StepStatistics SimultaneousStep(Tensor real, double learningRate, double momentum)
    {
        Tensor fake = Generator.forward(Generator.SampleNoise(Config.BatchSize, _random));
        Tensor realLogits = Discriminator.forward(real);
        Tensor fakeLogits = Discriminator.forward(fake);
        Tensor discriminatorLoss = GanLosses.DiscriminatorLoss(realLogits, fakeLogits);
        Tensor generatorLoss = GanLosses.GeneratorLoss(fakeLogits, Config.Objective);
        StepStatistics step = Measure(discriminatorLoss, generatorLoss, realLogits, fakeLogits);
        if (!step.IsFinite)
        {
            return step;
        }

        IList<Tensor> discriminatorGradients = autograd.grad(
            [discriminatorLoss], [.. _discriminatorOptimizer.Parameters], retain_graph: true);
        IList<Tensor> generatorGradients = autograd.grad(
            [generatorLoss], [.. _generatorOptimizer.Parameters]);
        _discriminatorOptimizer.Step(discriminatorGradients, learningRate, momentum);
        _generatorOptimizer.Step(generatorGradients, learningRate, momentum);
        return step;
    }

    // Algorithm 1: k D steps on fresh data and noise with G fixed, then one G step with D fixed.
    private StepStatistics AlternatingStep(int[] order, double learningRate, double momentum)
    {
        Tensor discriminatorLoss = zeros(1);
        Tensor realLogits = zeros(1);
        Tensor fakeLogits = zeros(1);
        for (int k = 0; k < Config.DiscriminatorSteps; k++)
        {
            Tensor real = Batch(order, (IterationInEpoch * Config.DiscriminatorSteps) + k);
            Tensor fake;
            using (no_grad())
            {
                fake = Generator.forward(Generator.SampleNoise(Config.BatchSize, _random));
            }
            realLogits = Discriminator.forward(real);
            fakeLogits = Discriminator.forward(fake);
            discriminatorLoss = GanLosses.DiscriminatorLoss(realLogits, fakeLogits);
            if (!double.IsFinite(discriminatorLoss.item<float>()))
            {
                return new StepStatistics(discriminatorLoss.item<float>(), 0, 0, 0, 0, 0);
            }
            IList<Tensor> gradients = autograd.grad(
                [discriminatorLoss], [.. _discriminatorOptimizer.Parameters]);
            _discriminatorOptimizer.Step(gradients, learningRate, momentum);
        }

        Tensor generated = Generator.forward(Generator.SampleNoise(Config.BatchSize, _random));
        Tensor generatedLogits = Discriminator.forward(generated);
        Tensor generatorLoss = GanLosses.GeneratorLoss(generatedLogits, Config.Objective);
        StepStatistics step = Measure(discriminatorLoss, generatorLoss, realLogits, fakeLogits);
        if (!step.IsFinite)
        {
            return step;
        }
        IList<Tensor> generatorGradients = autograd.grad(
            [generatorLoss], [.. _generatorOptimizer.Parameters]);
        _generatorOptimizer.Step(generatorGradients, learningRate, momentum);
        return step;
    }

    private static StepStatistics Measure(
        Tensor discriminatorLoss, Tensor generatorLoss, Tensor realLogits, Tensor fakeLogits)
    {
        using (no_grad())
        {
            // One read of six scalars instead of six synchronisations.
            using Tensor values = stack(
            [
                discriminatorLoss.reshape(1),
                generatorLoss.reshape(1),
                realLogits.sigmoid().mean().reshape(1),
                fakeLogits.sigmoid().mean().reshape(1),
                realLogits.lt(0).to_type(ScalarType.Float32).mean().reshape(1),
                fakeLogits.gt(0).to_type(ScalarType.Float32).mean().reshape(1),
            ]);
            float[] v = values.data<float>().ToArray();
            return new StepStatistics(v[0], v[1], v[2], v[3], v[4], v[5]);
        }
    }

    private Tensor Batch(int[] order, int batchIndex)
    {
        long[] indices = [.. order.AsSpan(batchIndex * Config.BatchSize, Config.BatchSize).ToArray()
            .Select(i => (long)i)];
        using Tensor index = tensor(indices);
        return _images.index_select(0, index);   // [batch, pixels]
    }

    private int[] EpochOrder(int epoch)
    {
        int[] order = Enumerable.Range(0, (int)_images.shape[0]).ToArray();
        new Random(unchecked((Config.Seed * 1_000_003) ^ epoch)).Shuffle(order);
        return order;
    }

    private IEnumerable<(string Name, Tensor Value)> NamedTensors()
    {
        foreach ((string name, TorchSharp.Modules.Parameter p) in Generator.named_parameters())
        {
            yield return ($"generator/{name}", p);
        }
        foreach ((string name, TorchSharp.Modules.Parameter p) in Discriminator.named_parameters())
        {
            yield return ($"discriminator/{name}", p);
        }
        for (int i = 0; i < _generatorOptimizer.Velocities.Count; i++)
        {
            yield return ($"generator_velocity/{i}", _generatorOptimizer.Velocities[i]);
        }
        for (int i = 0; i < _discriminatorOptimizer.Velocities.Count; i++)
        {
            yield return ($"discriminator_velocity/{i}", _discriminatorOptimizer.Velocities[i]);
        }
    }

    private static NamedArray Snapshot((string Name, Tensor Value) named)
    {
        return new NamedArray(named.Name, named.Value.shape, named.Value.data<float>().ToArray());
    }

    private void Load(IReadOnlyList<NamedArray> arrays, string path)
    {
        Dictionary<string, NamedArray> byName = arrays.ToDictionary(a => a.Name);
        using (no_grad())
        {
            foreach ((string name, Tensor target) in NamedTensors())
            {
                if (!byName.TryGetValue(name, out NamedArray? array)
                    || !array.Shape.SequenceEqual(target.shape))
                {
                    throw new InvalidDataException(
                        $"checkpoint '{path}' lacks tensor '{name}' of shape "
                        + $"[{string.Join(", ", target.shape)}] that this model needs");
                }
                using Tensor values = tensor(array.Values, array.Shape);
                target.copy_(values);
            }
        }
    }
}
