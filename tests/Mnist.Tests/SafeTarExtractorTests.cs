using System.Formats.Tar;
using System.IO.Compression;
using GanTheory.Mnist.Data;

namespace GanTheory.Mnist.Tests;

[TestFixture]
public sealed class SafeTarExtractorTests
{
    [Test]
    public void Extract_RegularFiles_WritesThemUnderTarget()
    {
        using TemporaryFolder folder = new();
        string archive = folder.File("ok.tgz");
        WriteArchive(archive, ("package/src/a.json", "{}"), ("package/b.txt", "hello"));

        IReadOnlyList<string> written = SafeTarExtractor.Extract(archive, folder.File("out"));

        Assert.That(written, Has.Count.EqualTo(2));
        Assert.That(File.ReadAllText(folder.File("out/package/b.txt")), Is.EqualTo("hello"));
    }

    [TestCase("../escaped.txt")]
    [TestCase("package/../../escaped.txt")]
    [TestCase("/tmp/escaped-absolute.txt")]
    public void Extract_EntryOutsideTarget_IsRefusedAndNotWritten(string entryName)
    {
        using TemporaryFolder folder = new();
        string archive = folder.File("evil.tgz");
        WriteArchive(archive, (entryName, "owned"));
        string target = folder.File("out");
        string wouldBe = Path.GetFullPath(Path.Combine(target, entryName));

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => SafeTarExtractor.Extract(archive, target))!;

        Assert.That(error.Message, Does.Contain("would land outside"));
        Assert.That(File.Exists(wouldBe), Is.False);
    }

    [Test]
    public void Extract_SymbolicLink_IsRefused()
    {
        using TemporaryFolder folder = new();
        string archive = folder.File("link.tgz");
        using (FileStream file = File.Create(archive))
        using (GZipStream gzip = new(file, CompressionLevel.Fastest))
        using (TarWriter writer = new(gzip))
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "package/link")
            {
                LinkName = "/etc/passwd",
            });
        }

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => SafeTarExtractor.Extract(archive, folder.File("out")))!;

        Assert.That(error.Message, Does.Contain("SymbolicLink"));
    }

    private static void WriteArchive(string path, params (string Name, string Text)[] entries)
    {
        using FileStream file = File.Create(path);
        using GZipStream gzip = new(file, CompressionLevel.Fastest);
        using TarWriter writer = new(gzip);
        foreach ((string name, string text) in entries)
        {
            PaxTarEntry entry = new(TarEntryType.RegularFile, name)
            {
                DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)),
            };
            writer.WriteEntry(entry);
        }
    }
}
