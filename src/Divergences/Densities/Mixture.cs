using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Densities;

/// <summary>
/// A finite mixture sum_i w_i p_i(x) of 1-D densities, evaluated with log-sum-exp so that the
/// log-density stays finite far into the tails of every component.
/// </summary>
public sealed class Mixture : IUnivariateDensity
{
    /// <summary>Largest accepted relative deviation of the weight sum from 1.</summary>
    public const double WeightSumTolerance = 1e-12;

    private readonly double[] _weights;
    private readonly double[] _logWeights;
    private readonly IUnivariateDensity[] _components;
    private readonly double[] _breakpoints;

    /// <summary>Creates the mixture of <paramref name="components"/> with <paramref
    /// name="weights"/>.</summary>
    /// <param name="weights">Non-negative finite weights summing to 1 within 1e-12
    /// relative.</param>
    /// <param name="components">The component densities, one per weight.</param>
    /// <exception cref="ArgumentException">Lengths differ or the lists are empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is NaN, negative or infinite, or
    /// the weights do not sum to 1 (the message names the sum).</exception>
    public Mixture(IReadOnlyList<double> weights, IReadOnlyList<IUnivariateDensity> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        _weights = MixtureWeights.Validated(weights, components.Count);
        _components = [.. components];
        _logWeights = Array.ConvertAll(_weights, Math.Log);

        // Zero-weight components carry no mass: they do not move the support or the splits.
        int[] live = MixtureWeights.Live(_weights);
        SupportLower = live.Min(i => _components[i].SupportLower);
        SupportUpper = live.Max(i => _components[i].SupportUpper);
        Scale = live.Max(i => _components[i].Scale);
        _breakpoints = [.. live.SelectMany(i => _components[i].Breakpoints).Distinct().Order()];
    }

    /// <summary>The mixture weights.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The component densities.</summary>
    public IReadOnlyList<IUnivariateDensity> Components => _components;

    /// <inheritdoc/>
    public double SupportLower { get; }

    /// <inheritdoc/>
    public double SupportUpper { get; }

    /// <inheritdoc/>
    /// <remarks>The union of the breakpoints of the components with positive weight.</remarks>
    public IReadOnlyList<double> Breakpoints => _breakpoints;

    /// <inheritdoc/>
    /// <remarks>The largest scale among the components with positive weight.</remarks>
    public double Scale { get; }

    /// <inheritdoc/>
    public double Density(double x) => Math.Exp(DensityLn(x));

    /// <inheritdoc/>
    /// <remarks>log sum_i exp(log w_i + log p_i(x)).</remarks>
    public double DensityLn(double x)
    {
        Span<double> terms = _components.Length <= 64
            ? stackalloc double[_components.Length]
            : new double[_components.Length];
        for (int i = 0; i < _components.Length; i++)
        {
            terms[i] = _logWeights[i] + _components[i].DensityLn(x);
        }

        return LogSpace.LogSumExp(terms);
    }

    /// <inheritdoc/>
    /// <remarks>Picks a component with probability w_i, then samples it.</remarks>
    public double Sample(Random random) => _components[MixtureWeights.Pick(_weights,
        random)].Sample(random);

    /// <summary>Describes the mixture, for example <c>mixture(0.3*normal(-2, 0.5),
    /// ...)</c>.</summary>
    /// <returns>The calculator syntax of this density.</returns>
    public override string ToString() =>
        MixtureWeights.Describe(_weights, _components);
}
