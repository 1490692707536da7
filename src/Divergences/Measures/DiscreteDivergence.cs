
namespace GanTheory.Divergences.Measures;

/// <summary>
/// Divergences between probability vectors (or histograms on common bins), as exact finite
/// sums, in nats unless bits are asked for. Conventions: 0 log 0 = 0 and 0 log(0 / q) = 0;
/// p_i &gt; 0 where q_i = 0 makes KL(p || q) +infinity. The error estimate is a bound on the
/// rounding of the sum (n ε Σ|terms|).
/// </summary>
public static class DiscreteDivergence
{
    /// <summary>Largest accepted |sum - 1| for <see cref="ProbabilityInput.MustSumToOne"/>:
    /// 1e-9.</summary>
    public const double SumTolerance = 1e-9;

    /// <summary>KL(p || q) = Σ p_i log(p_i / q_i).</summary>
    /// <param name="p">First probability vector.</param>
    /// <param name="q">Second probability vector, same length.</param>
    /// <param name="input">Whether to reject or normalise vectors that do not sum to 1.</param>
    /// <param name="unit">Nats (default) or bits.</param>
    /// <returns>KL in [0, +infinity].</returns>
    public static Estimate KullbackLeibler(
        IReadOnlyList<double> p,
        IReadOnlyList<double> q,
        ProbabilityInput input = ProbabilityInput.MustSumToOne,
        InformationUnit unit = InformationUnit.Nats)
    {
        (double[] a, double[] b) = Checked(p, q, input);
        return Sum(a, b, (pi, qi) => PointwiseLog(pi, qi), "exact sum: KL").In(unit);
    }

    /// <summary>JSD(p || q) = Σ (p_i log(p_i / m_i) + q_i log(q_i / m_i)) / 2, m = (p + q) /
    /// 2.</summary>
    /// <param name="p">First probability vector.</param>
    /// <param name="q">Second probability vector, same length.</param>
    /// <param name="input">Whether to reject or normalise vectors that do not sum to 1.</param>
    /// <param name="unit">Nats (default) or bits.</param>
    /// <returns>JSD in [0, ln 2].</returns>
    public static Estimate JensenShannon(
        IReadOnlyList<double> p,
        IReadOnlyList<double> q,
        ProbabilityInput input = ProbabilityInput.MustSumToOne,
        InformationUnit unit = InformationUnit.Nats)
    {
        (double[] a, double[] b) = Checked(p, q, input);
        return Sum(a, b, JensenShannonTerm, "exact sum: JSD").In(unit);
    }

    /// <summary>The JS distance sqrt(JSD(p || q)) in nats^(1/2), a metric on probability
    /// vectors.</summary>
    /// <param name="p">First probability vector.</param>
    /// <param name="q">Second probability vector.</param>
    /// <param name="input">Whether to reject or normalise vectors that do not sum to 1.</param>
    /// <returns>The distance in [0, sqrt(ln 2)].</returns>
    public static Estimate JensenShannonDistance(
        IReadOnlyList<double> p,
        IReadOnlyList<double> q,
        ProbabilityInput input = ProbabilityInput.MustSumToOne) =>
        Divergence.SquareRoot(JensenShannon(p, q, input));

    /// <summary>TV = Σ |p_i - q_i| / 2, in [0, 1].</summary>
    /// <param name="p">First probability vector.</param>
    /// <param name="q">Second probability vector.</param>
    /// <param name="input">Whether to reject or normalise vectors that do not sum to 1.</param>
    /// <returns>The total variation distance.</returns>
    public static Estimate TotalVariation(
        IReadOnlyList<double> p,
        IReadOnlyList<double> q,
        ProbabilityInput input = ProbabilityInput.MustSumToOne)
    {
        (double[] a, double[] b) = Checked(p, q, input);
        return Sum(a, b, (pi, qi) => 0.5 * Math.Abs(pi - qi), "exact sum: TV");
    }

    /// <summary>Squared Hellinger H^2 = Σ (sqrt p_i - sqrt q_i)^2 / 2, in [0, 1].</summary>
    /// <param name="p">First probability vector.</param>
    /// <param name="q">Second probability vector.</param>
    /// <param name="input">Whether to reject or normalise vectors that do not sum to 1.</param>
    /// <returns>The squared Hellinger distance.</returns>
    public static Estimate SquaredHellinger(
        IReadOnlyList<double> p,
        IReadOnlyList<double> q,
        ProbabilityInput input = ProbabilityInput.MustSumToOne)
    {
        (double[] a, double[] b) = Checked(p, q, input);
        return Sum(
            a, b, (pi,
                qi) => 0.5 * (Math.Sqrt(pi) - Math.Sqrt(qi)) * (Math.Sqrt(pi) - Math.Sqrt(qi)),
            "exact sum: squared Hellinger");
    }

    /// <summary>C(G) = Σ p_i log(p_i / (p_i + q_i)) + q_i log(q_i / (p_i + q_i)) with p = p_data,
    /// q = p_g
    /// (= -log 4 + 2 JSD by Theorem 1), in nats.</summary>
    /// <param name="data">p_data.</param>
    /// <param name="generator">p_g.</param>
    /// <param name="input">Whether to reject or normalise vectors that do not sum to 1.</param>
    /// <returns>C(G) in [-log 4, 0].</returns>
    public static Estimate GanCriterion(
        IReadOnlyList<double> data, IReadOnlyList<double> generator,
        ProbabilityInput input = ProbabilityInput.MustSumToOne)
    {
        (double[] a, double[] b) = Checked(data, generator, input);
        return Sum(
            a, b, (pi, qi) => PointwiseLog(pi, pi + qi) + PointwiseLog(qi, pi
                + qi), "exact sum: C(G) = V(G, D*)");
    }

    // p log(p / q) with 0 log(0 / q) = 0 and p log(p / 0) = +infinity for p > 0.
    private static double PointwiseLog(double p, double q)
    {
        if (p == 0.0)
        {
            return 0.0;
        }

        return q == 0.0 ? double.PositiveInfinity : p * Math.Log(p / q);
    }

    private static double JensenShannonTerm(double p, double q)
    {
        double m = 0.5 * (p + q);
        return 0.5 * (PointwiseLog(p, m) + PointwiseLog(q, m));
    }

    private static Estimate Sum(double[] p, double[] q, Func<double, double, double> term,
        string method)
    {
        double sum = 0.0;
        double magnitude = 0.0;
        for (int i = 0; i < p.Length; i++)
        {
            double t = term(p[i], q[i]);
            sum += t;
            magnitude += Math.Abs(t);
        }

        if (double.IsPositiveInfinity(sum))
        {
            return new Estimate(sum, 0.0, method + " (p > 0 where q = 0)");
        }

        string outcomes = p.Length == 1 ? "outcome" : "outcomes";
        string label = FormattableString.Invariant($"{method} over {p.Length} {outcomes}");
        return new Estimate(sum, p.Length * 2.220446049250313e-16 * magnitude, label);
    }

    private static (double[] P, double[] Q) Checked(IReadOnlyList<double> p,
        IReadOnlyList<double> q, ProbabilityInput input)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (p.Count == 0 || p.Count != q.Count)
        {
            throw new ArgumentException(
                "need two non-empty vectors of equal length; got "
                    + FormattableString.Invariant($"{p.Count} and {q.Count}"),
                nameof(q));
        }

        return (Vector(p, nameof(p), input), Vector(q, nameof(q), input));
    }

    private static double[] Vector(IReadOnlyList<double> values, string name,
        ProbabilityInput input)
    {
        (double[] copy, double sum) = Guard.NonNegativeEntries(values, name, "entry");
        if (input == ProbabilityInput.Normalise)
        {
            if (!(sum > 0.0))
            {
                throw new ArgumentOutOfRangeException(name, sum,
                    "entries must have a positive sum to be normalised");
            }

            return Array.ConvertAll(copy, v => v / sum);
        }

        if (!(Math.Abs(sum - 1.0) <= SumTolerance))
        {
            throw new ArgumentOutOfRangeException(
                name, sum,
                "entries must sum to 1 within 1e-9 (they sum to "
                    + FormattableString.Invariant($"{sum:R}); ")
                + "or pass ProbabilityInput.Normalise");
        }

        return copy;
    }
}
