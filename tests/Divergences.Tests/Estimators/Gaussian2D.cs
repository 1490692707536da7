namespace GanTheory.Divergences.Tests.Estimators;

/// <summary>A 2-D normal N((Mx, My), [[Sxx, Sxy], [Sxy, Syy]]).</summary>
internal sealed record Gaussian2D(double Mx, double My, double Sxx, double Sxy, double Syy)
{
    public static readonly Gaussian2D Standard = new(0, 0, 1, 0, 1);

    public double Determinant => (Sxx * Syy) - (Sxy * Sxy);

    /// <summary>ln(2 pi e) + ln(det S) / 2.</summary>
    public double Entropy => Math.Log(2 * Math.PI * Math.E) + (0.5 * Math.Log(Determinant));

    public double LogDensity(double x, double y)
    {
        double dx = x - Mx;
        double dy = y - My;
        double quadratic = ((Syy * dx * dx) - (2 * Sxy * dx * dy) + (Sxx * dy * dy)) / Determinant;
        return (-0.5 * quadratic) - Math.Log(2 * Math.PI) - (0.5 * Math.Log(Determinant));
    }

    /// <summary>
    /// KL(this || other) =
    /// [tr(S1^-1 S0) + (m1 - m0)' S1^-1 (m1 - m0) - 2 + ln(det S1 / det S0)] / 2.
    /// </summary>
    public double KullbackLeibler(Gaussian2D other)
    {
        double d = other.Determinant;
        double trace = ((other.Syy * Sxx) - (2 * other.Sxy * Sxy) + (other.Sxx * Syy)) / d;
        double dx = other.Mx - Mx;
        double dy = other.My - My;
        double mahalanobis =
            ((other.Syy * dx * dx) - (2 * other.Sxy * dx * dy) + (other.Sxx * dy * dy)) / d;
        return 0.5 * (trace + mahalanobis - 2 + Math.Log(d / Determinant));
    }
}
