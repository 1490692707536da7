using GanTheory.Mnist.Model;

namespace GanTheory.Mnist.Training;

/// <summary>
/// Where a training run stands. With the parameters and velocities this is the whole state:
/// every random draw of iteration t is seeded from (seed, t), and the data order of epoch e
/// from (seed, e), so nothing else is needed to continue exactly.
/// </summary>
/// <param name="Config">The run's configuration.</param>
/// <param name="Iteration">Iterations done since the start (the learning-rate clock).</param>
/// <param name="CompletedEpochs">Whole epochs done.</param>
/// <param name="IterationInEpoch">Iterations done in the current, unfinished epoch.</param>
/// <param name="Accumulator">Running sums of the unfinished epoch.</param>
public sealed record CheckpointState(
    MnistGanConfig Config,
    long Iteration,
    int CompletedEpochs,
    int IterationInEpoch,
    EpochAccumulator Accumulator);
