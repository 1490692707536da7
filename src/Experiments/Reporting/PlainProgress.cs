
namespace GanTheory.Experiments.Reporting;

/// <summary>
/// Progress for output that is not a terminal (a file, a CI log): no redrawn bar, just the
/// run's messages and a line at every tenth of the run.
/// </summary>
internal sealed class PlainProgress(TextWriter output) : IProgressSink
{
    private long _total;
    private int _lastTenth;

    public void Start(long total, long completed)
    {
        _total = Math.Max(total, 1);
        _lastTenth = Tenth(completed);
    }

    public void Report(long completed)
    {
        int tenth = Tenth(completed);
        if (tenth > _lastTenth)
        {
            _lastTenth = tenth;
            output.WriteLine(FormattableString.Invariant($"progress {completed}/{_total} ")
                + FormattableString.Invariant($"({10 * tenth}%)"));
        }
    }

    public void Message(string line) => output.WriteLine(line);

    private int Tenth(long completed) => (int)(10 * Math.Clamp(completed, 0, _total) / _total);
}
