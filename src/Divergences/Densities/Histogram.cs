namespace GanTheory.Divergences.Densities;

/// <summary>
/// A piecewise-constant density on given bin edges e_0 &lt; ... &lt; e_n: mass m_i spread uniformly
/// over bin [e_i, e_{i+1}) (the last bin includes its upper edge).
/// </summary>
public sealed class Histogram : IUnivariateDensity
{
    private readonly double[] _edges;
    private readonly double[] _masses;
    private readonly double[] _heights;

    /// <summary>Creates the histogram from bin edges and bin masses.</summary>
    /// <param name="edges">n + 1 strictly increasing finite edges.</param>
    /// <param name="masses">n finite non-negative masses with a positive sum; they are divided by
    /// their sum (so counts work as well as probabilities).</param>
    /// <exception cref="ArgumentException">Lengths do not match.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Edges not increasing, NaN, negative
    /// masses.</exception>
    public Histogram(IReadOnlyList<double> edges, IReadOnlyList<double> masses)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(masses);
        if (edges.Count < 2 || masses.Count != edges.Count - 1)
        {
            throw new ArgumentException(
                "need n + 1 >= 2 edges and n masses; "
                + FormattableString.Invariant($"got {edges.Count} and {masses.Count}"),
                nameof(masses));
        }

        _edges = [.. edges];
        for (int i = 0; i < _edges.Length; i++)
        {
            Guard.Finite(_edges[i], nameof(edges));
            if (i > 0 && !(_edges[i] > _edges[i - 1]))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(edges),
                    _edges[i],
                    FormattableString.Invariant($"edge {i} must exceed edge {i - 1}"));
            }
        }

        (_masses, double total) = Guard.NonNegativeEntries(masses, nameof(masses), "mass");
        if (!(total > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(masses), total,
                "masses must have a positive sum");
        }

        _heights = new double[_masses.Length];
        for (int i = 0; i < _masses.Length; i++)
        {
            _masses[i] /= total;
            _heights[i] = _masses[i] / (_edges[i + 1] - _edges[i]);
        }
    }

    /// <summary>The bin edges.</summary>
    public IReadOnlyList<double> Edges => _edges;

    /// <summary>The normalised bin masses (summing to 1).</summary>
    public IReadOnlyList<double> Masses => _masses;

    /// <inheritdoc/>
    public double SupportLower => _edges[0];

    /// <inheritdoc/>
    public double SupportUpper => _edges[^1];

    /// <inheritdoc/>
    /// <remarks>The bin edges, where the density jumps.</remarks>
    public IReadOnlyList<double> Breakpoints => _edges;

    /// <inheritdoc/>
    public double Scale => _edges[^1] - _edges[0];

    /// <summary>The index of the bin holding x, or -1 outside [e_0, e_n].</summary>
    /// <param name="x">The point.</param>
    /// <returns>The bin index.</returns>
    public int BinOf(double x)
    {
        if (!(x >= _edges[0] && x <= _edges[^1]))
        {
            return -1;
        }

        int index = Array.BinarySearch(_edges, x);
        int bin = index >= 0 ? index : ~index - 1;
        return Math.Min(bin, _masses.Length - 1);
    }

    /// <inheritdoc/>
    public double Density(double x)
    {
        int bin = BinOf(x);
        return bin < 0 ? 0.0 : _heights[bin];
    }

    /// <inheritdoc/>
    public double DensityLn(double x) => Math.Log(Density(x));

    /// <inheritdoc/>
    public double Sample(Random random)
    {
        int bin = MixtureWeights.Pick(_masses, random);
        return _edges[bin] + ((_edges[bin + 1] - _edges[bin]) * random.NextDouble());
    }
}
