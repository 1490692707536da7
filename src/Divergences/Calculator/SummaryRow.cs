namespace GanTheory.Divergences.Calculator;

/// <summary>One line of a <see cref="DivergenceSummary"/>.</summary>
/// <param name="Key">The JSON key, for example <c>kl_pq</c>.</param>
/// <param name="Label">The quantity in words, for example <c>KL(P || Q) [nats]</c>.</param>
/// <param name="Estimate">The value, its error estimate and the method.</param>
public sealed record SummaryRow(string Key, string Label, Estimate Estimate);
