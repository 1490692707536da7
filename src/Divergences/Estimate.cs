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
/// <exception cref="ArithmeticException">The value or the error estimate is NaN: every routine
/// of this library goes through here, so none can return NaN.</exception>
public sealed record Estimate(double Value, double ErrorEstimate, string Method)
{
    /// <summary>The value; never NaN.</summary>
    public double Value { get; init; } = double.IsNaN(Value)
        ? throw new ArithmeticException($"{Method}: the value is NaN (an overflow or an "
            + "undefined operation inside the computation)")
        : Value;

    /// <summary>The error estimate; never NaN.</summary>
    public double ErrorEstimate { get; init; } = double.IsNaN(ErrorEstimate)
        ? throw new ArithmeticException($"{Method}: the error estimate is NaN")
        : ErrorEstimate;

    /// <summary>
    /// The estimate moved into [lower, upper] (a divergence's mathematical range), with the
    /// error estimate enlarged to at least the distance moved so it stays honest.
    /// </summary>
    /// <param name="lower">The smallest possible value.</param>
    /// <param name="upper">The largest possible value.</param>
    /// <returns>The same estimate if it is inside (-0 made 0), else the clamped one, marked in the method.
    /// </returns>
    public Estimate Clamp(double lower, double upper)
    {
        // + 0.0 turns -0 into 0, so an exact zero never prints as "-0".
        double clamped = Math.Clamp(Value, lower, upper) + 0.0;
        if (clamped == Value)
        {
            return this with { Value = clamped };
        }

        double moved = Math.Abs(Value - clamped);
        return new Estimate(clamped, Math.Max(ErrorEstimate, moved),
            FormattableString.Invariant($"{Method}, clamped to the bound {clamped:R}"));
    }
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
