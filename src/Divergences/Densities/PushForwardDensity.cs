using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Densities;

/// <summary>
/// The exact density of x = G(z) for a 1-D map G of 1-D noise z, built from G on a fine z grid
/// z_0 &lt; ... &lt; z_n: the noise mass of each cell [z_i, z_{i+1}] is spread uniformly over the
/// cell's image [min(G(z_i), G(z_{i+1})), max(...)]. Cells of a non-monotone G overlap and
/// their densities add. The result is piecewise constant: exact for G linear on every cell and
/// otherwise as fine as the grid, with no kernel bias.
/// </summary>
/// <remarks>
/// <para>Flat cells. A cell whose image is narrower than <see cref="MinimumCellWidth"/> (for
/// example a dead ReLU region, where G is constant) is widened symmetrically about its centre
/// to exactly that width. Its mass is kept, so an atom of G becomes a tall narrow box: the
/// density stays finite, nothing is NaN or infinite, and the total mass stays 1.</para>
/// <para>Evaluation. The cell edges are sorted once and a sweep stores the density on every
/// piece between consecutive distinct edges; <see cref="Density"/> is then a binary search,
/// O(log n). Building costs O(n log n).</para>
/// </remarks>
public sealed class PushForwardDensity : IUnivariateDensity
{
    /// <summary>
    /// Default minimum cell width, relative to the spread max G - min G of the generator values
    /// (or to max(1, |G|) when every value is equal).
    /// </summary>
    public const double DefaultRelativeMinimumWidth = 1e-9;

    private readonly double[] _edges;
    private readonly double[] _pieceDensity;
    private readonly double[] _pieceLogDensity;
    private readonly double[] _cellLower;
    private readonly double[] _cellUpper;
    private readonly double[] _cumulativeMass;

    /// <summary>
    /// Creates the push-forward from the generator values at the grid points and the noise mass
    /// of each cell.
    /// </summary>
    /// <param name="generatorValues">G(z_0), ..., G(z_n); finite; at least 2 values.</param>
    /// <param name="cellMasses">The noise mass of each of the n cells; finite, &gt;= 0, with a
    /// positive sum. They are divided by their sum, so they need not sum to 1 exactly.</param>
    /// <param name="minimumCellWidth">Cells narrower than this are widened to it; finite and
    /// &gt; 0. Null chooses <see cref="DefaultRelativeMinimumWidth"/> times the spread of
    /// G.</param>
    /// <exception cref="ArgumentException">The lengths do not match.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or
    /// negative.</exception>
    public PushForwardDensity(
        IReadOnlyList<double> generatorValues, IReadOnlyList<double> cellMasses,
        double? minimumCellWidth = null)
    {
        ArgumentNullException.ThrowIfNull(generatorValues);
        ArgumentNullException.ThrowIfNull(cellMasses);
        if (generatorValues.Count < 2 || cellMasses.Count != generatorValues.Count - 1)
        {
            throw new ArgumentException(
                "need n + 1 >= 2 generator values and n cell masses; got "
                + FormattableString.Invariant($"{generatorValues.Count} values, ")
                + FormattableString.Invariant($"{cellMasses.Count} masses"),
                nameof(cellMasses));
        }

        double[] g = CheckedFinite(generatorValues, nameof(generatorValues));
        double[] masses = NormalisedMasses(cellMasses);
        MinimumCellWidth = minimumCellWidth is double width
            ? Guard.Positive(width, nameof(minimumCellWidth))
            : DefaultMinimumWidth(g);

        int n = masses.Length;
        _cellLower = new double[n];
        _cellUpper = new double[n];
        for (int i = 0; i < n; i++)
        {
            (_cellLower[i], _cellUpper[i]) = CellImage(g[i], g[i + 1], MinimumCellWidth);
        }

        (_edges, _pieceDensity) = Sweep(_cellLower, _cellUpper, masses);
        _pieceLogDensity = Array.ConvertAll(_pieceDensity, Math.Log);
        _cumulativeMass = new double[n];
        double cumulative = 0.0;
        for (int i = 0; i < n; i++)
        {
            cumulative += masses[i];
            _cumulativeMass[i] = cumulative;
        }

        CellCount = n;
        SupportLower = _edges[0];
        SupportUpper = _edges[^1];
        Scale = SupportUpper - SupportLower;
    }

    /// <summary>The number of noise cells.</summary>
    public int CellCount { get; }

    /// <summary>The width that flat or nearly flat cells were widened to.</summary>
    public double MinimumCellWidth { get; }

    /// <inheritdoc/>
    public double SupportLower { get; }

    /// <inheritdoc/>
    public double SupportUpper { get; }

    /// <inheritdoc/>
    /// <remarks>Every distinct cell edge: the density is constant between consecutive
    /// ones.</remarks>
    public IReadOnlyList<double> Breakpoints => _edges;

    /// <inheritdoc/>
    /// <remarks>The width of the support.</remarks>
    public double Scale { get; }

    /// <summary>
    /// The push-forward of uniform noise on [a, b] through G given at n + 1 equally spaced
    /// points z_i = a + i (b - a) / n: every cell carries mass 1 / n.
    /// </summary>
    /// <param name="generatorValues">G(z_0), ..., G(z_n) on the equally spaced grid.</param>
    /// <param name="minimumCellWidth">See the constructor.</param>
    /// <returns>The push-forward density.</returns>
    public static PushForwardDensity FromUniformNoise(
        IReadOnlyList<double> generatorValues, double? minimumCellWidth = null)
    {
        ArgumentNullException.ThrowIfNull(generatorValues);
        int cells = Math.Max(generatorValues.Count - 1, 0);
        double[] masses = new double[cells];
        Array.Fill(masses, 1.0 / Math.Max(cells, 1));
        return new PushForwardDensity(generatorValues, masses, minimumCellWidth);
    }

    /// <summary>
    /// The push-forward of noise with density <paramref name="noise"/> given on an arbitrary
    /// increasing grid. Cell masses are Simpson's rule on each cell, renormalised to sum to 1
    /// (so the grid should cover all but a negligible part of the noise mass).
    /// </summary>
    /// <param name="noiseGrid">z_0 &lt; z_1 &lt; ... &lt; z_n, strictly increasing and
    /// finite.</param>
    /// <param name="generatorValues">G(z_0), ..., G(z_n).</param>
    /// <param name="noise">The noise density p_z.</param>
    /// <param name="minimumCellWidth">See the constructor.</param>
    /// <returns>The push-forward density.</returns>
    public static PushForwardDensity FromNoiseGrid(
        IReadOnlyList<double> noiseGrid, IReadOnlyList<double> generatorValues,
        IUnivariateDensity noise, double? minimumCellWidth = null)
    {
        ArgumentNullException.ThrowIfNull(noiseGrid);
        ArgumentNullException.ThrowIfNull(noise);
        double[] z = CheckedFinite(noiseGrid, nameof(noiseGrid));
        double[] masses = new double[Math.Max(z.Length - 1, 0)];
        for (int i = 0; i < masses.Length; i++)
        {
            if (!(z[i + 1] > z[i]))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(noiseGrid), z[i + 1],
                    "grid must increase strictly; "
                    + FormattableString.Invariant($"z[{i + 1}] <= z[{i}] = {z[i]:R}"));
            }

            double mid = 0.5 * (z[i] + z[i + 1]);
            double f = noise.Density(z[i]) + (4.0 * noise.Density(mid)) + noise.Density(z[i + 1]);
            masses[i] = (z[i + 1] - z[i]) * f / 6.0;
        }

        return new PushForwardDensity(generatorValues, masses, minimumCellWidth);
    }

    /// <inheritdoc/>
    /// <remarks>Piecewise constant; pieces are closed on the left and open on the right.</remarks>
    public double Density(double x)
    {
        int piece = PieceOf(x);
        return piece < 0 ? 0.0 : _pieceDensity[piece];
    }

    /// <inheritdoc/>
    /// <remarks>The logarithms of the pieces are stored, so this costs one binary search.</remarks>
    public double DensityLn(double x)
    {
        int piece = PieceOf(x);
        return piece < 0 ? double.NegativeInfinity : _pieceLogDensity[piece];
    }

    /// <inheritdoc/>
    /// <remarks>Picks a cell with probability equal to its mass, then a uniform point in its
    /// image.</remarks>
    public double Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double u = random.NextDouble();
        int index = Array.BinarySearch(_cumulativeMass, u);
        int cell = Math.Min(index >= 0 ? index + 1 : ~index, CellCount - 1);

        // Skip zero-mass cells that an exact hit on a cumulative sum can land on.
        while (cell < CellCount - 1 && _cumulativeMass[cell] <= u)
        {
            cell++;
        }

        return _cellLower[cell] + ((_cellUpper[cell] - _cellLower[cell]) * random.NextDouble());
    }

    // The piece [edge_k, edge_{k+1}) holding x, or -1 outside the support.
    private int PieceOf(double x)
    {
        if (!(x >= _edges[0] && x < _edges[^1]))
        {
            return -1;
        }

        int index = Array.BinarySearch(_edges, x);
        return index >= 0 ? index : ~index - 1;
    }

    private static (double Lower, double Upper) CellImage(double a, double b, double minimumWidth)
    {
        double lower = Math.Min(a, b);
        double upper = Math.Max(a, b);
        if (upper - lower >= minimumWidth)
        {
            return (lower, upper);
        }

        double centre = 0.5 * (lower + upper);
        return (centre - (0.5 * minimumWidth), centre + (0.5 * minimumWidth));
    }

    // One pass over the sorted cell edges: +height where a cell opens, -height where it closes.
    // The open-cell count resets the running sum to exactly 0 wherever no cell is open, so
    // rounding never leaves a spurious density in a gap; Neumaier compensation keeps the sum
    // accurate where tall and short cells overlap.
    private static (double[] Edges, double[] PieceDensity) Sweep(
        double[] lower, double[] upper, double[] masses)
    {
        int n = masses.Length;
        var events = new (double Position, double Height, int Opens)[2 * n];
        for (int i = 0; i < n; i++)
        {
            double height = masses[i] / (upper[i] - lower[i]);
            events[2 * i] = (lower[i], height, 1);
            events[(2 * i) + 1] = (upper[i], -height, -1);
        }

        Array.Sort(events, (x, y) => x.Position.CompareTo(y.Position));
        var edges = new List<double>(2 * n);
        var densities = new List<double>(2 * n);
        var sum = new CompensatedSum();
        int open = 0;
        int e = 0;
        while (e < events.Length)
        {
            double position = events[e].Position;
            for (; e < events.Length && events[e].Position == position; e++)
            {
                open += events[e].Opens;
                sum.Add(events[e].Height);
            }

            if (open == 0)
            {
                sum.Reset();
            }

            edges.Add(position);
            densities.Add(Math.Max(sum.Value, 0.0));
        }

        // The last edge closes the support: the density beyond it is 0 and has no piece.
        densities.RemoveAt(densities.Count - 1);
        return ([.. edges], [.. densities]);
    }

    private static double DefaultMinimumWidth(double[] g)
    {
        double spread = g.Max() - g.Min();
        double reference = spread > 0.0 ? spread : Math.Max(1.0, Math.Abs(g[0]));
        return DefaultRelativeMinimumWidth * reference;
    }

    private static double[] CheckedFinite(IReadOnlyList<double> values, string name)
    {
        double[] copy = [.. values];
        for (int i = 0; i < copy.Length; i++)
        {
            if (!double.IsFinite(copy[i]))
            {
                throw new ArgumentOutOfRangeException(
                    name, copy[i], FormattableString.Invariant($"element {i} must be finite"));
            }
        }

        return copy;
    }

    private static double[] NormalisedMasses(IReadOnlyList<double> cellMasses)
    {
        (double[] masses, double total) = Guard.NonNegativeEntries(cellMasses, nameof(cellMasses),
            "mass of cell");
        if (!(total > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(cellMasses), total,
                "masses must have a positive sum");
        }

        for (int i = 0; i < masses.Length; i++)
        {
            masses[i] /= total;
        }

        return masses;
    }
}
