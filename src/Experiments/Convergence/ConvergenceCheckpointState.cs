namespace GanTheory.Experiments.Convergence;

/// <summary>
/// The JSON stored inside a convergence checkpoint beside the networks: the config, and the
/// running loss sums of the steps since the last evaluation, so that a run resumed between
/// two evaluations reports the same mean losses as an uninterrupted one.
/// </summary>
internal sealed record ConvergenceCheckpointState(
    ConvergenceConfig Config, double DiscriminatorLossSum, double GeneratorLossSum, int LossCount);
