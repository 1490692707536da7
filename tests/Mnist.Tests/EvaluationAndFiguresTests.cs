using GanTheory.Mnist.Data;
using GanTheory.Mnist.Evaluation;
using GanTheory.Mnist.Figures;
using GanTheory.Mnist.Model;
using GanTheory.Mnist.Training;

namespace GanTheory.Mnist.Tests;

/// <summary>The evaluation and figure pipelines end to end on a tiny synthetic run.</summary>
[TestFixture]
[NonParallelizable]
public sealed class EvaluationAndFiguresTests
{
    private static readonly MnistGanConfig Small = TestConfigs.Small;

    [Test]
    public void Evaluate_TinyRun_WritesReportSamplesAndScoresRealImagesHigher()
    {
        using TemporaryFolder folder = new();
        SplitDataset data = TinySplit();
        MnistRun run = MnistRun.Create(folder.File("run"), Small, data.Splits);
        using (MnistGanTrainer trainer = new(Small, data.Train))
        {
            TrainingSession.Run(run, trainer, null, null, CancellationToken.None);
        }

        Table1Report report = RunEvaluation.Evaluate(run, data, samples: 50, seed: 1);

        Assert.That(File.Exists(Path.Combine(run.Folder, "parzen.json")), Is.True);
        Assert.That(IdxReader.ReadImages(report.SamplesPath).Count, Is.EqualTo(50));
        Assert.That(report.Generator.TestCount, Is.EqualTo(data.Test.Count));
        Assert.That(report.Generator.SigmaGrid, Has.Length.EqualTo(10));
        // Test bars are drawn like the training bars: real centres must explain them better
        // than a generator trained for one iteration.
        Assert.That(report.RealTrainingImages.MeanLogLikelihood,
            Is.GreaterThan(report.Generator.MeanLogLikelihood));
    }

    [Test]
    public void Figures_TinyGenerator_WritePngFiles()
    {
        using TemporaryFolder folder = new();
        ImageSet train = SyntheticImages.Bars(40, seed: 8);
        using TorchSharp.torch.Generator random = new(3);
        using PaperGenerator generator = new(Small, MnistGanTrainer.PixelMeans(train), random);

        PaperFigures.SaveSamplesWithNeighbours(folder.File("f2.png"), generator, train, seed: 1, 3, 4);
        PaperFigures.SaveInterpolations(folder.File("f3.png"), generator, seed: 2, rows: 2, steps: 5);

        using SkiaSharp.SKBitmap figure2 = SkiaSharp.SKBitmap.Decode(folder.File("f2.png"));
        using SkiaSharp.SKBitmap figure3 = SkiaSharp.SKBitmap.Decode(folder.File("f3.png"));
        // Scale 3: cells of 84 pixels with 6-pixel gaps; Figure 2 has a 12-pixel extra gap.
        Assert.That(figure2.Width, Is.EqualTo(6 + (5 * 90) + 12));
        Assert.That(figure3.Height, Is.EqualTo(6 + (2 * 90)));
    }

    private static SplitDataset TinySplit()
    {
        ImageSet all = SyntheticImages.Bars(60, seed: 6);
        int[] train = [.. Enumerable.Range(0, 40)];
        int[] validation = [.. Enumerable.Range(40, 10)];
        int[] test = [.. Enumerable.Range(50, 10)];
        SplitRecord record = new("synthetic", [], "first 40 train, 10 validation, 10 test",
            new SplitPart(40, "none", [0, 40], null),
            new SplitPart(10, "none", [40, 50], null),
            new SplitPart(10, "none", [50, 60], null));
        return new SplitDataset(DatasetName.Digits, all.Select(train), all.Select(validation),
            all.Select(test), record);
    }
}
