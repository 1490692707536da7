namespace GanTheory.Experiments.Convergence;

/// <summary>What summary.json holds: the run's identity, first and last measurements, the
/// theory verdicts and how long this session took.</summary>
/// <param name="Target">p_data, for example "normal(1, 0.7)".</param>
/// <param name="Steps">Generator steps completed.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Initial">The first evaluation (step 0 unless the history was lost).</param>
/// <param name="Final">The last evaluation.</param>
/// <param name="Checks">The theory's claims with their verdicts.</param>
/// <param name="WallSeconds">Wall time of this session (a resumed run counts from the
/// resume).</param>
/// <param name="CpuSeconds">Process CPU time (user + system) of this session.</param>
/// <param name="EvaluationSeconds">Part of the wall time spent in checkpoint evaluations.</param>
internal sealed record ConvergenceSummary(
    string Target,
    long Steps,
    int Seed,
    CheckpointMetrics Initial,
    CheckpointMetrics Final,
    IReadOnlyList<TheoryCheck> Checks,
    double WallSeconds,
    double CpuSeconds,
    double EvaluationSeconds)
{
    public bool AllHeld => Checks.All(c => c.Held);
}
