using System.CommandLine;
using GanTheory.Mnist.Data;
using GanTheory.Mnist.Figures;
using GanTheory.Mnist.Model;
using GanTheory.Mnist.Training;

namespace GanTheory.Experiments.Cli;

/// <summary>
/// `experiments mnist figures RUN`: the paper's Figures 2 and 3 from a run's checkpoint.
/// </summary>
internal static class MnistFiguresCommand
{
    public static Command Create()
    {
        Argument<string> runFolder = new("run") { Description = "A run folder made by mnist train" };
        Option<string> data = MnistOptions.Data();
        Option<string?> idxFolder = MnistOptions.IdxFolder();
        Option<int> seed = MnistOptions.Seed(2014, "the noise behind the figures");
        Command figures = new("figures",
            "Write figure2.png (random samples; yellow-framed column: nearest training image of "
            + "the sample to its left) and figure3.png (rows interpolating linearly in z) into RUN.")
        {
            runFolder, data, idxFolder, seed,
        };
        figures.SetAction(parsed => Run(parsed.GetValue(runFolder)!, parsed.GetValue(data)!,
            parsed.GetValue(idxFolder), parsed.GetValue(seed)));
        return figures;
    }

    private static int Run(string folder, string data, string? idxFolder, int seed)
    {
        try
        {
            MnistRun run = MnistRun.Open(folder);
            MnistGanConfig config = run.ReadConfig();
            SplitDataset split = DatasetCatalog.Load(config.Dataset, data, idxFolder);
            using MnistGanTrainer trainer = MnistGanTrainer.Resume(run.CheckpointPath, split.Train);

            string figure2 = Path.Combine(run.Folder, "figure2.png");
            string figure3 = Path.Combine(run.Folder, "figure3.png");
            PaperFigures.SaveSamplesWithNeighbours(figure2, trainer.Generator, split.Train, seed);
            PaperFigures.SaveInterpolations(figure3, trainer.Generator, seed + 1);
            Console.WriteLine($"wrote {figure2} (checkpoint after {trainer.CompletedEpochs} epochs)");
            Console.WriteLine($"wrote {figure3}");
            return 0;
        }
        catch (Exception error) when (error is DataMissingException or InvalidDataException
            or IOException or ArgumentOutOfRangeException)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return 1;
        }
    }
}
