using GanTheory.Divergences.Densities;

namespace GanTheory.Divergences.Tests.Theorems;

/// <summary>Seeded random test densities: mixtures of normals and uniforms in 1-D, normals and
/// mixtures of normals in 2-D.</summary>
internal static class RandomDensities
{
    public static IUnivariateDensity Univariate(Random random)
    {
        int components = random.Next(1, 4);
        double[] raw = Enumerable.Range(0, components).Select(_ => 0.2
            + random.NextDouble()).ToArray();
        double total = raw.Sum();
        double[] weights = Array.ConvertAll(raw, w => w / total);
        weights[^1] = 1.0 - weights[..^1].Sum();
        var parts = new IUnivariateDensity[components];
        for (int i = 0; i < components; i++)
        {
            double centre = -3 + (6 * random.NextDouble());
            double width = 0.1 + (1.5 * random.NextDouble());
            parts[i] = random.NextDouble() < 0.25 ? new Uniform(centre - width, centre + width)
                : new Normal(centre, width);
        }

        return components == 1 ? parts[0] : new Mixture(weights, parts);
    }

    public static IBivariateDensity Bivariate(Random random)
    {
        int components = random.Next(1, 3);
        var parts = new IBivariateDensity[components];
        for (int i = 0; i < components; i++)
        {
            double sxx = 0.2 + random.NextDouble();
            double syy = 0.2 + random.NextDouble();
            double rho = -0.8 + (1.6 * random.NextDouble());
            parts[i] = new BivariateNormal(
                -2 + (4 * random.NextDouble()), -2
                    + (4 * random.NextDouble()), sxx, rho * Math.Sqrt(sxx * syy), syy);
        }

        return components == 1 ? parts[0] : new BivariateMixture([0.3, 0.7], parts);
    }
}
