using static System.FormattableString;

namespace GanTheory.Experiments.Convergence;

/// <summary>
/// Reads a run's metrics against Section 4 of the paper and says, claim by claim, whether the
/// theory held. The limits are stated in the evidence so a reader can judge them.
/// </summary>
internal static class TheoryChecks
{
    /// <summary>V(G, D) may exceed C(G) by at most this many Monte Carlo standard errors.</summary>
    public const double StandardErrors = 3.0;

    /// <summary>Final JSD (nats) below which p_g counts as having reached p_data (used by the
    /// minimum claim and by the claim that D approaches 1/2).</summary>
    public const double JsdLimit = 0.01;

    /// <summary>Final E_m|D - D*| (and E_m|D - 1/2|) below which D counts as having reached
    /// it.</summary>
    public const double DiscriminatorLimit = 0.05;

    /// <summary>Largest |C(G) - (-ln 4 + 2 JSD)| (nats) that counts as agreement of the two
    /// quadratures.</summary>
    public const double IdentityLimit = 1e-6;

    public static IReadOnlyList<TheoryCheck> Assess(IReadOnlyList<CheckpointMetrics> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("no checkpoint was evaluated", nameof(rows));
        }

        return [Bound(rows), Identity(rows), Minimum(rows), Optimal(rows), Half(rows)];
    }

    // Theorem 1: C(G) = max_D V(G, D), so every trained D scores at most C(G).
    private static TheoryCheck Bound(IReadOnlyList<CheckpointMetrics> rows)
    {
        CheckpointMetrics worst = rows.MaxBy(r => Excess(r))!;
        double z = Excess(worst);
        bool held = rows.All(r => Excess(r) <= StandardErrors);
        int quadratureHeld = rows.Count(r => r.ValueQuadrature <= r.CriterionOfG + IdentityLimit);
        return new TheoryCheck(
            "V(G,D) <= C(G) at every checkpoint: no discriminator beats D* (Prop. 1, Thm. 1)",
            Invariant($"closest approach at step {worst.Step}: V = {worst.ValueMonteCarlo:F4} ± ")
            + Invariant($"{worst.ValueStandardError:F4} (Monte Carlo), C(G) = ")
            + Invariant($"{worst.CriterionOfG:F4}, ")
            + Invariant($"{z:+0.0;-0.0} standard errors (limit +{StandardErrors:0}); by ")
            + "quadrature "
            + Invariant($"V <= C(G) at {quadratureHeld} of {rows.Count} checkpoints"),
            held && quadratureHeld == rows.Count);
    }

    // Theorem 1's identity, from two independent quadratures.
    private static TheoryCheck Identity(IReadOnlyList<CheckpointMetrics> rows)
    {
        double worst = rows.Max(r => Math.Abs(r.CriterionOfG - (-Math.Log(4) + (2 * r.Jsd))));
        return new TheoryCheck(
            "C(G) = -ln 4 + 2 JSD(p_data || p_g) (Theorem 1)",
            Invariant($"largest |C(G) + ln 4 - 2 JSD| over {rows.Count} checkpoints: {worst:G2} ")
                + "nats "
            + Invariant($"(limit {IdentityLimit:G1})"),
            worst <= IdentityLimit);
    }

    // Theorem 1: the global minimum -ln 4 is reached only at p_g = p_data.
    private static TheoryCheck Minimum(IReadOnlyList<CheckpointMetrics> rows)
    {
        CheckpointMetrics first = rows[0];
        CheckpointMetrics last = rows[^1];
        bool held = last.Jsd <= JsdLimit && last.CriterionOfG < first.CriterionOfG;
        return new TheoryCheck(
            "C(G) falls to its minimum -ln 4 = -1.3863 as p_g approaches p_data (Thm. 1, Prop. 2)",
            Invariant($"C(G) went from {first.CriterionOfG:F4} (step {first.Step}) to ")
            + Invariant($"{last.CriterionOfG:F4} (step {last.Step}); the gap C(G) + ln 4 = 2 JSD ")
            + "is "
            + Invariant($"{last.CriterionOfG + Math.Log(4):F4} nats, JSD = {last.Jsd:F4} ")
            + Invariant($"(limit {JsdLimit})"),
            held);
    }

    // Proposition 1: for fixed G the best discriminator is D* = p_data / (p_data + p_g).
    private static TheoryCheck Optimal(IReadOnlyList<CheckpointMetrics> rows)
    {
        CheckpointMetrics last = rows[^1];
        return new TheoryCheck(
            "The trained D is close to the optimal D* = p_data / (p_data + p_g) (Prop. 1)",
            "mean |D - D*| under (p_data + p_g)/2: "
                + Invariant($"{rows[0].OptimalDiscriminatorError:F3} at ")
            + Invariant($"step {rows[0].Step}, {last.OptimalDiscriminatorError:F3} at the end ")
            + Invariant($"(limit {DiscriminatorLimit})"),
            last.OptimalDiscriminatorError <= DiscriminatorLimit);
    }

    // At the equilibrium p_g = p_data, D* = 1/2 on the support of p_data: D can no longer
    // tell data from samples. (Not everywhere: outside p_g's support D* = 1.) |D - 1/2| alone
    // proves nothing, since an untrained D already sits near 1/2; the claim needs p_g near
    // p_data too, with the same JSD limit as the minimum claim.
    private static TheoryCheck Half(IReadOnlyList<CheckpointMetrics> rows)
    {
        CheckpointMetrics first = rows[0];
        CheckpointMetrics last = rows[^1];
        bool held = last.HalfDiscriminatorError <= DiscriminatorLimit && last.Jsd <= JsdLimit;
        return new TheoryCheck(
            "D approaches 1/2 where the data and the samples lie: it can no longer tell them "
                + "apart",
            "mean |D - 1/2| under (p_data + p_g)/2: "
            + Invariant($"{first.HalfDiscriminatorError:F3} at step {first.Step}, ")
            + Invariant($"{last.HalfDiscriminatorError:F3} at the end (limit ")
            + Invariant($"{DiscriminatorLimit}), with JSD = {last.Jsd:F4} (limit {JsdLimit}); ")
            + Invariant($"mean D = {last.MeanRealScore:F3} on data, {last.MeanFakeScore:F3} on ")
            + "samples",
            held);
    }

    private static double Excess(CheckpointMetrics row)
    {
        double gap = row.ValueMonteCarlo - row.CriterionOfG;
        return row.ValueStandardError > 0 ? gap / row.ValueStandardError
            : gap > 0 ? double.PositiveInfinity : double.NegativeInfinity;
    }
}
