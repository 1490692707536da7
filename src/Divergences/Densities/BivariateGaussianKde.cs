using GanTheory.Divergences.Numerics;

namespace GanTheory.Divergences.Densities;

/// <summary>
/// The 2-D Gaussian kernel density estimate p(z) = (1/n) Σ_i N(z; z_i, H) with kernel covariance
/// H, evaluated in log space over the samples that can matter (exact to a relative 1e-17 n).
/// </summary>
/// <remarks>
/// Bandwidth rules (scipy.stats.gaussian_kde conventions, d = 2): Scott's H = n^(-1/3) S and
/// Silverman's H = (n (d + 2) / 4)^(-2 / (d + 4)) S = n^(-1/3) S as well in two dimensions, S the
/// sample covariance (divisor n - 1); both scale with the data. A fixed isotropic bandwidth h
/// gives H = h^2 I.
/// </remarks>
public sealed class BivariateGaussianKde : IBivariateDensity
{
    private readonly (double X, double Y)[] _byX;
    private readonly double[] _xs;
    private readonly BivariateNormal _kernel;
    private readonly double _logNormaliser;

    /// <summary>Creates the estimate with kernel covariance [[hxx, hxy], [hxy, hyy]].</summary>
    /// <param name="samples">At least one finite point.</param>
    /// <param name="hxx">Kernel variance along x; &gt; 0.</param>
    /// <param name="hxy">Kernel covariance; hxx hyy - hxy^2 &gt; 0.</param>
    /// <param name="hyy">Kernel variance along y; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Bad samples or kernel.</exception>
    public BivariateGaussianKde(IReadOnlyList<(double X, double Y)> samples, double hxx,
        double hxy, double hyy)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(samples), 0, "need at least one sample");
        }

        // The kernel is a bivariate normal centred at 0: its checks and form serve.
        _kernel = new BivariateNormal(0, 0, hxx, hxy, hyy);
        _byX = [.. samples.OrderBy(s => s.X)];
        foreach ((double x, double y) in _byX)
        {
            Guard.Finite(x, nameof(samples));
            Guard.Finite(y, nameof(samples));
        }

        _xs = Array.ConvertAll(_byX, s => s.X);
        _logNormaliser = -Math.Log(_byX.Length) - Math.Log(2.0 * Math.PI)
            - (0.5 * Math.Log(_kernel.Determinant));
        double k = BivariateNormal.ExtentInStandardDeviations;
        double sx = Math.Sqrt(hxx);
        double sy = Math.Sqrt(hyy);
        double[] ys = [.. _byX.Select(s => s.Y).Order()];
        Extent = new AxisBox(
            _xs[0] - (k * sx), _xs[^1] + (k * sx), ys[0] - (k * sy), ys[^1] + (k * sy));

        // One split per two kernel widths: a 15-point rule resolves a Gaussian over such a cell.
        XBreakpoints = SortedSearch.Thinned(_xs, 2.0 * sx, k * sx);
        YBreakpoints = SortedSearch.Thinned(ys, 2.0 * sy, k * sy);
    }

    /// <summary>The estimate with Scott's rule H = n^(-1/3) S (S the sample covariance).</summary>
    /// <param name="samples">At least 3 points with a non-singular sample covariance.</param>
    /// <returns>The density estimate.</returns>
    public static BivariateGaussianKde WithScottBandwidth(IReadOnlyList<(double X,
        double Y)> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(samples), samples.Count,
                "need at least 3 samples");
        }

        double mx = samples.Average(s => s.X);
        double my = samples.Average(s => s.Y);
        double n1 = samples.Count - 1;
        double sxx = samples.Sum(s => (s.X - mx) * (s.X - mx)) / n1;
        double sxy = samples.Sum(s => (s.X - mx) * (s.Y - my)) / n1;
        double syy = samples.Sum(s => (s.Y - my) * (s.Y - my)) / n1;
        double factor = Math.Pow(samples.Count, -1.0 / 3.0);
        return new BivariateGaussianKde(samples, factor * sxx, factor * sxy, factor * syy);
    }

    /// <summary>The estimate with an isotropic fixed bandwidth, H = h^2 I.</summary>
    /// <param name="samples">At least one finite point.</param>
    /// <param name="bandwidth">h &gt; 0.</param>
    /// <returns>The density estimate.</returns>
    public static BivariateGaussianKde WithFixedBandwidth(IReadOnlyList<(double X,
        double Y)> samples, double bandwidth)
    {
        double h = Guard.Positive(bandwidth, nameof(bandwidth));
        return new BivariateGaussianKde(samples, h * h, 0.0, h * h);
    }

    /// <inheritdoc/>
    public AxisBox Support => AxisBox.Plane;

    /// <inheritdoc/>
    public AxisBox Extent { get; }

    /// <inheritdoc/>
    public IReadOnlyList<double> XBreakpoints { get; }

    /// <inheritdoc/>
    public IReadOnlyList<double> YBreakpoints { get; }

    /// <inheritdoc/>
    public double Density(double x, double y) => Math.Exp(DensityLn(x, y));

    /// <inheritdoc/>
    /// <remarks>Any sample bounds the smallest kernel form Q_min from above; since
    /// Q &gt;= dx^2 / hxx, samples with dx^2 &gt; hxx (Q_bound + 80) add under e^-40 relative and
    /// are skipped.</remarks>
    public double DensityLn(double x, double y)
    {
        int near = Math.Clamp(LowerBound(x), 0, _xs.Length - 1);
        double bound = Form(x - _byX[near].X, y - _byX[near].Y);
        double reach = Math.Sqrt(_kernel.Sxx * (bound + 80.0));
        int from = LowerBound(x - reach);
        int to = LowerBound(Math.BitIncrement(x + reach));
        double min = double.PositiveInfinity;
        for (int i = from; i < to; i++)
        {
            min = Math.Min(min, Form(x - _byX[i].X, y - _byX[i].Y));
        }

        double sum = 0.0;
        for (int i = from; i < to; i++)
        {
            sum += Math.Exp(-0.5 * (Form(x - _byX[i].X, y - _byX[i].Y) - min));
        }

        return (-0.5 * min) + Math.Log(sum) + _logNormaliser;
    }

    /// <inheritdoc/>
    public (double X, double Y) Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        (double cx, double cy) = _byX[random.Next(_byX.Length)];
        return new BivariateNormal(cx, cy, _kernel.Sxx, _kernel.Sxy, _kernel.Syy).Sample(random);
    }

    private double Form(double dx, double dy) => _kernel.MahalanobisForm(dx, dy);

    private int LowerBound(double x) => SortedSearch.LowerBound(_xs, x);
}
