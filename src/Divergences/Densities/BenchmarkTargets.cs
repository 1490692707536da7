namespace GanTheory.Divergences.Densities;

/// <summary>The standard 2-D GAN benchmark targets (mode-collapse tests).</summary>
public static class BenchmarkTargets
{
    /// <summary>
    /// The 8-Gaussian ring: equal-weight isotropic normals with standard deviation
    /// <paramref name="standardDeviation"/> at (r cos(2 pi i / 8), r sin(2 pi i / 8)) for
    /// i = 0, ..., 7 — eight distinct modes (the angle 2 pi is not repeated).
    /// </summary>
    /// <param name="radius">Ring radius r (default 1); finite, &gt; 0.</param>
    /// <param name="standardDeviation">Per-mode sigma (default 0.01); finite, &gt; 0.</param>
    /// <returns>The mixture.</returns>
    public static BivariateMixture Ring8(double radius = 1.0, double standardDeviation = 0.01)
    {
        Guard.Positive(radius, nameof(radius));
        Guard.Positive(standardDeviation, nameof(standardDeviation));
        const int Modes = 8;
        var components = new IBivariateDensity[Modes];
        for (int i = 0; i < Modes; i++)
        {
            double angle = 2.0 * Math.PI * i / Modes;
            components[i] = BivariateNormal.Isotropic(
                radius * Math.Cos(angle), radius * Math.Sin(angle), standardDeviation);
        }

        return new BivariateMixture(Enumerable.Repeat(1.0 / Modes, Modes).ToArray(), components);
    }

    /// <summary>
    /// The 25-Gaussian grid: equal-weight isotropic normals with standard deviation
    /// <paramref name="standardDeviation"/> at every point of {-4, -2, 0, 2, 4}^2.
    /// </summary>
    /// <param name="standardDeviation">Per-mode sigma (default 0.05); finite, &gt; 0.</param>
    /// <returns>The mixture.</returns>
    public static BivariateMixture Grid25(double standardDeviation = 0.05)
    {
        Guard.Positive(standardDeviation, nameof(standardDeviation));
        var components = new List<IBivariateDensity>(25);
        for (int i = -2; i <= 2; i++)
        {
            for (int j = -2; j <= 2; j++)
            {
                components.Add(BivariateNormal.Isotropic(2.0 * i, 2.0 * j, standardDeviation));
            }
        }

        return new BivariateMixture(Enumerable.Repeat(1.0 / 25, 25).ToArray(), components);
    }
}
