namespace GanTheory.Divergences.Numerics;

/// <summary>
/// Log-space arithmetic that stays finite where the naive formula overflows or underflows:
/// log(e^a + e^b), softplus, the logistic sigmoid and log(1 + x).
/// </summary>
public static class LogSpace
{
    /// <summary>log(1 + x), accurate for tiny |x| (the naive form loses all digits below
    /// 1e-16).</summary>
    /// <param name="x">Any value &gt;= -1; -1 gives -infinity.</param>
    /// <returns>log(1 + x); NaN only for NaN input or x &lt; -1.</returns>
    public static double Log1P(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }

        // Goldberg's correction: the rounding error of 1 + x is divided out.
        return double.IsPositiveInfinity(u) ? u : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>log(e^a + e^b) without overflow; -infinity only when both are -infinity.</summary>
    /// <param name="a">A log value, possibly -infinity.</param>
    /// <param name="b">A log value, possibly -infinity.</param>
    /// <returns>max(a, b) + log(1 + e^-|a - b|).</returns>
    public static double LogAddExp(double a, double b)
    {
        if (double.IsNegativeInfinity(a))
        {
            return b;
        }

        if (double.IsNegativeInfinity(b))
        {
            return a;
        }

        double max = Math.Max(a, b);
        return max + Log1P(Math.Exp(-Math.Abs(a - b)));
    }

    /// <summary>softplus(l) = log(1 + e^l), exact in both tails.</summary>
    /// <param name="l">Any value; +infinity gives +infinity, -infinity gives 0.</param>
    /// <returns>max(l, 0) + log(1 + e^-|l|).</returns>
    public static double Softplus(double l)
    {
        if (double.IsPositiveInfinity(l))
        {
            return l;
        }

        if (double.IsNegativeInfinity(l))
        {
            return 0.0;
        }

        return Math.Max(l, 0.0) + Log1P(Math.Exp(-Math.Abs(l)));
    }

    /// <summary>log sigmoid(l) = -softplus(-l); for example the log of D when D =
    /// sigmoid(l).</summary>
    /// <param name="l">A logit; -infinity gives -infinity, +infinity gives 0.</param>
    /// <returns>log(1 / (1 + e^-l)), never NaN for non-NaN input.</returns>
    public static double LogSigmoid(double l) => -Softplus(-l);

    /// <summary>The logistic sigmoid 1 / (1 + e^-l), evaluated without overflow.</summary>
    /// <param name="l">A logit, possibly infinite.</param>
    /// <returns>A value in [0, 1].</returns>
    public static double Sigmoid(double l)
    {
        if (l >= 0.0)
        {
            return 1.0 / (1.0 + Math.Exp(-l));
        }

        double e = Math.Exp(l);
        return e / (1.0 + e);
    }

    /// <summary>log(sum_i e^{v_i}) with the maximum factored out.</summary>
    /// <param name="values">Log values, possibly -infinity.</param>
    /// <returns>-infinity for an empty span or when every value is -infinity.</returns>
    public static double LogSumExp(ReadOnlySpan<double> values)
    {
        double max = double.NegativeInfinity;
        foreach (double v in values)
        {
            max = Math.Max(max, v);
        }

        if (double.IsNegativeInfinity(max) || double.IsPositiveInfinity(max))
        {
            return max;
        }

        double sum = 0.0;
        foreach (double v in values)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum);
    }
}
