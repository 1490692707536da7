using GanTheory.Adversarial.Models;
using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Gan;

namespace GanTheory.Experiments.Convergence;

/// <summary>
/// The state of the game at one moment, frozen in plain numbers: p_data, the exact density p_g
/// of the generator, the trained discriminator's logit and the optimal D* for this p_g.
/// Later training does not change it.
/// </summary>
internal sealed class GeneratorSnapshot
{
    private GeneratorSnapshot(
        IUnivariateDensity data, PushForwardDensity generator, double[] noiseGrid,
        double[] generatorValues, ScalarPerceptron discriminatorLogit)
    {
        Data = data;
        Generator = generator;
        NoiseGrid = noiseGrid;
        GeneratorValues = generatorValues;
        DiscriminatorLogit = discriminatorLogit;
        Optimal = new OptimalDiscriminator(data, generator);
    }

    /// <summary>p_data.</summary>
    public IUnivariateDensity Data { get; }

    /// <summary>p_g: the push-forward of uniform noise on [-1, 1] through G on the grid.</summary>
    public PushForwardDensity Generator { get; }

    /// <summary>The z grid z_0 = -1 &lt; ... &lt; z_n = 1.</summary>
    public IReadOnlyList<double> NoiseGrid { get; }

    /// <summary>G(z_i) on <see cref="NoiseGrid"/>.</summary>
    public IReadOnlyList<double> GeneratorValues { get; }

    /// <summary>The trained discriminator's logit l(x); D(x) = sigmoid(l(x)).</summary>
    public ScalarPerceptron DiscriminatorLogit { get; }

    /// <summary>D* = p_data / (p_data + p_g) for this snapshot's p_g.</summary>
    public OptimalDiscriminator Optimal { get; }

    /// <summary>Evaluates G on an equally spaced grid of <paramref name="gridPoints"/> z values in
    /// [-1, 1].</summary>
    /// <exception cref="NotFiniteNumberException">G is NaN or infinite somewhere on the
    /// grid (diverged training).</exception>
    public static GeneratorSnapshot Take(
        IUnivariateDensity data, MultilayerPerceptron generator,
        MultilayerPerceptron discriminator, int gridPoints)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(discriminator);
        ArgumentOutOfRangeException.ThrowIfLessThan(gridPoints, 2);

        double[] z = new double[gridPoints];
        for (int i = 0; i < gridPoints; i++)
        {
            z[i] = ToySamplers.NoiseLower
                + ((ToySamplers.NoiseUpper - ToySamplers.NoiseLower) * i / (gridPoints - 1));
        }

        // G in double precision: float32 rounding of G(z_i) would put noise of relative size
        // 1e-7 |x| / (G'(z) dz) into every cell width, and with it into p_g on fine grids.
        var g = new ScalarPerceptron(generator);
        double[] x = Array.ConvertAll(z, g.Evaluate);
        int bad = Array.FindIndex(x, v => !double.IsFinite(v));
        if (bad >= 0)
        {
            throw new NotFiniteNumberException(
                FormattableString.Invariant($"non-finite generator output G({z[bad]}) = {x[bad]}"),
                x[bad]);
        }

        return new GeneratorSnapshot(
            data, PushForwardDensity.FromUniformNoise(x), z, x,
            new ScalarPerceptron(discriminator));
    }

    /// <summary>D(x) = sigmoid(l(x)) of the trained discriminator.</summary>
    public double Discriminator(double x)
    {
        return Divergences.Numerics.LogSpace.Sigmoid(DiscriminatorLogit.Evaluate(x));
    }
}
