namespace GanTheory.Divergences.Densities;

/// <summary>The uniform density on the closed interval [lower, upper].</summary>
public sealed class Uniform : IUnivariateDensity
{
    private readonly double[] _breakpoints;

    /// <summary>Creates U(lower, upper).</summary>
    /// <param name="lower">Lower end; finite.</param>
    /// <param name="upper">Upper end; finite and &gt; <paramref name="lower"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">NaN, infinite or an empty
    /// interval.</exception>
    public Uniform(double lower, double upper)
    {
        Guard.Interval(lower, upper, nameof(lower), nameof(upper));
        Lower = lower;
        Upper = upper;
        Width = upper - lower;
        _breakpoints = [lower, upper];
    }

    /// <summary>Lower end of the interval.</summary>
    public double Lower { get; }

    /// <summary>Upper end of the interval.</summary>
    public double Upper { get; }

    /// <summary>upper - lower.</summary>
    public double Width { get; }

    /// <inheritdoc/>
    public double SupportLower => Lower;

    /// <inheritdoc/>
    public double SupportUpper => Upper;

    /// <inheritdoc/>
    /// <remarks>The two ends, where the density jumps.</remarks>
    public IReadOnlyList<double> Breakpoints => _breakpoints;

    /// <inheritdoc/>
    public double Scale => Width;

    /// <inheritdoc/>
    /// <remarks>1 / (upper - lower) on [lower, upper] (both ends included), else 0.</remarks>
    public double Density(double x) => x >= Lower && x <= Upper ? 1.0 / Width : 0.0;

    /// <inheritdoc/>
    public double DensityLn(double x) =>
        x >= Lower && x <= Upper ? -Math.Log(Width) : double.NegativeInfinity;

    /// <inheritdoc/>
    public double Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Lower + (Width * random.NextDouble());
    }

    /// <summary>Describes the density, for example <c>uniform(0, 1)</c>.</summary>
    /// <returns>The calculator syntax of this density.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"uniform({Lower:R}, {Upper:R})");
}
