namespace GanTheory.Mnist.Training;

/// <summary>How a call to <see cref="MnistGanTrainer.Train"/> ended.</summary>
public enum TrainingStatus
{
    /// <summary>All configured epochs are done.</summary>
    Completed,

    /// <summary>
    /// Cancellation was requested (Ctrl-C); the state is intact and can be saved.
    /// </summary>
    Cancelled,

    /// <summary>A loss became NaN or infinite; the trainer's state must not be saved.</summary>
    Diverged,
}

/// <summary>The status and, for divergence, what happened.</summary>
/// <param name="Status">How training ended.</param>
/// <param name="Message">
/// For <see cref="TrainingStatus.Diverged"/>, the loss values and the iteration.
/// </param>
public sealed record TrainingOutcome(TrainingStatus Status, string? Message);
