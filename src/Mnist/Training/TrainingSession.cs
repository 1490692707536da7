namespace GanTheory.Mnist.Training;

/// <summary>
/// Runs a trainer inside its run folder: after every epoch a metrics row, a sample grid and a
/// checkpoint; on cancellation a checkpoint of the exact position; on divergence nothing, so
/// the last good checkpoint stays.
/// </summary>
public static class TrainingSession
{
    /// <summary>Trains and keeps the run folder up to date.</summary>
    /// <param name="run">The run folder.</param>
    /// <param name="trainer">A fresh or resumed trainer.</param>
    /// <param name="afterIteration">Progress callback (done, per epoch), or null.</param>
    /// <param name="afterEpoch">Called with each summary after its files are written, or null.</param>
    /// <param name="cancellation">Ctrl-C.</param>
    public static TrainingOutcome Run(
        MnistRun run,
        MnistGanTrainer trainer,
        Action<int, int>? afterIteration,
        Action<EpochSummary>? afterEpoch,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(trainer);
        run.TruncateMetrics(trainer.CompletedEpochs);

        TrainingOutcome outcome = trainer.Train(
            afterIteration,
            summary =>
            {
                run.AppendMetrics(summary);
                run.SaveSampleGrid(summary.Epoch, trainer.Generator, trainer.Config.Seed);
                trainer.SaveCheckpoint(run.CheckpointPath);
                afterEpoch?.Invoke(summary);
            },
            cancellation);

        if (outcome.Status == TrainingStatus.Cancelled)
        {
            trainer.SaveCheckpoint(run.CheckpointPath);
        }
        return outcome;
    }
}
