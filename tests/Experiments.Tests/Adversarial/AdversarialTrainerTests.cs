using GanTheory.Adversarial;
using GanTheory.Adversarial.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace GanTheory.Experiments.Tests.Adversarial;

[TestFixture]
[NonParallelizable]
public sealed class AdversarialTrainerTests
{
    [SetUp]
    public void Seed() => RandomStreams.SeedTorch(7);

    [TestCase(1)]
    [TestCase(3)]
    public void Step_WithK_DrawsKDataBatchesAndKPlusOneNoiseBatches(int k)
    {
        using var pair = new TinyPair();
        int dataBatches = 0;
        int noiseBatches = 0;
        AdversarialTrainer trainer = pair.Trainer(
            new AdversarialTrainerOptions(k, 8, GeneratorObjective.NonSaturating),
            (n, r) => { dataBatches++; return randn(n, 1); },
            (n, r) => { noiseBatches++; return rand(n, 1); });

        trainer.Step(new Random(1));

        Assert.That(dataBatches, Is.EqualTo(k));
        Assert.That(noiseBatches, Is.EqualTo(k + 1));
    }

    [Test]
    public void DiscriminatorStep_ChangesOnlyTheDiscriminator()
    {
        using var pair = new TinyPair();
        AdversarialTrainer trainer = pair.Trainer(Options(1), Normal, Normal);
        float[] generatorBefore = Weights(pair.Generator);
        float[] discriminatorBefore = Weights(pair.Discriminator);

        trainer.DiscriminatorStep(new Random(2));

        Assert.That(Weights(pair.Generator), Is.EqualTo(generatorBefore));
        Assert.That(Weights(pair.Discriminator), Is.Not.EqualTo(discriminatorBefore));
    }

    [Test]
    public void GeneratorStep_ChangesOnlyTheGenerator()
    {
        using var pair = new TinyPair();
        AdversarialTrainer trainer = pair.Trainer(Options(1), Normal, Normal);
        float[] generatorBefore = Weights(pair.Generator);
        float[] discriminatorBefore = Weights(pair.Discriminator);

        trainer.GeneratorStep(new Random(3));

        Assert.That(Weights(pair.Generator), Is.Not.EqualTo(generatorBefore));
        Assert.That(Weights(pair.Discriminator), Is.EqualTo(discriminatorBefore));
    }

    // G(z) = b (weight 0) and D's logit l(x) = x, so every generated sample has logit b. One SGD
    // step of rate 1 moves b by -dLoss/db: sigmoid(b) for the minimax loss -softplus(l) and
    // 1 - sigmoid(b) for the non-saturating softplus(-l). At b = -5 (D rejects the samples
    // confidently) that is 0.0066929 against 0.9933071: the saturation of Section 3.
    [TestCase(GeneratorObjective.Minimax, 0.0066928509242848554)]
    [TestCase(GeneratorObjective.NonSaturating, 0.99330714907571527)]
    public void GeneratorStep_AtConfidentRejection_MovesByObjectiveGradient(
        GeneratorObjective objective, double expectedMove)
    {
        using var generator = nn.Linear(1, 1);
        using var discriminator = nn.Linear(1, 1);
        using (no_grad())
        {
            generator.weight!.fill_(0);
            generator.bias!.fill_(-5);
            discriminator.weight!.fill_(1);
            discriminator.bias!.fill_(0);
        }
        using var generatorSgd = optim.SGD(generator.parameters(), 1.0);
        using var discriminatorSgd = optim.SGD(discriminator.parameters(), 1.0);
        var trainer = new AdversarialTrainer(
            generator, discriminator, generatorSgd, discriminatorSgd, Normal, Normal,
            new AdversarialTrainerOptions(1, 16, objective));

        trainer.GeneratorStep(new Random(4));

        Assert.That(generator.bias!.item<float>() + 5, Is.EqualTo(expectedMove).Within(1e-5));
    }

    [Test]
    public void Step_LeavesNoLiveTensorsBehind()
    {
        using var pair = new TinyPair();
        AdversarialTrainer trainer = pair.Trainer(Options(2), Normal, Normal);
        trainer.Step(new Random(5));
        long before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        trainer.Step(new Random(6));

        Assert.That(DisposeScopeManager.Statistics.ThreadTotalLiveCount, Is.EqualTo(before));
    }

    [Test]
    public void Constructor_WithKZero_ThrowsNamingDiscriminatorSteps()
    {
        using var pair = new TinyPair();

        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => pair.Trainer(Options(0), Normal, Normal));

        Assert.That(error!.ParamName, Is.EqualTo("DiscriminatorSteps"));
    }

    private static AdversarialTrainerOptions Options(int k) =>
        new(k, 8, GeneratorObjective.NonSaturating);

    private static Tensor Normal(int n, Random random) => randn(n, 1);

    private static float[] Weights(nn.Module module) =>
        [.. module.parameters().SelectMany(p => p.data<float>().ToArray())];

    private sealed class TinyPair : IDisposable
    {
        public TinyPair()
        {
            Generator = GanTheory.Adversarial.Models.ToyNetworks.Generator([4]);
            Discriminator = GanTheory.Adversarial.Models.ToyNetworks.Discriminator([4]);
            GeneratorOptimizer = optim.Adam(Generator.parameters(), 0.01);
            DiscriminatorOptimizer = optim.Adam(Discriminator.parameters(), 0.01);
        }

        public GanTheory.Adversarial.Models.MultilayerPerceptron Generator { get; }

        public GanTheory.Adversarial.Models.MultilayerPerceptron Discriminator { get; }

        private optim.Optimizer GeneratorOptimizer { get; }

        private optim.Optimizer DiscriminatorOptimizer { get; }

        public AdversarialTrainer Trainer(
            AdversarialTrainerOptions options, BatchSampler data, BatchSampler noise) =>
            new(Generator, Discriminator, GeneratorOptimizer, DiscriminatorOptimizer, data, noise,
                options);

        public void Dispose()
        {
            GeneratorOptimizer.Dispose();
            DiscriminatorOptimizer.Dispose();
            Generator.Dispose();
            Discriminator.Dispose();
        }
    }
}
