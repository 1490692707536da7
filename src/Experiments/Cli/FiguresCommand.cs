using System.CommandLine;
using GanTheory.Experiments.Convergence;
using GanTheory.Experiments.FigureOne;
using GanTheory.Experiments.Plotting;
using GanTheory.Experiments.Reporting;
using Spectre.Console;

namespace GanTheory.Experiments.Cli;

/// <summary>
/// `experiments figures`: regenerates the PNGs the README shows: the reproduced Figure 1 and
/// the two figures of a default `run convergence`, from real training runs.
/// </summary>
internal static class FiguresCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out")
        {
            Description = "Folder for the PNGs (default figures)",
            DefaultValueFactory = _ => "figures",
        };
        Option<int> seed = CliOptions.Integer(
            "--seed", "Seed of both training runs", new ConvergenceConfig().Seed, 0);
        Command command = new("figures",
            "Regenerate the README's figures: Figure 1 of the paper and a convergence run.");
        command.Options.Add(output);
        CliOptions.RequireFolder(output);
        command.Options.Add(seed);
        command.SetAction((parsed, cancel) => Task.FromResult(
            Run(parsed.GetValue(output)!, parsed.GetValue(seed), cancel)));
        return command;
    }

    private static int Run(string folder, int seed, CancellationToken cancel)
    {
        IAnsiConsole console = Terminal.Create();
        Directory.CreateDirectory(folder);
        var settings = FigureOneExperiment.Settings.Default with
        {
            Config = FigureOneExperiment.Settings.Default.Config with { Seed = seed },
        };

        IReadOnlyList<FigureOnePanel> panels = Terminal.WithProgress(console, "Figure 1",
            progress => FigureOneExperiment.Run(settings, progress));
        string figureOne = Path.Combine(folder, "figure1.png");
        FigureOnePlot.Save(figureOne, panels);
        console.WriteLine($"wrote {Path.GetFullPath(figureOne)}");

        var config = new ConvergenceConfig { Seed = seed };
        var run = new RunFolder(RunFolder.DefaultFor(config, DateTime.UtcNow));
        int exit = ConvergenceCommand.Run(config, run, resume: false, figuresDir: folder, cancel);
        return exit;
    }
}
