namespace GanTheory.Divergences.Densities;

/// <summary>
/// A piecewise-constant density on the grid of bins [x_i, x_{i+1}) x [y_j, y_{j+1}) (the last
/// bin on each axis includes its upper edge), with mass m_ij spread uniformly over bin (i, j).
/// </summary>
public sealed class BivariateHistogram : IBivariateDensity
{
    private readonly Histogram _xAxis;
    private readonly Histogram _yAxis;
    private readonly double[,] _heights;
    private readonly double[] _flatMasses;

    /// <summary>Creates the histogram.</summary>
    /// <param name="xEdges">n + 1 strictly increasing finite x edges.</param>
    /// <param name="yEdges">m + 1 strictly increasing finite y edges.</param>
    /// <param name="masses">n x m finite non-negative masses (first index x) with a positive
    /// sum; they are divided by their sum, so counts work too.</param>
    /// <exception cref="ArgumentException">The mass array does not match the edges.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Bad edges or masses.</exception>
    public BivariateHistogram(IReadOnlyList<double> xEdges, IReadOnlyList<double> yEdges,
        double[,] masses)
    {
        ArgumentNullException.ThrowIfNull(xEdges);
        ArgumentNullException.ThrowIfNull(yEdges);
        ArgumentNullException.ThrowIfNull(masses);
        int nx = xEdges.Count - 1;
        int ny = yEdges.Count - 1;
        if (nx < 1 || ny < 1 || masses.GetLength(0) != nx || masses.GetLength(1) != ny)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"masses must be {nx} x {ny} for these edges; ")
                + FormattableString.Invariant($"got {masses.GetLength(0)} x {masses.GetLength(1)}"),
                nameof(masses));
        }

        _flatMasses = masses.Cast<double>().ToArray();

        // The 1-D histograms validate the edges and the masses (via the marginals) and locate bins.
        _xAxis = new Histogram(xEdges, Marginal(masses, nx, ny, alongX: true));
        _yAxis = new Histogram(yEdges, Marginal(masses, nx, ny, alongX: false));
        double total = _flatMasses.Sum();
        _heights = new double[nx, ny];
        for (int i = 0; i < nx; i++)
        {
            for (int j = 0; j < ny; j++)
            {
                double area = (xEdges[i + 1] - xEdges[i]) * (yEdges[j + 1] - yEdges[j]);
                _heights[i, j] = masses[i, j] / total / area;
            }
        }

        for (int k = 0; k < _flatMasses.Length; k++)
        {
            _flatMasses[k] /= total;
        }

        Support = new AxisBox(xEdges[0], xEdges[nx], yEdges[0], yEdges[ny]);
    }

    /// <inheritdoc/>
    public AxisBox Support { get; }

    /// <inheritdoc/>
    public AxisBox Extent => Support;

    /// <inheritdoc/>
    public IReadOnlyList<double> XBreakpoints => _xAxis.Edges;

    /// <inheritdoc/>
    public IReadOnlyList<double> YBreakpoints => _yAxis.Edges;

    /// <inheritdoc/>
    public double Density(double x, double y)
    {
        int i = _xAxis.BinOf(x);
        int j = _yAxis.BinOf(y);
        return i < 0 || j < 0 ? 0.0 : _heights[i, j];
    }

    /// <inheritdoc/>
    public double DensityLn(double x, double y) => Math.Log(Density(x, y));

    /// <inheritdoc/>
    public (double X, double Y) Sample(Random random)
    {
        int k = MixtureWeights.Pick(_flatMasses, random);
        int ny = _heights.GetLength(1);
        (int i, int j) = (k / ny, k % ny);
        IReadOnlyList<double> xs = _xAxis.Edges;
        IReadOnlyList<double> ys = _yAxis.Edges;
        return (xs[i] + ((xs[i + 1] - xs[i]) * random.NextDouble()), ys[j] + ((ys[j
            + 1] - ys[j]) * random.NextDouble()));
    }

    private static double[] Marginal(double[,] masses, int nx, int ny, bool alongX)
    {
        double[] marginal = new double[alongX ? nx : ny];
        for (int i = 0; i < nx; i++)
        {
            for (int j = 0; j < ny; j++)
            {
                double m = masses[i, j];
                if (!double.IsFinite(m) || m < 0.0)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(masses),
                        m,
                        FormattableString.Invariant($"mass ({i}, {j}) must be finite and >= 0"));
                }

                marginal[alongX ? i : j] += m;
            }
        }

        return marginal;
    }
}
