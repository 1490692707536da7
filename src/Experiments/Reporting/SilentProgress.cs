namespace GanTheory.Experiments.Reporting;

/// <summary>Discards progress; for runs made inside another command or a test.</summary>
internal sealed class SilentProgress : IProgressSink
{
    public static readonly SilentProgress Instance = new();

    public void Start(long total, long completed)
    {
    }

    public void Report(long completed)
    {
    }

    public void Message(string line)
    {
    }
}
