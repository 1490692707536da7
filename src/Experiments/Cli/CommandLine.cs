using System.CommandLine;

namespace GanTheory.Experiments.Cli;

/// <summary>Builds the `experiments` command tree and runs it.</summary>
internal static class CommandLine
{
    /// <summary>Exit code for options the parser or a validator refused.</summary>
    public const int UsageError = 2;

    public static int Run(string[] args)
    {
        RootCommand root = Build();
        ParseResult parsed = root.Parse(args);

        // One line per bad option, naming it and what was expected, then a non-zero exit.
        if (parsed.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }
            return UsageError;
        }
        return parsed.Invoke();
    }

    public static RootCommand Build()
    {
        RootCommand root = new(
            "GanTheory: reproduce and verify Generative Adversarial Nets (Goodfellow et al., "
                + "2014).");
        root.Subcommands.Add(DoctorCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(DivergenceCommand.Create());
        root.Subcommands.Add(FiguresCommand.Create());
        root.Subcommands.Add(MnistCommand.Create());
        return root;
    }
}
