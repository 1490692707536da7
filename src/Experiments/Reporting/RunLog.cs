using System.Globalization;

namespace GanTheory.Experiments.Reporting;

/// <summary>
/// Sends each line to the reader (through the progress sink) and appends it, with a UTC time
/// stamp, to the run's log file, so the folder keeps a record of what was printed.
/// </summary>
internal sealed class RunLog(string path, IProgressSink progress)
{
    public void Write(string line)
    {
        progress.Message(line);
        string stamp = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss",
            CultureInfo.InvariantCulture);
        File.AppendAllText(path, $"{stamp}Z  {line}{Environment.NewLine}");
    }
}
