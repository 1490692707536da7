using GanTheory.Divergences;
using GanTheory.Divergences.Gan;
using GanTheory.Divergences.Integration;
using GanTheory.Divergences.Measures;

namespace GanTheory.Experiments.Convergence;

/// <summary>
/// The theory's quantities for one <see cref="GeneratorSnapshot"/>, each by adaptive quadrature
/// against the exact densities: JSD(p_data || p_g), C(G) = V(G, D*) (computed directly, not
/// from the JSD, so Theorem 1's identity C = -ln 4 + 2 JSD is a check), V(G, D) of the
/// trained D, and the distances E_m|D - D*| and E_m|D - 1/2| under m = (p_data + p_g)/2.
/// </summary>
internal static class CheckpointEvaluator
{
    /// <summary>
    /// Tolerances for the checkpoint integrals: far below the quantities' meaningful digits
    /// (JSD matters to about 1e-5 nats here) and cheap enough to run every few hundred steps.
    /// </summary>
    public static readonly QuadratureOptions Tolerances = new(
        RelativeTolerance: 1e-8, AbsoluteTolerance: 1e-10, MaxSubdivisions: 20_000);

    /// <param name="Jsd">JSD(p_data || p_g) in nats.</param>
    /// <param name="Criterion">C(G) = V(G, D*) in nats.</param>
    /// <param name="Value">V(G, D) of the trained D in nats.</param>
    /// <param name="OptimalError">E_m |D - D*|.</param>
    /// <param name="HalfError">E_m |D - 1/2|.</param>
    public sealed record Result(
        Estimate Jsd, Estimate Criterion, Estimate Value, Estimate OptimalError,
        Estimate HalfError);

    public static Result Evaluate(GeneratorSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var data = snapshot.Data;
        var generator = snapshot.Generator;

        // The three integrals over D visit largely the same nodes: evaluate the network once.
        var logit = new MemoizedFunction(snapshot.DiscriminatorLogit.Evaluate);
        double Mixture(double x) => 0.5 * (data.Density(x) + generator.Density(x));
        double D(double x) => Divergences.Numerics.LogSpace.Sigmoid(logit.Evaluate(x));

        Estimate jsd = JensenShannon.Compute(data, generator, InformationUnit.Nats, Tolerances);
        Estimate criterion = GanValue.Criterion(data, generator, Tolerances);
        Estimate value = GanValue.Compute(data, generator, logit.Evaluate, Tolerances);
        Estimate optimalError = DensityQuadrature.OverUnion(
            x => Mixture(x) * Math.Abs(D(x) - snapshot.Optimal.Value(x)), data, generator,
                Tolerances);
        Estimate halfError = DensityQuadrature.OverUnion(
            x => Mixture(x) * Math.Abs(D(x) - 0.5), data, generator, Tolerances);
        return new Result(jsd, criterion, value, optimalError, halfError);
    }
}
