using GanTheory.Adversarial.IO;

namespace GanTheory.Experiments.Tests;

[TestFixture]
public sealed class AtomicFileTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"atomic-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void WriteAllText_ReplacesContentAndLeavesNoTemporaryFile()
    {
        string path = Path.Combine(_folder, "metrics.csv");
        File.WriteAllText(path, "old");

        AtomicFile.WriteAllText(path, "new");

        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
        Assert.That(Directory.GetFiles(_folder), Has.Length.EqualTo(1));
    }

    [Test]
    public void Write_WhenWriterThrows_KeepsOldContent()
    {
        string path = Path.Combine(_folder, "checkpoint.bin");
        File.WriteAllText(path, "last good");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, temporary =>
        {
            File.WriteAllText(temporary, "half");
            throw new IOException("disk full");
        }));

        Assert.That(File.ReadAllText(path), Is.EqualTo("last good"));
        Assert.That(Directory.GetFiles(_folder), Has.Length.EqualTo(1));
    }
}
