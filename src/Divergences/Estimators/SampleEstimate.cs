namespace GanTheory.Divergences.Estimators;

/// <summary>
/// A quantity estimated from random samples: its value, the standard error of that value and
/// how many sample points it used.
/// </summary>
/// <remarks>
/// Value +- 2 StandardError is an approximate 95% confidence interval when the estimator is
/// close to unbiased and the sample is large; each estimator states how its standard error is
/// computed and when it is too optimistic. An infinite Value (for example KL = +infinity when
/// a sample of p lands where q vanishes) comes with StandardError = 0: one infinite term makes
/// the sample mean infinite whatever the other terms are.
/// </remarks>
/// <param name="Value">The estimate, in nats for entropies and divergences.</param>
/// <param name="StandardError">The estimated standard deviation of Value, &gt;= 0.</param>
/// <param name="SampleSize">
/// The number of sample points used; for two-sample estimators, both samples together.
/// </param>
public sealed record SampleEstimate(double Value, double StandardError, int SampleSize);
