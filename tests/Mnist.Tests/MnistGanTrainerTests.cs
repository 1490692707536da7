using GanTheory.Mnist.Data;
using GanTheory.Mnist.Model;
using GanTheory.Mnist.Training;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Tests;

[TestFixture]
[NonParallelizable]
public sealed class MnistGanTrainerTests
{
    [TestCase(UpdateScheme.Simultaneous)]
    [TestCase(UpdateScheme.Alternating)]
    public void Train_TwoIterationsOnSyntheticImages_CompletesWithFiniteLosses(UpdateScheme scheme)
    {
        MnistGanConfig config = new() { Epochs = 1, Scheme = scheme, Seed = 3 };
        using MnistGanTrainer trainer = new(config, SyntheticImages.Bars(200, seed: 1));
        float[] before = Flatten(trainer);
        List<EpochSummary> epochs = [];

        TrainingOutcome outcome = trainer.Train(null, epochs.Add, CancellationToken.None);

        Assert.That(outcome.Status, Is.EqualTo(TrainingStatus.Completed));
        Assert.That(trainer.Iteration, Is.EqualTo(2));
        Assert.That(epochs, Has.Count.EqualTo(1));
        Assert.That(double.IsFinite(epochs[0].DiscriminatorLoss), Is.True);
        Assert.That(double.IsFinite(epochs[0].GeneratorLoss), Is.True);
        // With D(x) close to 1/2 at the start, both losses are close to ln 2 = 0.693.
        Assert.That(epochs[0].DiscriminatorLoss, Is.EqualTo(Math.Log(2)).Within(0.05));
        Assert.That(Flatten(trainer), Is.Not.EqualTo(before));
    }

    private static readonly MnistGanConfig Small = TestConfigs.Small;

    [TestCase(UpdateScheme.Simultaneous)]
    [TestCase(UpdateScheme.Alternating)]
    public void Resume_AfterCancellationMidEpoch_EqualsUninterruptedRun(UpdateScheme scheme)
    {
        MnistGanConfig config = Small with { Epochs = 2, Scheme = scheme, Seed = 5 };
        ImageSet images = SyntheticImages.Bars(60, seed: 2);
        using TemporaryFolder folder = new();
        string checkpoint = folder.File("checkpoint.bin");

        using MnistGanTrainer straight = new(config, images);
        List<EpochSummary> straightEpochs = [];
        straight.Train(null, straightEpochs.Add, CancellationToken.None);

        using CancellationTokenSource stop = new();
        using (MnistGanTrainer interrupted = new(config, images))
        {
            int done = 0;
            TrainingOutcome first = interrupted.Train(
                (_, _) => { if (++done == 4) { stop.Cancel(); } }, null, stop.Token);
            Assert.That(first.Status, Is.EqualTo(TrainingStatus.Cancelled));
            Assert.That(interrupted.IterationInEpoch, Is.EqualTo(1));
            interrupted.SaveCheckpoint(checkpoint);
        }
        using MnistGanTrainer resumed = MnistGanTrainer.Resume(checkpoint, images);
        List<EpochSummary> resumedEpochs = [];
        TrainingOutcome second = resumed.Train(null, resumedEpochs.Add, CancellationToken.None);

        Assert.That(second.Status, Is.EqualTo(TrainingStatus.Completed));
        Assert.That(resumed.Iteration, Is.EqualTo(straight.Iteration));
        Assert.That(Flatten(resumed), Is.EqualTo(Flatten(straight)));
        Assert.That(resumedEpochs.Single().DiscriminatorLoss,
            Is.EqualTo(straightEpochs[1].DiscriminatorLoss));
    }

    [Test]
    public void Train_NaNLoss_StopsWithMessageAndSessionKeepsLastGoodCheckpoint()
    {
        using TemporaryFolder folder = new();
        ImageSet good = SyntheticImages.Bars(20, seed: 3);
        MnistGanConfig config = Small with { Epochs = 1, Seed = 7 };
        SplitRecord splits = new("synthetic", [], "test", null!, null!, null!);
        MnistRun run = MnistRun.Create(folder.File("run"), config, splits);
        using (MnistGanTrainer trainer = new(config, good))
        {
            TrainingSession.Run(run, trainer, null, null, CancellationToken.None);
        }
        byte[] goodCheckpoint = File.ReadAllBytes(run.CheckpointPath);

        using MnistGanTrainer diverging = MnistGanTrainer.Resume(run.CheckpointPath, good, epochs: 2);
        using (no_grad())
        {
            diverging.Discriminator.parameters().First().fill_(float.NaN);
        }
        TrainingOutcome outcome = TrainingSession.Run(
            run, diverging, null, null, CancellationToken.None);

        Assert.That(outcome.Status, Is.EqualTo(TrainingStatus.Diverged));
        Assert.That(outcome.Message, Does.Contain("NaN"));
        Assert.That(diverging.Iteration, Is.EqualTo(1), "the NaN iteration is not counted");
        Assert.That(File.ReadAllBytes(run.CheckpointPath), Is.EqualTo(goodCheckpoint));
    }

    [Test]
    public void Session_OneEpoch_WritesMetricsSampleGridAndCheckpoint()
    {
        using TemporaryFolder folder = new();
        MnistGanConfig config = Small with { Epochs = 1, Seed = 9 };
        SplitRecord splits = new("synthetic", [], "test", null!, null!, null!);
        MnistRun run = MnistRun.Create(folder.File("run"), config, splits);
        using MnistGanTrainer trainer = new(config, SyntheticImages.Bars(20, seed: 4));

        TrainingSession.Run(run, trainer, null, null, CancellationToken.None);

        string[] metrics = File.ReadAllLines(run.MetricsPath);
        Assert.That(metrics, Has.Length.EqualTo(2));
        Assert.That(metrics[1], Does.StartWith("1,1,"));
        Assert.That(File.Exists(Path.Combine(run.SamplesFolder, "epoch-0001.png")), Is.True);
        Assert.That(File.Exists(run.CheckpointPath), Is.True);
        Assert.That(run.ReadConfig(), Is.EqualTo(config));
    }

    [TestCase(UpdateScheme.Simultaneous)]
    [TestCase(UpdateScheme.Alternating)]
    public void Train_Iterations_LeaveNoLiveTensorsBehind(UpdateScheme scheme)
    {
        MnistGanConfig config = Small with { Epochs = 2, Scheme = scheme };
        using MnistGanTrainer trainer = new(config, SyntheticImages.Bars(40, seed: 5));
        // Tensors of earlier tests that the finalizer disposes would otherwise move the count.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = TorchSharp.DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        trainer.Train(null, null, CancellationToken.None);

        Assert.That(TorchSharp.DisposeScopeManager.Statistics.ThreadTotalLiveCount,
            Is.EqualTo(before));
    }

    [Test]
    public void Constructor_FewerImagesThanOneBatch_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => _ = new MnistGanTrainer(new MnistGanConfig(), SyntheticImages.Bars(99, seed: 1)));
    }

    private static float[] Flatten(MnistGanTrainer trainer)
    {
        return [.. trainer.Generator.parameters().Concat(trainer.Discriminator.parameters())
            .SelectMany(p => p.data<float>().ToArray())];
    }
}
