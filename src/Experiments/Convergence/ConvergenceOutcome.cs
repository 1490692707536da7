namespace GanTheory.Experiments.Convergence;

/// <summary>How a convergence run ended.</summary>
/// <param name="Folder">The run folder.</param>
/// <param name="Summary">Final values and verdicts; null when the run was interrupted.</param>
/// <param name="StepsCompleted">Generator steps completed (and saved in the checkpoint).</param>
internal sealed record ConvergenceOutcome(
    RunFolder Folder, ConvergenceSummary? Summary, long StepsCompleted)
{
    public bool Interrupted => Summary is null;
}
