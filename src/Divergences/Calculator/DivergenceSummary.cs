using GanTheory.Divergences.Gan;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Calculator;

/// <summary>
/// The calculator's table for a pair (P, Q), P read as p_data and Q as p_g: KL both ways, JSD in
/// nats and bits, the JS distance, TV, squared Hellinger and C(G), each with its error estimate
/// and method. The keys are <c>kl_pq, kl_qp, jsd, jsd_bits, js_distance, tv, hellinger_sq,
/// c_of_g</c>.
/// </summary>
public static class DivergenceSummary
{
    /// <summary>The table for two densities of the same dimension.</summary>
    /// <param name="p">P (p_data).</param>
    /// <param name="q">Q (p_g).</param>
    /// <returns>The eight rows in key order.</returns>
    /// <exception cref="ArgumentException">P and Q have different dimensions.</exception>
    public static IReadOnlyList<SummaryRow> Compute(ParsedDensity p, ParsedDensity q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (p.Dimension != q.Dimension)
        {
            throw new ArgumentException(
                $"P is {p.Dimension}-D but Q is {q.Dimension}-D; both must have the same dimension",
                    nameof(q));
        }

        Func<DivergenceKind, Estimate> divergence = p.Dimension == 1
            ? kind => Divergence.Compute(kind, p.Univariate!, q.Univariate!)
            : kind => Divergence.Compute(kind, p.Bivariate!, q.Bivariate!);
        Estimate criterion = p.Dimension == 1
            ? GanValue.Criterion(p.Univariate!, q.Univariate!)
            : GanValue.Criterion(p.Bivariate!, q.Bivariate!);
        Estimate jsd = divergence(DivergenceKind.JensenShannon);
        return Rows(
            divergence(DivergenceKind.KullbackLeibler),
            divergence(DivergenceKind.ReverseKullbackLeibler),
            jsd,
            divergence(DivergenceKind.TotalVariation),
            divergence(DivergenceKind.SquaredHellinger),
            criterion);
    }

    /// <summary>The table for two probability vectors (exact sums).</summary>
    /// <param name="p">P (p_data), summing to 1 within 1e-9 unless normalised.</param>
    /// <param name="q">Q (p_g), same length.</param>
    /// <param name="input">Reject (default) or normalise vectors that do not sum to 1.</param>
    /// <returns>The eight rows in key order.</returns>
    public static IReadOnlyList<SummaryRow> Discrete(
        IReadOnlyList<double> p,
        IReadOnlyList<double> q,
        ProbabilityInput input = ProbabilityInput.MustSumToOne) =>
        Rows(
            DiscreteDivergence.KullbackLeibler(p, q, input),
            DiscreteDivergence.KullbackLeibler(q, p, input),
            DiscreteDivergence.JensenShannon(p, q, input),
            DiscreteDivergence.TotalVariation(p, q, input),
            DiscreteDivergence.SquaredHellinger(p, q, input),
            DiscreteDivergence.GanCriterion(p, q, input));

    private static SummaryRow[] Rows(
        Estimate klPq, Estimate klQp, Estimate jsd, Estimate tv, Estimate hellinger,
            Estimate criterion) =>
    [
        new("kl_pq", "KL(P || Q) [nats]", klPq),
        new("kl_qp", "KL(Q || P) [nats]", klQp),
        new("jsd", "JSD(P || Q) [nats]", jsd),
        new("jsd_bits", "JSD(P || Q) [bits]", jsd.ToBits()),
        new("js_distance", "JS distance sqrt(JSD) [nats^1/2]", Divergence.SquareRoot(jsd)),
        new("tv", "total variation", tv),
        new("hellinger_sq", "squared Hellinger", hellinger),
        new("c_of_g", "C(G) = V(G, D*), P = p_data, Q = p_g [nats]", criterion),
    ];
}
