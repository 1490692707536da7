using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Measures;

/// <summary>
/// Exact values of the divergences where a formula is known: disjoint supports, two normals
/// (KL; squared Hellinger; Pearson chi^2 and TV in 1-D), two uniforms (every divergence), and
/// +infinity when the support of p sticks out of the support of q (KL, Pearson chi^2).
/// </summary>
internal static class ClosedForms
{
    public static Estimate? Univariate(DivergenceKind kind, IUnivariateDensity p,
        IUnivariateDensity q)
    {
        if (kind == DivergenceKind.ReverseKullbackLeibler)
        {
            return Reversed(Univariate(DivergenceKind.KullbackLeibler, q, p));
        }

        if (p.SupportUpper <= q.SupportLower || q.SupportUpper <= p.SupportLower)
        {
            return Disjoint(kind);
        }

        bool contained = p.SupportLower >= q.SupportLower && p.SupportUpper <= q.SupportUpper;
        if (!contained
            && kind is DivergenceKind.KullbackLeibler or DivergenceKind.PearsonChiSquared)
        {
            return NotContained();
        }

        return (p, q) switch
        {
            (Normal a, Normal b) => Normals(kind, a, b),
            (Uniform a, Uniform b) => Uniforms(
                kind, a.Width, b.Width,
                Math.Max(0.0, Math.Min(a.Upper, b.Upper) - Math.Max(a.Lower, b.Lower)), contained),
            _ => null,
        };
    }

    public static Estimate? Bivariate(DivergenceKind kind, IBivariateDensity p, IBivariateDensity q)
    {
        if (kind == DivergenceKind.ReverseKullbackLeibler)
        {
            return Reversed(Bivariate(DivergenceKind.KullbackLeibler, q, p));
        }

        if (p.Support.InteriorsDisjoint(q.Support))
        {
            return Disjoint(kind);
        }

        bool contained = p.Support.Intersect(q.Support) == p.Support;
        if (!contained
            && kind is DivergenceKind.KullbackLeibler or DivergenceKind.PearsonChiSquared)
        {
            return NotContained();
        }

        switch (p, q)
        {
            case (BivariateNormal a, BivariateNormal b):
                return BivariateNormals(kind, a, b);
            case (UniformBox a, UniformBox b):
                AxisBox overlap = a.Support.Intersect(b.Support);
                double area = (overlap.XUpper - overlap.XLower) * (overlap.YUpper - overlap.YLower);
                return Uniforms(kind, a.Area, b.Area, area, contained);
            default:
                return null;
        }
    }

    private static Estimate Disjoint(DivergenceKind kind)
    {
        double value = kind switch
        {
            DivergenceKind.JensenShannon => Math.Log(2.0),
            DivergenceKind.TotalVariation or DivergenceKind.SquaredHellinger => 1.0,
            _ => double.PositiveInfinity,
        };
        return new Estimate(value, 0.0, "closed form: disjoint supports");
    }

    private const string NotContainedMethod =
        "closed form: the support of P is not inside that of Q";

    private static Estimate NotContained() => new(double.PositiveInfinity, 0.0, NotContainedMethod);

    // Reverse KL is KL with the arguments swapped; keep P and Q naming the caller's arguments.
    private static Estimate? Reversed(Estimate? swapped) =>
        swapped?.Method == NotContainedMethod
            ? swapped with { Method = "closed form: the support of Q is not inside that of P" }
            : swapped;

    // Uniform p and q with sizes (lengths or areas) sp and sq, heights 1/s, overlap size l.
    private static Estimate Uniforms(DivergenceKind kind, double sp, double sq, double l,
        bool contained)
    {
        double hp = 1.0 / sp;
        double hq = 1.0 / sq;
        double value = kind switch
        {
            DivergenceKind.KullbackLeibler => contained ? Math.Log(sq / sp)
                : double.PositiveInfinity,
            DivergenceKind.PearsonChiSquared => contained ? (sq / sp) - 1.0
                : double.PositiveInfinity,
            DivergenceKind.JensenShannon => UniformJensenShannon(hp, sp, hq, sq, l),
            DivergenceKind.TotalVariation => 0.5 * ((hp * (sp - l)) + (hq * (sq - l))
                + (l * Math.Abs(hp - hq))),
            DivergenceKind.SquaredHellinger => Math.Max(0.0, 1.0 - (l * Math.Sqrt(hp * hq))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown divergence"),
        };
        return new Estimate(value, 0.0, "closed form: two uniforms");
    }

    // Outside the overlap each density meets m = density / 2 and contributes density ln 2 / 2.
    private static double UniformJensenShannon(double hp, double sp, double hq, double sq, double l)
    {
        double alone = 0.5 * Math.Log(2.0) * ((hp * (sp - l)) + (hq * (sq - l)));
        double m = 0.5 * (hp + hq);
        return alone + (0.5 * l * ((hp * Math.Log(hp / m)) + (hq * Math.Log(hq / m))));
    }

    private static Estimate? Normals(DivergenceKind kind, Normal p, Normal q)
    {
        switch (kind)
        {
            case DivergenceKind.KullbackLeibler:
                // ln(sd_q / sd_p) + (r^2 + shift^2 - 1) / 2 with r = sd_p / sd_q taken through
                // its log, so only a truly huge value overflows.
                double logRatio = Math.Log(p.StandardDeviation) - Math.Log(q.StandardDeviation);
                double shift = Shift(p, q, q.StandardDeviation);
                double kl = -logRatio + (0.5 * (Math.Exp(2.0 * logRatio) + (shift * shift)))
                    - 0.5;
                // A finite true value above the largest double rounds to +infinity; say so.
                return new Estimate(kl, 0.0, double.IsFinite(kl) ? "closed form: Gaussian KL"
                    : "closed form: Gaussian KL, finite but above the largest double (1.8e308)");
            case DivergenceKind.SquaredHellinger:
                return NormalHellinger(p, q);
            case DivergenceKind.PearsonChiSquared:
                return NormalPearson(p, q);
            case DivergenceKind.TotalVariation
                when p.StandardDeviation == q.StandardDeviation:
                double z = Math.Abs(Shift(p, q, p.StandardDeviation)) / (2.0 * Math.Sqrt(2.0));
                double tv = MathNet.Numerics.SpecialFunctions.Erf(z);
                return new Estimate(tv, 0.0, "closed form: TV of equal-variance normals");
            default:
                return null;
        }
    }

    private static Estimate? BivariateNormals(DivergenceKind kind, BivariateNormal p,
        BivariateNormal q)
    {
        double dx = q.MeanX - p.MeanX;
        double dy = q.MeanY - p.MeanY;
        switch (kind)
        {
            case DivergenceKind.KullbackLeibler:
                // (tr(Sq^-1 Sp) + d' Sq^-1 d - 2 + log(det Sq / det Sp)) / 2.
                double trace = ((q.Syy * p.Sxx) - (2.0 * q.Sxy * p.Sxy)
                    + (q.Sxx * p.Syy)) / q.Determinant;
                double mahalanobis = Quadratic(q.Sxx, q.Sxy, q.Syy, q.Determinant, dx, dy);
                double kl = 0.5 * (trace + mahalanobis - 2.0
                    + Math.Log(q.Determinant / p.Determinant));
                return new Estimate(kl, 0.0, "closed form: Gaussian KL");
            case DivergenceKind.SquaredHellinger:
                double ax = 0.5 * (p.Sxx + q.Sxx);
                double axy = 0.5 * (p.Sxy + q.Sxy);
                double ay = 0.5 * (p.Syy + q.Syy);
                double detMean = (ax * ay) - (axy * axy);
                return GaussianHellinger(
                    p.Determinant * q.Determinant, detMean, Quadratic(ax, axy, ay, detMean, dx,
                        dy));
            default:
                return null;
        }
    }

    // log BC = ln(2 sp sq / (sp^2 + sq^2)) / 2 - delta^2 / (4 (sp^2 + sq^2)), every term scaled
    // by the larger sd m (r = smaller / larger), so sd up to the largest double do not overflow.
    private static Estimate NormalHellinger(Normal p, Normal q)
    {
        double m = Math.Max(p.StandardDeviation, q.StandardDeviation);
        double r = Math.Min(p.StandardDeviation, q.StandardDeviation) / m;
        double shift = Shift(p, q, m);
        double logBc = (0.5 * (Math.Log(2.0 * r) - Math.Log(1.0 + (r * r))))
            - (shift * shift / (4.0 * (1.0 + (r * r))));
        double hellinger = Math.Clamp(-LogSpace.ExpM1(logBc), 0.0, 1.0);
        return new Estimate(hellinger, 0.0, "closed form: Gaussian Hellinger");
    }

    // Finite only when sd_p < sqrt(2) sd_q: with r = sd_p / sd_q and shift = delta / sd_q,
    // chi^2 = exp(shift^2 / (2 - r^2)) / (r sqrt(2 - r^2)) - 1 (r is bounded, so only a huge
    // shift can overflow, and then the true value is above the largest double).
    private static Estimate NormalPearson(Normal p, Normal q)
    {
        double logRatio = Math.Log(p.StandardDeviation) - Math.Log(q.StandardDeviation);
        if (logRatio >= 0.5 * Math.Log(2.0))
        {
            return new Estimate(double.PositiveInfinity, 0.0,
                "closed form: Gaussian Pearson chi^2, infinite as sd_p >= sqrt(2) sd_q");
        }

        double r = Math.Exp(logRatio);
        double shift = Shift(p, q, q.StandardDeviation);
        double rest = 2.0 - (r * r);
        double chi = (Math.Exp(shift * shift / rest) / (r * Math.Sqrt(rest))) - 1.0;
        return new Estimate(chi, 0.0, double.IsFinite(chi) ? "closed form: Gaussian Pearson chi^2"
            : "closed form: Gaussian Pearson chi^2, finite but above the largest double (1.8e308)");
    }

    // (mean_p - mean_q) / sd without NaN: when the difference overflows the means have opposite
    // signs, so dividing each first gives the same infinity or a finite value.
    private static double Shift(Normal p, Normal q, double sd)
    {
        double delta = p.Mean - q.Mean;
        return double.IsFinite(delta) ? delta / sd : (p.Mean / sd) - (q.Mean / sd);
    }

    // H^2 = 1 - BC, log BC = log(det Sp det Sq)/4 - log det S/2 - d' S^-1 d / 8, S = (Sp + Sq)/2;
    // the 1-D case passes variances as determinants.
    private static Estimate GaussianHellinger(double detProduct, double detMean, double mahalanobis)
    {
        double logBc = (0.25 * Math.Log(detProduct)) - (0.5 * Math.Log(detMean))
            - (mahalanobis / 8.0);
        return new Estimate(-LogSpace.ExpM1(logBc), 0.0, "closed form: Gaussian Hellinger");
    }

    // d' S^-1 d for S = [[sxx, sxy], [sxy, syy]] with determinant det.
    private static double Quadratic(double sxx, double sxy, double syy, double det, double dx,
        double dy) =>
        ((syy * dx * dx) - (2.0 * sxy * dx * dy) + (sxx * dy * dy)) / det;
}
