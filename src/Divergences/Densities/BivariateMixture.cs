using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Densities;

/// <summary>A finite mixture sum_i w_i p_i(x, y) of densities on the plane, evaluated with
/// log-sum-exp.</summary>
public sealed class BivariateMixture : IBivariateDensity
{
    private readonly double[] _weights;
    private readonly double[] _logWeights;
    private readonly IBivariateDensity[] _components;

    /// <summary>Creates the mixture.</summary>
    /// <param name="weights">Non-negative finite weights summing to 1 within 1e-12.</param>
    /// <param name="components">One density per weight.</param>
    /// <exception cref="ArgumentException">Lengths differ or the lists are empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bad weight, or weights whose sum is not 1
    /// (the message names the sum).</exception>
    public BivariateMixture(IReadOnlyList<double> weights,
        IReadOnlyList<IBivariateDensity> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        _weights = MixtureWeights.Validated(weights, components.Count);
        _components = [.. components];
        _logWeights = Array.ConvertAll(_weights, Math.Log);
        int[] live = MixtureWeights.Live(_weights);
        Support = live.Select(i => _components[i].Support).Aggregate((a, b) => a.Hull(b));
        Extent = live.Select(i => _components[i].Extent).Aggregate((a, b) => a.Hull(b));
        XBreakpoints = [.. live.SelectMany(i => _components[i].XBreakpoints).Distinct().Order()];
        YBreakpoints = [.. live.SelectMany(i => _components[i].YBreakpoints).Distinct().Order()];
    }

    /// <summary>The mixture weights.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The component densities.</summary>
    public IReadOnlyList<IBivariateDensity> Components => _components;

    /// <inheritdoc/>
    public AxisBox Support { get; }

    /// <inheritdoc/>
    public AxisBox Extent { get; }

    /// <inheritdoc/>
    public IReadOnlyList<double> XBreakpoints { get; }

    /// <inheritdoc/>
    public IReadOnlyList<double> YBreakpoints { get; }

    /// <inheritdoc/>
    public double Density(double x, double y) => Math.Exp(DensityLn(x, y));

    /// <inheritdoc/>
    public double DensityLn(double x, double y)
    {
        Span<double> terms = _components.Length <= 64
            ? stackalloc double[_components.Length]
            : new double[_components.Length];
        for (int i = 0; i < _components.Length; i++)
        {
            terms[i] = _logWeights[i] + _components[i].DensityLn(x, y);
        }

        return LogSpace.LogSumExp(terms);
    }

    /// <inheritdoc/>
    public (double X, double Y) Sample(Random random) =>
        _components[MixtureWeights.Pick(_weights, random)].Sample(random);

    /// <summary>Describes the mixture in calculator syntax.</summary>
    /// <returns>For example <c>mixture(0.5*normal2(...), 0.5*normal2(...))</c>.</returns>
    public override string ToString() =>
        MixtureWeights.Describe(_weights, _components);
}
