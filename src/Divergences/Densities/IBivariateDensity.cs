namespace GanTheory.Divergences.Densities;

/// <summary>
/// A probability density on the plane, with a description of where its mass lies: a finite
/// box holding all but a negligible part of it and the coordinates where the 2-D integrators
/// should split (so that narrow modes, such as the sigma-0.01 modes of the 8-Gaussian ring,
/// are never stepped over).
/// </summary>
public interface IBivariateDensity
{
    /// <summary>The support box (ends may be infinite); the density is 0 outside it.</summary>
    AxisBox Support { get; }

    /// <summary>
    /// A finite box that holds all but at most 1e-15 of the mass (for a normal: the mean plus or
    /// minus 8.5 marginal standard deviations on each axis).
    /// </summary>
    AxisBox Extent { get; }

    /// <summary>x coordinates to split at (modes, edges, multiples of the width around each
    /// mode), sorted ascending, finite.</summary>
    IReadOnlyList<double> XBreakpoints { get; }

    /// <summary>y coordinates to split at, as for <see cref="XBreakpoints"/>.</summary>
    IReadOnlyList<double> YBreakpoints { get; }

    /// <summary>The density p(x, y); 0 outside the support, never NaN for non-NaN input.</summary>
    /// <param name="x">The x coordinate.</param>
    /// <param name="y">The y coordinate.</param>
    /// <returns>p(x, y) &gt;= 0.</returns>
    double Density(double x, double y);

    /// <summary>log p(x, y) in log space; -infinity outside the support.</summary>
    /// <param name="x">The x coordinate.</param>
    /// <param name="y">The y coordinate.</param>
    /// <returns>log p(x, y).</returns>
    double DensityLn(double x, double y);

    /// <summary>Draws one point using the given seeded generator.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <returns>A draw (X, Y).</returns>
    (double X, double Y) Sample(Random random);
}
