using GanTheory.Adversarial.IO;
using GanTheory.Adversarial.Models;
using GanTheory.Adversarial.Training;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanTheory.Experiments.Tests.Adversarial;

[TestFixture]
[NonParallelizable]
public sealed class TrainingCheckpointTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"checkpoint-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    // Adam's moment estimates are part of the state: restoring only the weights would make the
    // next step differ.
    [Test]
    public void Load_ThenStep_MatchesStepWithoutInterruption()
    {
        string path = Path.Combine(_folder, "checkpoint.bin");
        RandomStreams.SeedTorch(1);
        using MultilayerPerceptron original = ToyNetworks.Generator([8]);
        using OptimizerHelper originalAdam = optim.Adam(original.parameters(), 0.01);
        Train(original, originalAdam, 3);
        TrainingCheckpoint.Save(path, 3, "{\"note\":1}", [original], [originalAdam]);
        Train(original, originalAdam, 1);

        RandomStreams.SeedTorch(2);
        using MultilayerPerceptron restored = ToyNetworks.Generator([8]);
        using OptimizerHelper restoredAdam = optim.Adam(restored.parameters(), 0.01);
        (long step, string json) = TrainingCheckpoint.Load(path, [restored], [restoredAdam]);
        Train(restored, restoredAdam, 1);

        Assert.That(step, Is.EqualTo(3));
        Assert.That(json, Is.EqualTo("{\"note\":1}"));
        Assert.That(Weights(restored), Is.EqualTo(Weights(original)));
    }

    [Test]
    public void Load_OfAnotherFile_ThrowsInvalidData()
    {
        string path = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(path, "not a checkpoint");
        using MultilayerPerceptron network = ToyNetworks.Generator([2]);

        Assert.Throws<InvalidDataException>(() => TrainingCheckpoint.Load(path, [network], []));
    }

    private static void Train(MultilayerPerceptron network, OptimizerHelper optimizer, int steps)
    {
        for (int i = 0; i < steps; i++)
        {
            using IDisposable scope = NewDisposeScope();
            optimizer.zero_grad();
            network.forward(linspace(-1, 1, 16).reshape(16, 1)).pow(2).mean().backward();
            optimizer.step();
        }
    }

    private static float[] Weights(nn.Module module) =>
        [.. module.parameters().SelectMany(p => p.data<float>().ToArray())];
}
