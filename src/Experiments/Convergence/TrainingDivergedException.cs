namespace GanTheory.Experiments.Convergence;

/// <summary>
/// Training produced a non-finite loss or network output (typically a learning rate so large
/// that the weights overflow). The run folder keeps its last good checkpoint.
/// </summary>
internal sealed class TrainingDivergedException : Exception
{
    public TrainingDivergedException()
    {
    }

    public TrainingDivergedException(string message)
        : base(message)
    {
    }

    public TrainingDivergedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TrainingDivergedException(long step, string reason, Exception? innerException = null)
        : base($"training diverged at step {step} ({reason}); try a smaller --lr", innerException)
    {
        Step = step;
        Reason = reason;
    }

    /// <summary>The generator step after which the non-finite value appeared.</summary>
    public long Step { get; }

    /// <summary>What was not finite, e.g. "non-finite generator output".</summary>
    public string Reason { get; } = "";
}
