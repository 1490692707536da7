using System.CommandLine;
using GanTheory.Adversarial;
using GanTheory.Adversarial.Training;
using GanTheory.Experiments.Convergence;
using GanTheory.Experiments.Reporting;
using Spectre.Console;

namespace GanTheory.Experiments.Cli;

/// <summary>
/// `experiments run convergence`: trains a GAN on a 1-D density with Algorithm 1 and checks it
/// against Section 4 of the paper. docs/convergence.md documents every option and output.
/// </summary>
internal static class ConvergenceCommand
{
    /// <summary>Exit code of a run stopped by Ctrl+C after saving its checkpoint.</summary>
    public const int Interrupted = 130;

    /// <summary>Exit code of a run that could not start or failed (message on stderr).</summary>
    public const int Failed = 1;

    private static readonly Dictionary<string, GeneratorObjective> Losses = new()
    {
        ["non-saturating"] = GeneratorObjective.NonSaturating,
        ["minimax"] = GeneratorObjective.Minimax,
    };

    private static readonly Dictionary<string, OptimizerKind> Optimizers = new()
    {
        ["adam"] = OptimizerKind.Adam,
        ["sgd"] = OptimizerKind.Sgd,
    };

    private static readonly Dictionary<string, LearningRateScheduleKind> Schedules = new()
    {
        ["linear"] = LearningRateScheduleKind.Linear,
        ["constant"] = LearningRateScheduleKind.Constant,
    };

    public static Command Create()
    {
        var defaults = new ConvergenceConfig();
        Option<string> target = CliOptions.Choice(
            "--target", "Data density p_data", ToyTargets.Names, "gaussian");
        Option<int> steps = CliOptions.Integer(
            "--steps", "Generator steps (iterations of Algorithm 1)", defaults.Steps, 1);
        Option<int> k = CliOptions.Integer(
            "--k", "Discriminator steps per generator step", defaults.DiscriminatorSteps, 1);
        Option<int> batch = CliOptions.Integer(
            "--batch", "Minibatch size m of data and of noise", defaults.BatchSize, 1);
        Option<string> loss = CliOptions.Choice("--loss", "Generator objective", Losses,
            "non-saturating");
        Option<string> optimizer = CliOptions.Choice("--optimizer", "Gradient method", Optimizers,
            "adam");
        Option<double> lr = CliOptions.Real("--lr", "Initial learning rate of both networks",
            defaults.LearningRate, v => v > 0, "> 0");
        Option<double> momentum = CliOptions.Real("--momentum", "Momentum of SGD",
            defaults.Momentum,
            v => v is >= 0 and < 1, "in [0, 1)");
        Option<double> beta1 = CliOptions.Real("--beta1", "Adam's beta1", defaults.Beta1,
            v => v is >= 0 and < 1, "in [0, 1)");
        Option<string> schedule = CliOptions.Choice(
            "--schedule", "Learning-rate schedule", Schedules, "linear");
        Option<int> seed = CliOptions.Integer(
            "--seed", "Seed of all random draws", defaults.Seed, 0);
        Option<int> checkpointEvery = CliOptions.Integer("--checkpoint-every",
            "Generator steps between evaluations and checkpoints", defaults.CheckpointEvery, 1);
        Option<int> samples = CliOptions.Integer("--mc-samples",
            "Data and noise samples of the Monte Carlo V(G,D)", defaults.MonteCarloSamples, 2);
        Option<int> threads = CliOptions.Integer(
            "--threads", "libtorch threads", defaults.Threads, 1, Environment.ProcessorCount);
        var output = new Option<string?>("--out")
        {
            Description = "Run folder (default runs/convergence/<target>-seed<seed>-<UTC time>)",
        };
        var resume = new Option<string?>("--resume")
        {
            Description = "Continue the run in this folder from its last checkpoint, with its "
                + "saved config",
        };
        var figuresDir = new Option<string?>("--figures-dir")
        {
            Description = "Also copy the run's two figures into this folder (as the README's "
                + "figures/)",
        };

        Option[] training =
        [
            target, steps, k, batch, loss, optimizer, lr, momentum, beta1, schedule, seed,
            checkpointEvery, samples, threads, output,
        ];
        Command command = new("convergence",
            "Train a GAN on a 1-D density (Algorithm 1) and check the paper's theory as it "
                + "trains.");
        foreach (Option option in training)
        {
            command.Options.Add(option);
        }
        command.Options.Add(resume);
        command.Options.Add(figuresDir);
        CliOptions.RequireFolder(output);
        CliOptions.RequireFolder(resume);
        CliOptions.RequireFolder(figuresDir);

        // A resumed run continues with the config saved in its folder; silently ignoring a
        // changed option would mislead.
        command.Validators.Add(result =>
        {
            if (!CliOptions.IsGiven(result, resume))
            {
                return;
            }
            foreach (Option option in training.Where(o => CliOptions.IsGiven(result, o)))
            {
                result.AddError(
                    $"{option.Name}: cannot be combined with --resume, which continues with the "
                    + "config saved in the run folder");
            }
        });

        command.SetAction((parsed, cancel) =>
        {
            ConvergenceConfig config = defaults with
            {
                Target = ToyTargets.Names[parsed.GetValue(target)!],
                Steps = parsed.GetValue(steps),
                DiscriminatorSteps = parsed.GetValue(k),
                BatchSize = parsed.GetValue(batch),
                Loss = Losses[parsed.GetValue(loss)!],
                Optimizer = Optimizers[parsed.GetValue(optimizer)!],
                LearningRate = parsed.GetValue(lr),
                Momentum = parsed.GetValue(momentum),
                Beta1 = parsed.GetValue(beta1),
                Schedule = Schedules[parsed.GetValue(schedule)!],
                Seed = parsed.GetValue(seed),
                CheckpointEvery = parsed.GetValue(checkpointEvery),
                MonteCarloSamples = parsed.GetValue(samples),
                Threads = parsed.GetValue(threads),
            };
            string? resumeFolder = parsed.GetValue(resume);
            string folder = resumeFolder
                ?? parsed.GetValue(output)
                ?? RunFolder.DefaultFor(config, DateTime.UtcNow);
            return Task.FromResult(Run(
                config, new RunFolder(folder), resumeFolder is not null,
                    parsed.GetValue(figuresDir),
                cancel));
        });
        return command;
    }

    /// <summary>Runs (or resumes) and reports; returns the process exit code.</summary>
    public static int Run(
        ConvergenceConfig config, RunFolder folder, bool resume, string? figuresDir,
        CancellationToken cancel)
    {
        IAnsiConsole console = Terminal.Create();
        ConvergenceOutcome outcome;

        // Ctrl+C (SIGINT) asks the run to stop after the current step and save a checkpoint,
        // instead of killing the process mid-step.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            outcome = Terminal.WithProgress(console, "training", progress => resume
                ? ConvergenceRun.Resume(folder, progress, interrupt.Token)
                : ConvergenceRun.Start(config, folder, progress, interrupt.Token));
        }
        catch (Exception e) when (e is IOException or InvalidDataException
            or UnauthorizedAccessException or TrainingDivergedException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Failed;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        if (outcome.Summary is null)
        {
            return Interrupted;
        }

        SummaryTable.Render(console, outcome.Summary);
        if (figuresDir is not null)
        {
            CopyFigures(folder, figuresDir);
            console.WriteLine("copied convergence.png and densities.png to "
                + $"{Path.GetFullPath(figuresDir)}");
        }
        return 0;
    }

    private static void CopyFigures(RunFolder folder, string target)
    {
        foreach (string figure in new[] { folder.ConvergenceFigure, folder.DensitiesFigure })
        {
            Adversarial.IO.AtomicFile.WriteAllBytes(
                Path.Combine(target, Path.GetFileName(figure)), File.ReadAllBytes(figure));
        }
    }
}
