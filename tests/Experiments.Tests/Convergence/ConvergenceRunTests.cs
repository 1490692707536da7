using GanTheory.Adversarial.IO;
using GanTheory.Experiments.Convergence;
using GanTheory.Experiments.Reporting;

namespace GanTheory.Experiments.Tests.Convergence;

[TestFixture]
[NonParallelizable]
public sealed class ConvergenceRunTests
{
    private static readonly ConvergenceConfig Tiny = TinyConfig.Convergence;

    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Path.Combine(Path.GetTempPath(), $"convergence-{Guid.NewGuid():N}");

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public void Start_TinyConfig_WritesEveryFileOfTheRunFolder()
    {
        var folder = new RunFolder(Path.Combine(_folder, "run"));

        ConvergenceOutcome outcome = ConvergenceRun.Start(Tiny, folder, SilentProgress.Instance, default);

        Assert.That(outcome.Interrupted, Is.False);
        Assert.That(outcome.StepsCompleted, Is.EqualTo(12));
        List<CheckpointMetrics> rows = MetricsCsv.Read(folder.Metrics);
        Assert.That(rows.Select(r => r.Step), Is.EqualTo(new long[] { 0, 4, 8, 12 }));
        Assert.That(File.ReadLines(folder.Metrics).First(),
            Does.StartWith("step,lr,jsd,jsd_error,c_of_g,v_of_g_d,v,v_se,d_star_mae"));
        Assert.That(RunJson.Deserialize<ConvergenceConfig>(File.ReadAllText(folder.Config), "config")
            .Seed, Is.EqualTo(3));
        Assert.That(File.ReadAllText(folder.Summary), Does.Contain("\"checks\""));
        Assert.That(File.ReadAllText(folder.Log), Does.Contain("step     12/12"));
        Assert.That(File.Exists(folder.Checkpoint), Is.True);
        foreach (string figure in new[] { folder.ConvergenceFigure, folder.DensitiesFigure })
        {
            byte[] png = File.ReadAllBytes(figure);
            Assert.That(png.Take(4), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }), figure);
        }
        Assert.That(Directory.GetFiles(folder.Path, "*.tmp"), Is.Empty);
    }

    // Interrupted at step 6, between two evaluations, so the running loss sums must survive too.
    [Test]
    public void Resume_AfterInterruption_ReachesTheSameStateAsAnUninterruptedRun()
    {
        var straight = new RunFolder(Path.Combine(_folder, "straight"));
        var interrupted = new RunFolder(Path.Combine(_folder, "interrupted"));
        ConvergenceRun.Start(Tiny, straight, SilentProgress.Instance, default);

        using var cancel = new CancellationTokenSource();
        ConvergenceOutcome first = ConvergenceRun.Start(
            Tiny, interrupted, new CancelAt(6, cancel), cancel.Token);
        ConvergenceOutcome second = ConvergenceRun.Resume(interrupted, SilentProgress.Instance, default);

        Assert.That(first.Interrupted, Is.True);
        Assert.That(first.StepsCompleted, Is.EqualTo(6));
        Assert.That(second.StepsCompleted, Is.EqualTo(12));
        Assert.That(File.ReadAllText(interrupted.Metrics), Is.EqualTo(File.ReadAllText(straight.Metrics)));
        Assert.That(File.ReadAllBytes(interrupted.Checkpoint), Is.EqualTo(File.ReadAllBytes(straight.Checkpoint)));
        Assert.That(File.ReadAllText(interrupted.Log), Does.Contain("finished 12 steps; this session:"));
        Assert.That(File.ReadAllText(straight.Log), Does.Contain("finished 12 steps in "));
    }

    [Test]
    public void Start_InFolderThatHoldsARun_Throws()
    {
        var folder = new RunFolder(Path.Combine(_folder, "run"));
        ConvergenceRun.Start(Tiny with { Steps = 1 }, folder, SilentProgress.Instance, default);

        Assert.Throws<IOException>(
            () => ConvergenceRun.Start(Tiny, folder, SilentProgress.Instance, default));
    }

    // Adam moves each weight by about lr per step: lr 1e30 overflows float32 within a few steps.
    [Test]
    public void Start_HugeLearningRate_ThrowsDivergedAndLogsItKeepingTheLastCheckpoint()
    {
        var folder = new RunFolder(Path.Combine(_folder, "run"));
        ConvergenceConfig huge = Tiny with { LearningRate = 1e30, Steps = 300 };

        TrainingDivergedException e = Assert.Throws<TrainingDivergedException>(
            () => ConvergenceRun.Start(huge, folder, SilentProgress.Instance, default))!;

        Assert.That(e.Step, Is.InRange(1, 300));
        Assert.That(e.Message, Does.StartWith($"training diverged at step {e.Step} (non-finite")
            .And.EndWith("try a smaller --lr"));
        Assert.That(File.ReadAllText(folder.Log), Does.Contain(e.Message));
        Assert.That(File.Exists(folder.Summary), Is.False);
    }

    // With a checkpoint after every step, the one on disk must be the step before the
    // divergence: the non-finite state is never saved. With seed 3, lr 2 survives a few steps
    // before overflowing (lr 3 already fails at step 1).
    [Test]
    public void Start_DivergingAfterACheckpoint_KeepsTheLastGoodCheckpoint()
    {
        var folder = new RunFolder(Path.Combine(_folder, "run"));
        ConvergenceConfig huge = Tiny with { LearningRate = 2, Steps = 300, CheckpointEvery = 1 };

        TrainingDivergedException e = Assert.Throws<TrainingDivergedException>(
            () => ConvergenceRun.Start(huge, folder, SilentProgress.Instance, default))!;

        Assert.That(e.Step, Is.GreaterThan(1));
        (long saved, _) = TrainingCheckpoint.ReadHeader(folder.Checkpoint);
        Assert.That(saved, Is.EqualTo(e.Step - 1));
        Assert.That(File.ReadAllText(folder.Log),
            Does.Contain($"checkpoint.bin keeps the last good state, step {saved}"));
        Assert.That(MetricsCsv.Read(folder.Metrics).Select(r => r.Step).Last(), Is.EqualTo(saved));
    }

    [Test]
    public void Start_InFolderLeftWithoutCheckpoint_ReusesItAndSaysSo()
    {
        var folder = new RunFolder(Path.Combine(_folder, "run"));
        Assert.Throws<TrainingDivergedException>(() => ConvergenceRun.Start(
            Tiny with { LearningRate = 1e30, CheckpointEvery = 1000, Steps = 300 }, folder,
            SilentProgress.Instance, default));
        Assert.That(File.Exists(folder.Checkpoint), Is.False);

        ConvergenceOutcome outcome = ConvergenceRun.Start(
            Tiny, folder, SilentProgress.Instance, default);

        Assert.That(outcome.StepsCompleted, Is.EqualTo(12));
        Assert.That(File.ReadAllText(folder.Log), Does.Contain("reusing"));
    }

    [Test]
    public void Resume_OfFinishedRun_ChangesNothingAndReturnsItsSummary()
    {
        var folder = new RunFolder(Path.Combine(_folder, "run"));
        ConvergenceRun.Start(Tiny, folder, SilentProgress.Instance, default);
        string[] files = [folder.Summary, folder.Metrics, folder.Log, folder.Checkpoint];
        byte[][] before = [.. files.Select(File.ReadAllBytes)];

        ConvergenceOutcome outcome = ConvergenceRun.Resume(folder, SilentProgress.Instance, default);

        Assert.That(outcome.StepsCompleted, Is.EqualTo(12));
        Assert.That(outcome.Summary, Is.Not.Null);
        Assert.That(files.Select(File.ReadAllBytes), Is.EqualTo(before));
    }

    /// <summary>Requests cancellation once the run reports a given step, as Ctrl+C would.</summary>
    private sealed class CancelAt(long step, CancellationTokenSource source) : IProgressSink
    {
        public void Start(long total, long completed)
        {
        }

        public void Report(long completed)
        {
            if (completed == step)
            {
                source.Cancel();
            }
        }

        public void Message(string line)
        {
        }
    }
}
