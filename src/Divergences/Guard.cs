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
}
