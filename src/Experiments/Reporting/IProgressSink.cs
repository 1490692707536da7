namespace GanTheory.Experiments.Reporting;

/// <summary>Where a long run reports how far it is and what it measured.</summary>
internal interface IProgressSink
{
    /// <summary>The run will take <paramref name="total"/> steps, of which
    /// <paramref name="completed"/> are done.</summary>
    void Start(long total, long completed);

    /// <summary><paramref name="completed"/> steps are done.</summary>
    void Report(long completed);

    /// <summary>A line for the reader (a checkpoint's numbers, a file written).</summary>
    void Message(string line);
}
