using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Measures;

/// <summary>
/// The integrands of the divergences as functions of the two log-densities lp = log p(x) and
/// lq = log q(x), shared by the 1-D and 2-D routines. A term whose density is 0 is 0 (0 log 0 = 0);
/// p &gt; 0 where q = 0 gives +infinity where the divergence is then infinite. Never NaN.
/// </summary>
internal static class PointwiseIntegrands
{
    private static readonly double LogTwo = Math.Log(2.0);

    public static Func<double, double, double> For(DivergenceKind kind) => kind switch
    {
        DivergenceKind.KullbackLeibler => KullbackLeibler,
        DivergenceKind.ReverseKullbackLeibler => (lp, lq) => KullbackLeibler(lq, lp),
        DivergenceKind.JensenShannon => JensenShannon,
        DivergenceKind.TotalVariation => TotalVariation,
        DivergenceKind.SquaredHellinger => SquaredHellinger,
        DivergenceKind.PearsonChiSquared => PearsonChiSquared,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown divergence"),
    };

    /// <summary>p (lp - lq).</summary>
    public static double KullbackLeibler(double lp, double lq)
    {
        double p = Math.Exp(lp);
        if (p == 0.0)
        {
            return 0.0;
        }

        return double.IsNegativeInfinity(lq) ? double.PositiveInfinity : p * (lp - lq);
    }

    /// <summary>(p (lp - lm) + q (lq - lm)) / 2 with lm = logaddexp(lp, lq) - log 2.</summary>
    public static double JensenShannon(double lp, double lq)
    {
        double lm = LogSpace.LogAddExp(lp, lq) - LogTwo;
        return 0.5 * (Weighted(lp, lp - lm) + Weighted(lq, lq - lm));
    }

    /// <summary>p log D* + q log(1 - D*), the integrand of C(G) = V(G, D*).</summary>
    public static double GanCriterion(double lp, double lq)
    {
        double both = LogSpace.LogAddExp(lp, lq);
        return Weighted(lp, lp - both) + Weighted(lq, lq - both);
    }

    /// <summary>
    /// p_data log D + p_g log(1 - D) with D = sigmoid(l), the integrand of V(G, D): log D =
    /// -softplus(-l), log(1 - D) = -softplus(l), and a term whose density is 0 is 0 even where
    /// D saturates.
    /// </summary>
    public static double GanValue(double logData, double logGenerator, double logit) =>
        Weighted(logData, LogSpace.LogSigmoid(logit))
        + Weighted(logGenerator, LogSpace.LogSigmoid(-logit));

    /// <summary>|p - q| / 2.</summary>
    public static double TotalVariation(double lp,
        double lq) => 0.5 * Math.Abs(Math.Exp(lp) - Math.Exp(lq));

    /// <summary>(sqrt p - sqrt q)^2 / 2.</summary>
    public static double SquaredHellinger(double lp, double lq)
    {
        double difference = Math.Exp(0.5 * lp) - Math.Exp(0.5 * lq);
        return 0.5 * difference * difference;
    }

    /// <summary>(p - q)^2 / q = q (e^{lp - lq} - 1)^2, formed in log space so that it neither
    /// cancels where p ~ q nor underflows where both densities are tiny.</summary>
    public static double PearsonChiSquared(double lp, double lq)
    {
        if (double.IsNegativeInfinity(lq))
        {
            return double.IsNegativeInfinity(lp) ? 0.0 : double.PositiveInfinity;
        }

        // log |e^d - 1|, written so that e^d never overflows for large d = lp - lq.
        double d = lp - lq;
        if (d == 0.0)
        {
            return 0.0;
        }

        double logAbsRelative = d > 0.0 ? d + Math.Log(-LogSpace.ExpM1(-d))
            : Math.Log(-LogSpace.ExpM1(d));
        return Math.Exp(lq + (2.0 * logAbsRelative));
    }

    /// <summary>density × logTerm with density = e^logDensity, and 0 wherever the density is
    /// 0.</summary>
    public static double Weighted(double logDensity, double logTerm)
    {
        double density = Math.Exp(logDensity);
        return density == 0.0 ? 0.0 : density * logTerm;
    }
}
