namespace GanTheory.Divergences;

/// <summary>Argument checks with messages that name the argument, its value and the rule.</summary>
internal static class Guard
{
    public static double Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "must be a finite number");
        }

        return value;
    }

    public static double Positive(double value, string name)
    {
        if (!(value > 0.0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "must be finite and > 0");
        }

        return value;
    }

    public static double NotNaN(double value, string name)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "must not be NaN");
        }

        return value;
    }

    /// <summary>Checks a finite interval with lower &lt; upper, naming whichever end is
    /// wrong.</summary>
    public static void Interval(double lower, double upper, string lowerName, string upperName)
    {
        Finite(lower, lowerName);
        Finite(upper, upperName);
        if (!(upper > lower) || double.IsInfinity(upper - lower))
        {
            throw new ArgumentOutOfRangeException(
                upperName, upper,
                    FormattableString.Invariant($"must be > {lowerName} = {lower:R}"));
        }
    }

    /// <summary>Copies the values, checking each is finite and &gt;= 0; returns the copy and its
    /// sum.</summary>
    public static (double[] Copy, double Sum) NonNegativeEntries(IReadOnlyList<double> values,
        string name, string noun)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        double[] copy = [.. values];
        double sum = 0.0;
        for (int i = 0; i < copy.Length; i++)
        {
            if (!double.IsFinite(copy[i]) || copy[i] < 0.0)
            {
                throw new ArgumentOutOfRangeException(
                    name, copy[i],
                        FormattableString.Invariant($"{noun} {i} must be finite and >= 0"));
            }

            sum += copy[i];
        }

        return (copy, sum);
    }
}
