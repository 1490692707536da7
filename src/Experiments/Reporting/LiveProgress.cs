using Spectre.Console;

namespace GanTheory.Experiments.Reporting;

/// <summary>
/// A Spectre.Console progress bar on an interactive terminal; messages are printed above it.
/// Use <see cref="Run{T}"/>, which owns the live display for the duration of the work.
/// </summary>
internal sealed class LiveProgress : IProgressSink
{
    private readonly ProgressTask _task;
    private readonly IAnsiConsole _console;

    private LiveProgress(ProgressTask task, IAnsiConsole console)
    {
        _task = task;
        _console = console;
    }

    /// <summary>Runs <paramref name="work"/> under a live progress bar titled
    /// <paramref name="title"/>.</summary>
    public static T Run<T>(IAnsiConsole console, string title, Func<IProgressSink, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => work(new LiveProgress(context.AddTask(title), console)));
    }

    public void Start(long total, long completed)
    {
        _task.MaxValue = Math.Max(total, 1);
        _task.Value = completed;
    }

    public void Report(long completed) => _task.Value = completed;

    public void Message(string line) => _console.WriteLine(line);
}
