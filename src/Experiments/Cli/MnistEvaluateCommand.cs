using System.CommandLine;
using System.Globalization;
using GanTheory.Mnist.Data;
using GanTheory.Mnist.Evaluation;
using GanTheory.Mnist.Model;
using GanTheory.Mnist.Training;

namespace GanTheory.Experiments.Cli;

/// <summary>
/// `experiments mnist evaluate RUN`: the Parzen-window log-likelihood of a trained run by the
/// paper's protocol, printed as a Table 1 row beside the paper's numbers and the real-image
/// baseline; writes parzen.json and the generated samples (float32 IDX) into the run folder.
/// </summary>
internal static class MnistEvaluateCommand
{
    // Table 1 of Goodfellow et al. (2014), MNIST column: mean log-likelihood +- standard error.
    private static readonly (string Model, string Score)[] PaperRows =
    [
        ("DBN", "138 +- 2"),
        ("Stacked CAE", "121 +- 1.6"),
        ("Deep GSN", "214 +- 1.1"),
        ("Adversarial nets (paper)", "225 +- 2"),
    ];

    public static Command Create()
    {
        Argument<string> runFolder = new("run") { Description = "A run folder made by mnist train" };
        Option<string> data = MnistOptions.Data();
        Option<string?> idxFolder = MnistOptions.IdxFolder();
        Option<int> samples = new("--samples")
        {
            Description = "Samples drawn from G as kernel centres",
            DefaultValueFactory = _ => RunEvaluation.DefaultSamples,
        };
        Option<int> seed = MnistOptions.Seed(1234, "the noise behind the samples");
        Command evaluate = new("evaluate",
            "Parzen-window log-likelihood of a run (sigma chosen on 1,000 validation images from "
            + "10 values on [0.1, 1], mean and SE on the test split) as a Table 1 row, beside the "
            + "same estimator on real training images; writes parzen.json.")
        {
            runFolder, data, idxFolder, samples, seed,
        };
        evaluate.SetAction(parsed => Run(parsed.GetValue(runFolder)!, parsed.GetValue(data)!,
            parsed.GetValue(idxFolder), parsed.GetValue(samples), parsed.GetValue(seed)));
        return evaluate;
    }

    private static int Run(string folder, string data, string? idxFolder, int samples, int seed)
    {
        try
        {
            MnistRun run = MnistRun.Open(folder);
            MnistGanConfig config = run.ReadConfig();
            SplitDataset split = DatasetCatalog.Load(config.Dataset, data, idxFolder);
            Table1Report report = RunEvaluation.Evaluate(run, split, samples, seed);

            Console.WriteLine($"Parzen-window log-likelihood of the {split.Name} test split "
                + $"({split.Test.Count} images, nats; sigma chosen on {RunEvaluation.ValidationCount} "
                + "validation images)");
            Console.WriteLine($"{"Model",-34} {"log-likelihood",-18} sigma");
            if (split.Name != DatasetName.Fashion)
            {
                foreach ((string model, string score) in PaperRows)
                {
                    Console.WriteLine($"{model,-34} {score,-18} (Table 1, MNIST)");
                }
            }
            Console.WriteLine(Row($"This GAN ({report.Epochs} epochs)", report.Generator));
            Console.WriteLine(Row($"Real training images ({report.RealTrainingImages.CentreCount})",
                report.RealTrainingImages));
            string reportPath = Path.Combine(run.Folder, "parzen.json");
            Console.WriteLine($"wrote {reportPath} and {report.SamplesPath}");
            return 0;
        }
        catch (Exception error) when (error is DataMissingException or InvalidDataException
            or IOException or ArgumentOutOfRangeException)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return 1;
        }
    }

    private static string Row(string model, ParzenResult result)
    {
        return string.Create(CultureInfo.InvariantCulture,
            $"{model,-34} {result.MeanLogLikelihood,7:F1} +- {result.StandardError,-7:F1} "
            + $"{result.Sigma:F4}");
    }
}
