using System.Text;

namespace GanTheory.Adversarial.IO;

/// <summary>
/// Writes files so that a reader, or a run interrupted half-way, only ever sees the old file or
/// the complete new one: the content goes to a temporary file in the same folder, which is then
/// renamed over the target (a rename within one file system is atomic on POSIX).
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte-order mark).</summary>
    public static void WriteAllText(string path, string text)
    {
        Write(path, temporary => File.WriteAllText(temporary, text, new UTF8Encoding(false)));
    }

    /// <summary>Writes <paramref name="bytes"/>.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        Write(path, temporary => File.WriteAllBytes(temporary, bytes));
    }

    /// <summary>
    /// Lets <paramref name="writeTo"/> write the whole content to the temporary path it is given
    /// (for example a TorchSharp <c>module.save</c>), then moves it over <paramref name="path"/>.
    /// The target is left untouched if <paramref name="writeTo"/> throws.
    /// </summary>
    public static void Write(string path, Action<string> writeTo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(writeTo);

        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)
            ?? throw new ArgumentException($"'{path}' has no parent folder", nameof(path));
        Directory.CreateDirectory(folder);
        string temporary = Path.Combine(folder,
            $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");

        try
        {
            writeTo(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
