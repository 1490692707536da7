using GanTheory.Adversarial.Models;
using GanTheory.Divergences;
using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;
using GanTheory.Divergences.Measures;
using GanTheory.Experiments.Convergence;
using static TorchSharp.torch;

namespace GanTheory.Experiments.Tests.Convergence;

/// <summary>
/// The evaluation of a trained GAN, checked on networks whose densities are known in closed
/// form: a ReLU generator that is affine on [-1, 1] pushes U(-1, 1) forward to a uniform.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class CheckpointEvaluatorTests
{
    // G(z) = 0.75 relu(z + 2) - 0.5 = 0.75 z + 1 on [-1, 1], so p_g = U(0.25, 1.75).
    private static MultilayerPerceptron AffineGenerator()
    {
        var g = new MultilayerPerceptron("g", 1, [1], 1, HiddenActivation.Relu);
        using (no_grad())
        {
            g.Layers[0].weight!.fill_(1);
            g.Layers[0].bias!.fill_(2);
            g.Layers[1].weight!.fill_(0.75);
            g.Layers[1].bias!.fill_(-0.5);
        }
        return g;
    }

    // D with every weight 0 and output bias b: D(x) = sigmoid(b) everywhere.
    private static MultilayerPerceptron ConstantDiscriminator(float bias)
    {
        var d = new MultilayerPerceptron("d", 1, [3], 1, HiddenActivation.LeakyRelu);
        using (no_grad())
        {
            foreach (TorchSharp.Modules.Parameter p in d.parameters())
            {
                p.fill_(0);
            }
            d.Layers[^1].bias!.fill_(bias);
        }
        return d;
    }

    private static readonly Normal Data = new(1, 0.7);
    private static readonly Uniform Pushed = new(0.25, 1.75);

    [Test]
    public void Evaluate_AffineGenerator_MatchesTheUniformItPushesForward()
    {
        CheckpointEvaluator.Result result = EvaluateAffineGeneratorWithHalfDiscriminator();

        double jsd = JensenShannon.Compute(Data, Pushed).Value;
        Assert.That(result.Jsd.Value, Is.EqualTo(jsd).Within(1e-8));
        Assert.That(result.Criterion.Value, Is.EqualTo(-Math.Log(4) + (2 * jsd)).Within(1e-8));
    }

    // With D = 1/2: V = ln(1/2) + ln(1/2) = -ln 4 exactly, E_m|D - 1/2| = 0, and
    // E_m|D - D*| = E_m|1/2 - p/(p + q)|, integrated here against the closed-form uniform.
    [Test]
    public void Evaluate_HalfDiscriminator_GivesMinusLogFourAndItsDistanceToDStar()
    {
        CheckpointEvaluator.Result result = EvaluateAffineGeneratorWithHalfDiscriminator();

        double expected = DensityQuadrature.OverUnion(
            x => 0.5 * Math.Abs(0.5 * (Pushed.Density(x) - Data.Density(x))), Data, Pushed).Value;
        Assert.That(result.Value.Value, Is.EqualTo(-Math.Log(4)).Within(1e-9));
        Assert.That(result.HalfError.Value, Is.EqualTo(0).Within(1e-12));
        Assert.That(result.OptimalError.Value, Is.EqualTo(expected).Within(1e-7));
    }

    private static CheckpointEvaluator.Result EvaluateAffineGeneratorWithHalfDiscriminator()
    {
        using MultilayerPerceptron g = AffineGenerator();
        using MultilayerPerceptron d = ConstantDiscriminator(0);
        return CheckpointEvaluator.Evaluate(GeneratorSnapshot.Take(Data, g, d, 401));
    }

    // D(x) = sigmoid(2) everywhere: V = log sigmoid(2) + log(1 - sigmoid(2)) with no sampling
    // error, so the Monte Carlo estimate is exact and its standard error 0.
    [Test]
    public void MonteCarloValue_ConstantDiscriminator_IsExactWithZeroError()
    {
        using MultilayerPerceptron g = AffineGenerator();
        using MultilayerPerceptron d = ConstantDiscriminator(2);
        double s = 1 / (1 + Math.Exp(-2.0));

        MonteCarloValue.Result result = MonteCarloValue.Estimate(Data, g, d, 1000, new Random(1));

        Assert.That(result.Value, Is.EqualTo(Math.Log(s) + Math.Log(1 - s)).Within(1e-6));
        Assert.That(result.StandardError, Is.EqualTo(0).Within(1e-9));
        Assert.That(result.MeanRealScore, Is.EqualTo(s).Within(1e-6));
        Assert.That(result.MeanFakeScore, Is.EqualTo(s).Within(1e-6));
    }

    // A D that varies: the Monte Carlo V and the quadrature V agree within 4 standard errors
    // (seed 5, n = 20,000).
    [Test]
    public void MonteCarloValue_AgreesWithQuadratureWithinFourStandardErrors()
    {
        GanTheory.Adversarial.Training.RandomStreams.SeedTorch(5);
        using MultilayerPerceptron g = AffineGenerator();
        using MultilayerPerceptron d = ToyNetworks.Discriminator([16]);

        MonteCarloValue.Result sampled = MonteCarloValue.Estimate(Data, g, d, 20_000, new Random(5));
        Estimate exact = CheckpointEvaluator.Evaluate(GeneratorSnapshot.Take(Data, g, d, 401)).Value;

        Assert.That(sampled.Value, Is.EqualTo(exact.Value).Within(4 * sampled.StandardError));
    }
}
