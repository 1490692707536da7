using Spectre.Console;

namespace GanTheory.Experiments.Reporting;

/// <summary>
/// The console a command writes to: a live progress bar and colours on a terminal; plain lines,
/// no escape codes and a fixed width of 120 columns when the output goes to a file or a CI log.
/// </summary>
internal static class Terminal
{
    /// <summary>Width of tables when the output is not a terminal.</summary>
    public const int RedirectedWidth = 120;

    public static bool IsInteractive => !Console.IsOutputRedirected;

    /// <summary>A console on the current <see cref="Console.Out"/>.</summary>
    public static IAnsiConsole Create()
    {
        bool interactive = IsInteractive;
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!interactive)
        {
            console.Profile.Width = RedirectedWidth;
        }
        return console;
    }

    /// <summary>Runs <paramref name="work"/> with a live bar on a terminal, plain lines
    /// otherwise.</summary>
    public static T WithProgress<T>(IAnsiConsole console, string title, Func<IProgressSink, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return IsInteractive
            ? LiveProgress.Run(console, title, work)
            : work(new PlainProgress(Console.Out));
    }
}
