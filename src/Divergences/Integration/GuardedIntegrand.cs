namespace GanTheory.Divergences.Integration;

/// <summary>
/// Wraps a caller's 1-D or 2-D integrand for the adaptive rules: NaN is an error naming the
/// point, and the first infinite value is remembered (and replaced by 0 so the rule can finish
/// its sums) so that the rule can return that infinity as the integral.
/// </summary>
internal sealed class GuardedIntegrand(Func<double, double>? f, Func<double, double, double>? f2)
{
    public double Infinity { get; private set; }

    public string InfinityNote { get; private set; } = string.Empty;

    public double Evaluate1D(double x) => Check(f!(x), x, double.NaN);

    public double Evaluate2D(double x, double y) => Check(f2!(x, y), x, y);

    private double Check(double value, double x, double y)
    {
        if (double.IsFinite(value))
        {
            return value;
        }

        string at = double.IsNaN(y) ? PointText.Of(x) : PointText.Of(x, y);
        if (double.IsNaN(value))
        {
            throw new ArithmeticException("the integrand returned NaN at " + at);
        }

        if (Infinity != 0.0 && Infinity != value)
        {
            throw new ArithmeticException(
                "the integrand is +infinity at some points and -infinity at others");
        }

        Infinity = value;
        InfinityNote = FormattableString.Invariant($"integrand is {value} at {at}");
        return 0.0;
    }
}
