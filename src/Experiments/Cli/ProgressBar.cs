namespace GanTheory.Experiments.Cli;

/// <summary>
/// A one-line progress bar on standard error, redrawn in place; silent when standard error is
/// redirected to a file, so logs hold only the per-epoch lines.
/// </summary>
internal sealed class ProgressBar
{
    private const int Width = 30;
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private int _lastFilled = -1;

    public void Show(int done, int total)
    {
        int filled = total == 0 ? Width : done * Width / total;
        if (!_enabled || filled == _lastFilled)
        {
            return;
        }
        _lastFilled = filled;
        Console.Error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] "
            + $"{done}/{total} iterations");
    }

    public void Clear()
    {
        if (_enabled && _lastFilled >= 0)
        {
            Console.Error.Write($"\r{new string(' ', Width + 30)}\r");
            _lastFilled = -1;
        }
    }
}
