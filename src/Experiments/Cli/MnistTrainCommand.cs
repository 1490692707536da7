using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using GanTheory.Adversarial.IO;
using GanTheory.Mnist.Data;
using GanTheory.Mnist.Model;
using GanTheory.Mnist.Training;
using TorchSharp;

namespace GanTheory.Experiments.Cli;

/// <summary>
/// `experiments mnist train`: trains the paper's MNIST GAN with its released configuration in
/// a run folder; `--resume RUN` continues one exactly; Ctrl-C saves and exits.
/// </summary>
internal static class MnistTrainCommand
{
    /// <summary>Exit code of a run stopped by a NaN loss.</summary>
    private const int Diverged = 3;

    /// <summary>Exit code of a run stopped by Ctrl-C or SIGTERM after saving.</summary>
    private const int Interrupted = 130;

    private static readonly System.Text.Json.JsonSerializerOptions CompactJson =
        new(RunJson.Options) { WriteIndented = false };

    public static Command Create()
    {
        MnistGanConfig paper = new();
        Option<string> dataset = MnistOptions.Dataset();
        Option<string> data = MnistOptions.Data();
        Option<string?> idxFolder = MnistOptions.IdxFolder();
        Option<int> seed = MnistOptions.Seed(paper.Seed, "initialisation, data order, noise and dropout");
        Option<int?> epochs = new("--epochs")
        {
            Description =
                $"Epochs to train in total (default {paper.Epochs}; on --resume, the run's own)",
        };
        Option<string> scheme = new Option<string>("--scheme")
        {
            Description = "simultaneous (the released code: D and G step together) or "
                + "alternating (Algorithm 1: k D steps, then one G step)",
            DefaultValueFactory = _ => "simultaneous",
        }.AcceptOnlyFromAmong("simultaneous", "alternating");
        Option<int> k = new("--k")
        {
            Description = "D steps per G step with --scheme alternating",
            DefaultValueFactory = _ => paper.DiscriminatorSteps,
        };
        Option<string> objective = new Option<string>("--objective")
        {
            Description = "G's loss: non-saturating -log D(G(z)) (released) or minimax log(1 - D(G(z)))",
            DefaultValueFactory = _ => "non-saturating",
        }.AcceptOnlyFromAmong("non-saturating", "minimax");
        Option<double> learningRate = new("--learning-rate")
        {
            Description = "Initial learning rate (divided by 1.000004 per iteration, floor 1e-6)",
            DefaultValueFactory = _ => paper.LearningRate,
        };
        Option<string?> output = new("--out")
        {
            Description = "Run folder (default runs/mnist-DATASET-TIMESTAMP)",
            HelpName = "DIR",
        };
        Option<int?> threads = new("--threads")
        {
            Description = "CPU threads for libtorch (default: libtorch's choice). On a machine "
                + "shared with other jobs, 1 avoids threads spinning while they wait for each other",
        };
        Option<string?> resume = new("--resume")
        {
            Description = "Continue the run in this folder from its checkpoint",
            HelpName = "RUN",
        };


        // More threads than cores only adds contention; a huge count would create thousands of
        // OS threads before the first step.
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is int count
                && (count < 1 || count > Environment.ProcessorCount))
            {
                result.AddError("--threads: expected a whole number in "
                    + $"[1, {Environment.ProcessorCount}], got '{count}'");
            }
        });

        Command train = new("train",
            "Train the paper's MNIST GAN (released configuration) in a run folder: metrics.csv, "
            + "a sample grid per epoch, checkpoint.bin. Ctrl-C saves and exits; --resume continues.")
        {
            dataset, data, idxFolder, seed, epochs, scheme, k, objective, learningRate, output,
            resume, threads,
        };
        train.SetAction(parsed =>
        {
            if (parsed.GetValue(threads) is int count)
            {
                torch.set_num_threads(count);
            }

            string? resumeFolder = parsed.GetValue(resume);
            if (resumeFolder is not null)
            {
                return Resume(resumeFolder, parsed.GetValue(epochs), parsed.GetValue(data)!,
                    parsed.GetValue(idxFolder));
            }

            MnistGanConfig config = paper with
            {
                Dataset = MnistOptions.ParseDataset(parsed.GetValue(dataset)!),
                Seed = parsed.GetValue(seed),
                Epochs = parsed.GetValue(epochs) ?? paper.Epochs,
                Scheme = MnistOptions.ParseScheme(parsed.GetValue(scheme)!),
                DiscriminatorSteps = parsed.GetValue(k),
                Objective = MnistOptions.ParseObjective(parsed.GetValue(objective)!),
                LearningRate = parsed.GetValue(learningRate),
            };
            return Start(config, parsed.GetValue(data)!, parsed.GetValue(idxFolder),
                parsed.GetValue(output));
        });
        return train;
    }

    private static int Start(MnistGanConfig config, string data, string? idxFolder, string? output)
    {
        try
        {
            config.Validated();
            SplitDataset split = DatasetCatalog.Load(config.Dataset, data, idxFolder);
            string name = MnistOptions.DatasetOptionName(config.Dataset);
            string folder = output ?? Path.Combine("runs", string.Create(
                CultureInfo.InvariantCulture, $"mnist-{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}"));
            MnistRun run = MnistRun.Create(folder, config, split.Splits);
            using MnistGanTrainer trainer = new(config, split.Train);
            return Train(run, trainer, split, data, resumed: false);
        }
        catch (Exception error) when (IsUserError(error))
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return 1;
        }
    }

    private static int Resume(string folder, int? epochs, string data, string? idxFolder)
    {
        try
        {
            MnistRun run = MnistRun.Open(folder);
            MnistGanConfig config = run.ReadConfig();
            SplitDataset split = DatasetCatalog.Load(config.Dataset, data, idxFolder);
            if (!File.Exists(run.CheckpointPath))
            {
                throw new FileNotFoundException(
                    $"'{run.Folder}' has no checkpoint yet (none is written before the first epoch "
                    + "ends or Ctrl-C); start it again instead", run.CheckpointPath);
            }
            using MnistGanTrainer trainer =
                MnistGanTrainer.Resume(run.CheckpointPath, split.Train, epochs);
            return Train(run, trainer, split, data, resumed: true);
        }
        catch (Exception error) when (IsUserError(error))
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return 1;
        }
    }

    private static int Train(
        MnistRun run, MnistGanTrainer trainer, SplitDataset split, string data, bool resumed)
    {
        MnistGanConfig config = trainer.Config;
        string logPath = Path.Combine(run.Folder, "log.txt");
        void Log(string line)
        {
            Console.WriteLine(line);
            File.AppendAllText(logPath, line + "\n");
        }

        Log($"{(resumed ? "resuming" : "starting")} {run.Folder} at epoch {trainer.CompletedEpochs + 1}"
            + $", iteration {trainer.Iteration}");
        Log($"config {System.Text.Json.JsonSerializer.Serialize(config, CompactJson)}");
        Log($"data {split.Name} from {Path.GetFullPath(data)}: train {split.Train.Count}, "
            + $"validation {split.Validation.Count}, test {split.Test.Count} (splits.json)");
        Log($"device cpu, TorchSharp {typeof(torch).Assembly.GetName().Version}, "
            + $"{torch.get_num_threads()} threads, {trainer.IterationsPerEpoch} iterations per epoch");

        using CancellationTokenSource stop = new();
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        using PosixSignalRegistration onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });

        Stopwatch wall = Stopwatch.StartNew();
        TimeSpan cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        ProgressBar bar = new();
        TrainingOutcome outcome;
        try
        {
            outcome = TrainingSession.Run(run, trainer, bar.Show,
                summary =>
                {
                    bar.Clear();
                    Log(summary.ToLine(config.Epochs));
                },
                stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
            bar.Clear();
        }

        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds;
        Log(string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Status.ToString().ToLowerInvariant()} after "
            + $"{wall.Elapsed.TotalSeconds:F0} s wall, "
            + $"{cpu:F0} s CPU; {trainer.CompletedEpochs} epochs, {trainer.Iteration} iterations"));
        switch (outcome.Status)
        {
            case TrainingStatus.Diverged:
                Console.Error.WriteLine(
                    $"error: a loss became NaN or infinite at {outcome.Message}. The last good "
                    + $"checkpoint (epoch {trainer.CompletedEpochs}) is kept in {run.CheckpointPath}.");
                return Diverged;
            case TrainingStatus.Cancelled:
                Log($"interrupted: saved {run.CheckpointPath}; continue with "
                    + $"experiments mnist train --resume {run.Folder}");
                return Interrupted;
            default:
                Log($"artifacts: {run.MetricsPath}, {run.SamplesFolder}, {run.CheckpointPath}");
                Log($"next: experiments mnist evaluate {run.Folder}; "
                    + $"experiments mnist figures {run.Folder}");
                return 0;
        }
    }

    private static bool IsUserError(Exception error) =>
        error is DataMissingException or InvalidDataException or IOException
            or ArgumentOutOfRangeException or UnauthorizedAccessException;
}
