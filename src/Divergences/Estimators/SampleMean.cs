namespace GanTheory.Divergences.Estimators;

/// <summary>The mean of per-sample terms and its standard error s / sqrt(n).</summary>
internal readonly record struct SampleMean(double Mean, double StandardError)
{
    /// <summary>
    /// Mean and standard error s / sqrt(n) of at least two terms, with s the sample standard
    /// deviation (divisor n - 1). Terms may be infinite of one sign: the mean is then that
    /// infinity with standard error 0. Terms must not be NaN (the callers check them).
    /// </summary>
    public static SampleMean Of(ReadOnlySpan<double> terms)
    {
        double sum = 0;
        foreach (double term in terms)
        {
            sum += term;
        }

        double mean = sum / terms.Length;
        if (double.IsInfinity(mean))
        {
            return new SampleMean(mean, 0);
        }

        // Two passes: the squared deviations from the mean, not E[t^2] - E[t]^2, which
        // cancels catastrophically when the spread is small beside the mean.
        double squares = 0;
        foreach (double term in terms)
        {
            squares += (term - mean) * (term - mean);
        }

        double variance = squares / (terms.Length - 1);
        return new SampleMean(mean, Math.Sqrt(variance / terms.Length));
    }

    /// <summary>
    /// a X + b Y for independent sample means X and Y: the standard error is
    /// sqrt(a^2 se_X^2 + b^2 se_Y^2), or 0 when the combination is infinite.
    /// </summary>
    public static SampleMean Combine(double a, SampleMean x, double b, SampleMean y)
    {
        double mean = (a * x.Mean) + (b * y.Mean);
        if (double.IsInfinity(mean))
        {
            return new SampleMean(mean, 0);
        }

        double error = Math.Sqrt((a * a * x.StandardError * x.StandardError)
            + (b * b * y.StandardError * y.StandardError));
        return new SampleMean(mean, error);
    }
}
