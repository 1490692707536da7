using GanTheory.Divergences.Densities;

namespace GanTheory.Divergences.Calculator;

/// <summary>A density read by <see cref="DensityParser"/>: exactly one of the two is set.</summary>
/// <param name="Univariate">The 1-D density, or null.</param>
/// <param name="Bivariate">The 2-D density, or null.</param>
public sealed record ParsedDensity(IUnivariateDensity? Univariate, IBivariateDensity? Bivariate)
{
    /// <summary>1 or 2.</summary>
    public int Dimension => Univariate is not null ? 1 : 2;

    /// <summary>The density in calculator syntax.</summary>
    /// <returns>For example <c>normal(0, 1)</c>.</returns>
    public override string ToString() => (Univariate?.ToString() ?? Bivariate?.ToString())
        ?? string.Empty;
}
