using GanTheory.Mnist.Data;
using GanTheory.Mnist.Training;

namespace GanTheory.Mnist.Tests;

[TestFixture]
public sealed class MnistRunTests
{
    private static readonly SplitRecord Splits = new("synthetic", [], "test", null!, null!, null!);

    [Test]
    public void Create_FolderHoldingARun_IsRefusedNamingResume()
    {
        using TemporaryFolder folder = new();
        MnistRun.Create(folder.File("run"), TestConfigs.Small, Splits);

        IOException error = Assert.Throws<IOException>(
            () => MnistRun.Create(folder.File("run"), TestConfigs.Small, Splits))!;

        Assert.That(error.Message, Does.Contain("--resume"));
    }

    [Test]
    public void TruncateMetrics_RowsAfterCheckpoint_AreDropped()
    {
        using TemporaryFolder folder = new();
        MnistRun run = MnistRun.Create(folder.File("run"), TestConfigs.Small, Splits);
        foreach (int epoch in new[] { 1, 2, 3 })
        {
            run.AppendMetrics(new EpochSummary(epoch, 1, 0.5, 0.7, 0.5, 0.5, 0, 0, 0.1, 0.5, 10, 1));
        }

        run.TruncateMetrics(completedEpochs: 2);

        string[] lines = File.ReadAllLines(run.MetricsPath);
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[0], Is.EqualTo(EpochSummary.CsvHeader));
        Assert.That(lines[2], Does.StartWith("2,"));
    }

    [Test]
    public void Open_FolderWithoutRun_IsRefused()
    {
        using TemporaryFolder folder = new();

        Assert.Throws<DirectoryNotFoundException>(() => MnistRun.Open(folder.Path));
    }
}
