namespace GanTheory.Divergences.Estimators;

/// <summary>Log-space helpers that neither overflow nor lose precision in the tails.</summary>
internal static class LogSpace
{
    /// <summary>
    /// softplus(x) = ln(1 + e^x), computed as max(x, 0) + ln(1 + e^-|x|) so that e^x never
    /// overflows; softplus(+inf) = +inf and softplus(-inf) = 0.
    /// </summary>
    public static double Softplus(double x)
    {
        return Math.Max(x, 0) + LogOnePlus(Math.Exp(-Math.Abs(x)));
    }

    /// <summary>
    /// ln(1 + y) for y &gt;= 0, accurate for tiny y (Goldberg's trick: the rounding error of
    /// u = 1 + y cancels in ln(u) * y / (u - 1)); .NET's double.LogP1 is ln(y + 1) and loses it.
    /// </summary>
    private static double LogOnePlus(double y)
    {
        double u = 1 + y;
        return u == 1 ? y : Math.Log(u) * y / (u - 1);
    }
}
