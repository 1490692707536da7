using GanTheory.Adversarial.IO;
using GanTheory.Mnist.Data;
using GanTheory.Mnist.Model;
using GanTheory.Mnist.Training;

namespace GanTheory.Mnist.Evaluation;

/// <summary>
/// Table 1 for a trained run, by the paper's protocol: 10,000 samples of G as kernel centres,
/// sigma from the 10-value grid on [0.1, 1] chosen on 1,000 validation images, the mean
/// log-likelihood of the test images and its standard error; and beside it the same estimator
/// with held-out real training images as centres, to show what the estimator says about quality.
/// </summary>
public static class RunEvaluation
{
    /// <summary>Validation images that choose sigma (the paper's protocol).</summary>
    public const int ValidationCount = 1000;

    /// <summary>Samples the released evaluation draws from G.</summary>
    public const int DefaultSamples = 10000;

    /// <summary>
    /// Evaluates the run's latest checkpoint and writes parzen.json and the samples.
    /// </summary>
    /// <param name="run">The run folder.</param>
    /// <param name="data">The run's data set, split as recorded.</param>
    /// <param name="samples">Samples drawn from G (the kernel centres).</param>
    /// <param name="seed">Seed of the noise behind the samples.</param>
    public static Table1Report Evaluate(MnistRun run, SplitDataset data, int samples, long seed)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);

        ImageSet generated;
        long iteration;
        int epochs;
        using (MnistGanTrainer trainer = MnistGanTrainer.Resume(run.CheckpointPath, data.Train))
        {
            generated = GeneratorSampling.Sample(trainer.Generator, samples, seed);
            iteration = trainer.Iteration;
            epochs = trainer.CompletedEpochs;
        }
        string samplesPath = Path.Combine(run.Folder, $"generated-{samples}-images-idx3-float32");
        IdxWriter.WriteImages(samplesPath, generated, IdxElementType.Float32);

        ImageSet validation = data.Validation.Take(ValidationCount);
        double[] grid = ParzenWindow.SigmaGrid();
        ParzenResult gan = ParzenWindow.Evaluate(generated, validation, data.Test, grid);
        ImageSet realCentres = data.Train.Take(samples);
        ParzenResult real = ParzenWindow.Evaluate(realCentres, validation, data.Test, grid);

        Table1Report report = new(
            data.Name.ToString(), epochs, iteration, samples, seed, samplesPath, gan, real);
        AtomicFile.WriteAllText(Path.Combine(run.Folder, "parzen.json"), RunJson.Serialize(report));
        return report;
    }
}

/// <summary>The outcome of <see cref="RunEvaluation.Evaluate"/>, written as parzen.json.</summary>
/// <param name="Dataset">Data set name.</param>
/// <param name="Epochs">Completed epochs of the checkpoint evaluated.</param>
/// <param name="Iteration">Iterations of the checkpoint evaluated.</param>
/// <param name="Samples">Generated samples used as kernel centres.</param>
/// <param name="Seed">Seed of their noise.</param>
/// <param name="SamplesPath">Float32 IDX file holding them.</param>
/// <param name="Generator">Parzen score of the GAN's samples.</param>
/// <param name="RealTrainingImages">Parzen score with real training images as centres.</param>
public sealed record Table1Report(
    string Dataset,
    int Epochs,
    long Iteration,
    int Samples,
    long Seed,
    string SamplesPath,
    ParzenResult Generator,
    ParzenResult RealTrainingImages);
