namespace GanTheory.Divergences.Benchmarks;

/// <summary>
/// A benchmark class whose methods compute a quantity with a known reference value, so the
/// summary can show how accurate each timed computation was.
/// </summary>
public interface IAccuracyMeasured
{
    /// <summary>
    /// Runs the benchmark method named <paramref name="method"/> once (after the global setup
    /// and with the current parameters) and returns what it computed beside the reference.
    /// </summary>
    AccuracyRecord Measure(string method);
}

/// <summary>One computed value, the error it reports for itself, and the exact reference.</summary>
/// <param name="Estimate">The computed value, in nats.</param>
/// <param name="ReportedError">
/// The method's own error figure: a standard error for estimators, an error estimate for
/// quadrature.
/// </param>
/// <param name="Reference">The exact or reference value, in nats.</param>
public readonly record struct AccuracyRecord(
    double Estimate, double ReportedError, double Reference)
{
    public double AbsoluteError => Math.Abs(Estimate - Reference);
}
