namespace GanTheory.Divergences;

/// <summary>
/// A computed quantity with an error estimate and the name of the method that produced it.
/// </summary>
/// <param name="Value">
/// The value (nats for information quantities unless converted with <see cref="ToBits"/>).
/// May be <see cref="double.PositiveInfinity"/> (for example an infinite KL divergence);
/// never NaN.
/// </param>
/// <param name="ErrorEstimate">
/// A bound-like estimate of the absolute error of <paramref name="Value"/>, in the same unit.
/// Zero for exact closed forms and for infinite values.
/// </param>
/// <param name="Method">
/// How the value was obtained, for example <c>closed form: Gaussian KL</c> or
/// <c>adaptive Gauss-Kronrod 7-15, 42 intervals</c>.
/// </param>
public sealed record Estimate(double Value, double ErrorEstimate, string Method)
{
    /// <summary>The value and its error estimate divided by ln 2 (nats to bits).</summary>
    /// <returns>The same estimate in bits; infinities stay infinite.</returns>
    public Estimate ToBits() =>
        new(Value / Math.Log(2.0), ErrorEstimate / Math.Log(2.0), Method + " (in bits)");

    /// <summary>Converts a value computed in nats to the requested unit.</summary>
    /// <param name="unit">Nats leaves the estimate unchanged; bits divides by ln 2.</param>
    /// <returns>The estimate in <paramref name="unit"/>.</returns>
    public Estimate In(InformationUnit unit) => unit switch
    {
        InformationUnit.Nats => this,
        InformationUnit.Bits => ToBits(),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "must be Nats or Bits"),
    };

    /// <summary>Shows the value, its error estimate and the method.</summary>
    /// <returns>For example <c>0.111421482 ± 3.1e-14 (adaptive Gauss-Kronrod 7-15,
    /// ...)</c>.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Value:R} ± {ErrorEstimate:G2} ({Method})");
}
