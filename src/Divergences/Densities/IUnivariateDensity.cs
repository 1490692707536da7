namespace GanTheory.Divergences.Densities;

/// <summary>
/// A probability density on the real line, with a description of where its mass lies so that
/// the integrators can split their range where the density changes fast.
/// </summary>
public interface IUnivariateDensity
{
    /// <summary>Lower end of the support (may be -infinity). The density is 0 below it.</summary>
    double SupportLower { get; }

    /// <summary>Upper end of the support (may be +infinity). The density is 0 above it.</summary>
    double SupportUpper { get; }

    /// <summary>
    /// Points where an integrator should split its range, sorted ascending: modes, support
    /// edges, kinks and jumps, plus a few points around each peak at multiples of its width so
    /// that no narrow peak can hide inside a wide interval. All finite.
    /// </summary>
    IReadOnlyList<double> Breakpoints { get; }

    /// <summary>
    /// A typical width of the density (for example the largest standard deviation among its
    /// components); integrators use it to map the infinite tails onto finite intervals.
    /// Finite and &gt; 0.
    /// </summary>
    double Scale { get; }

    /// <summary>The density p(x); 0 outside the support, never NaN for non-NaN x.</summary>
    /// <param name="x">The point.</param>
    /// <returns>p(x) &gt;= 0.</returns>
    double Density(double x);

    /// <summary>log p(x), computed in log space (finite far into the tails where p
    /// underflows).</summary>
    /// <param name="x">The point.</param>
    /// <returns>log p(x); -infinity outside the support.</returns>
    double DensityLn(double x);

    /// <summary>Draws one sample using the given seeded generator.</summary>
    /// <param name="random">The source of randomness (seed it for reproducible draws).</param>
    /// <returns>A draw from the density.</returns>
    double Sample(Random random);
}
