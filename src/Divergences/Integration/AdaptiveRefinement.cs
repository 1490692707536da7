using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Integration;

/// <summary>
/// The globally adaptive loop shared by <see cref="AdaptiveQuadrature"/> (pieces of a line)
/// and <see cref="AdaptiveCubature"/> (cells of a box): the region with the largest error
/// estimate is bisected until the summed estimate is at most max(absolute tolerance,
/// relative tolerance x |integral|) or the bisection budget runs out.
/// </summary>
/// <remarks>
/// The first infinite integrand value ends the loop: the result is that infinity with error 0
/// (see <see cref="GuardedIntegrand"/>). A region too short to bisect in double precision
/// keeps its error in the sum. The reported error is the summed estimate plus a rounding
/// allowance of 8 u times the summed |value| of the regions, u = 2^-53 the unit roundoff.
/// </remarks>
internal static class AdaptiveRefinement
{
    /// <summary>8 u, u = 2^-53 the unit roundoff of double precision.</summary>
    private const double RoundingPerMagnitude = 8.0 * 1.1102230246251565e-16;

    /// <summary>Refines <paramref name="initial"/> regions to the tolerance.</summary>
    /// <param name="integrand">The guarded integrand the rule evaluates.</param>
    /// <param name="initial">The starting regions, each evaluated once.</param>
    /// <param name="rule">The value and error estimate of the integral over a region.</param>
    /// <param name="bisect">The two halves of a region, or null when it cannot be split.</param>
    /// <param name="options">Tolerances and the bisection budget.</param>
    /// <param name="ruleName">The rule's name, the start of <see cref="Estimate.Method"/>.</param>
    /// <param name="regionsNoun">What the regions are called, e.g. "pieces" or "cells".</param>
    /// <returns>The integral, its error estimate and the method.</returns>
    public static Estimate Run<TRegion>(
        GuardedIntegrand integrand,
        IEnumerable<TRegion> initial,
        Func<TRegion, (double Value, double Error)> rule,
        Func<TRegion, (TRegion First, TRegion Second)?> bisect,
        QuadratureOptions options,
        string ruleName,
        string regionsNoun)
    {
        var queue = new PriorityQueue<Evaluated<TRegion>, double>();
        var settled = new List<Evaluated<TRegion>>();
        double total = 0.0;
        double error = 0.0;
        foreach (TRegion region in initial)
        {
            Evaluated<TRegion> evaluated = Evaluate(rule, region);
            if (integrand.Infinity != 0.0)
            {
                return Infinite(integrand, ruleName);
            }

            total += evaluated.Value;
            error += evaluated.Error;
            queue.Enqueue(evaluated, -evaluated.Error);
        }

        int subdivisions = 0;
        while (queue.Count > 0
               && error > Tolerance(options, total)
               && subdivisions < options.MaxSubdivisions)
        {
            Evaluated<TRegion> worst = queue.Dequeue();
            if (bisect(worst.Region) is not (TRegion first, TRegion second))
            {
                settled.Add(worst);
                continue;
            }

            Evaluated<TRegion> a = Evaluate(rule, first);
            Evaluated<TRegion> b = Evaluate(rule, second);
            if (integrand.Infinity != 0.0)
            {
                return Infinite(integrand, ruleName);
            }

            total += a.Value + b.Value - worst.Value;
            error += a.Error + b.Error - worst.Error;
            queue.Enqueue(a, -a.Error);
            queue.Enqueue(b, -b.Error);
            subdivisions++;
        }

        settled.AddRange(queue.UnorderedItems.Select(item => item.Element));
        return Summarise(settled, options, ruleName, regionsNoun);
    }

    private static double Tolerance(QuadratureOptions options, double integral) =>
        Math.Max(options.AbsoluteTolerance, options.RelativeTolerance * Math.Abs(integral));

    private static Evaluated<TRegion> Evaluate<TRegion>(
        Func<TRegion, (double Value, double Error)> rule, TRegion region)
    {
        (double value, double error) = rule(region);
        return new Evaluated<TRegion>(region, value, error);
    }

    private static Estimate Summarise<TRegion>(
        List<Evaluated<TRegion>> regions, QuadratureOptions options, string ruleName,
        string regionsNoun)
    {
        // Recompute the totals with compensated summation: the running sums drift.
        var sum = new CompensatedSum();
        double error = 0.0;
        double magnitude = 0.0;
        foreach (Evaluated<TRegion> region in regions)
        {
            sum.Add(region.Value);
            error += region.Error;
            magnitude += Math.Abs(region.Value);
        }

        double value = sum.Value;
        string note = error <= Tolerance(options, value) ? string.Empty : ", tolerance not reached";
        string method = FormattableString.Invariant($"{ruleName}, {regions.Count} ")
            + FormattableString.Invariant($"{regionsNoun}{note}");
        return new Estimate(value, error + (RoundingPerMagnitude * magnitude), method);
    }

    private static Estimate Infinite(GuardedIntegrand integrand, string ruleName) =>
        new(integrand.Infinity, 0.0, ruleName + ": " + integrand.InfinityNote);

    private readonly record struct Evaluated<TRegion>(TRegion Region, double Value, double Error);
}
