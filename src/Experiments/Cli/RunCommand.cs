using System.CommandLine;

namespace GanTheory.Experiments.Cli;

/// <summary>`experiments run EXPERIMENT`: trains something and checks it against the
/// theory.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        Command run = new("run", "Run an experiment and check it against the paper's theory.");
        run.Subcommands.Add(ConvergenceCommand.Create());
        return run;
    }
}
