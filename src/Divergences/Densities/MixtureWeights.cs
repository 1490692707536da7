namespace GanTheory.Divergences.Densities;

/// <summary>Validation, sampling and description of mixture weights, shared by the 1-D and 2-D
/// mixtures.</summary>
internal static class MixtureWeights
{
    /// <summary>Checks the weights (finite, &gt;= 0, one per component, summing to 1) and copies
    /// them.</summary>
    public static double[] Validated(IReadOnlyList<double> weights, int componentCount)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0 || weights.Count != componentCount)
        {
            throw new ArgumentException(
                "need one weight per component and at least one: "
                + FormattableString.Invariant($"{weights.Count} weights, {componentCount} ")
                + "components",
                nameof(weights));
        }

        (double[] copy, double sum) = Guard.NonNegativeEntries(weights, nameof(weights), "weight");
        if (!(Math.Abs(sum - 1.0) <= Mixture.WeightSumTolerance))
        {
            throw new ArgumentOutOfRangeException(
                nameof(weights), sum,
                "weights must sum to 1 (within 1e-12); they sum to "
                    + FormattableString.Invariant($"{sum:R}"));
        }

        return copy;
    }

    /// <summary>The calculator syntax <c>mixture(w1*component1, w2*component2, ...)</c>.</summary>
    public static string Describe<T>(double[] weights, T[] components) =>
        "mixture(" + string.Join(", ", weights.Select((w, i) =>
            FormattableString.Invariant($"{w:R}*{components[i]}"))) + ")";

    /// <summary>Indices of the components with positive weight.</summary>
    public static int[] Live(double[] weights) =>
        Enumerable.Range(0, weights.Length).Where(i => weights[i] > 0.0).ToArray();

    /// <summary>Picks index i with probability weights[i].</summary>
    public static int Pick(double[] weights, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double u = random.NextDouble();
        double cumulative = 0.0;
        for (int i = 0; i < weights.Length; i++)
        {
            cumulative += weights[i];
            if (u < cumulative && weights[i] > 0.0)
            {
                return i;
            }
        }

        // Rounding can leave the cumulative sum a hair below 1: use the last live component.
        return Array.FindLastIndex(weights, w => w > 0.0);
    }
}
