using System.Globalization;
using GanTheory.Mnist.Data;

namespace GanTheory.Mnist.Tests;

[TestFixture]
public sealed class NpmDigitsTests
{
    [Test]
    public void ReadPackageFolder_ThreeDecimalValues_RecoverBytesAndLabels()
    {
        using TemporaryFolder folder = new();
        // Class d holds d + 1 images; pixel p of each is byte (p + d) % 256, written as npm does.
        for (int digit = 0; digit <= 9; digit++)
        {
            WriteClass(folder.Path, digit, digit + 1, p => (p + digit) % 256);
        }

        ImageSet digits = NpmDigits.ReadPackageFolder(folder.Path);

        Assert.That(digits.Count, Is.EqualTo(55));
        Assert.That(digits.Labels![0], Is.EqualTo(0));
        Assert.That(digits.Labels[1], Is.EqualTo(1));
        Assert.That(digits.Labels[54], Is.EqualTo(9));
        // Image 1 is the first of class 1: pixel 200 holds byte 201.
        Assert.That(digits.Pixels[784 + 200] * 255f, Is.EqualTo(201f).Within(1e-4));
    }

    [Test]
    public void ReadPackageFolder_ValueNotAByteOver255_IsRefused()
    {
        using TemporaryFolder folder = new();
        for (int digit = 0; digit <= 9; digit++)
        {
            WriteClass(folder.Path, digit, 1, _ => 0);
        }
        // 0.5 x 255 = 127.5 lies half-way between two bytes: not a rounded byte / 255.
        string bad = Path.Combine(folder.Path, "src", "digits", "3.json");
        File.WriteAllText(bad, "{\"data\":[0.5" + string.Concat(Enumerable.Repeat(",0", 783)) + "]}");

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => NpmDigits.ReadPackageFolder(folder.Path))!;

        Assert.That(error.Message, Does.Contain("3.json"));
    }

    [Test]
    public void ReadPackageFolder_LengthNotMultipleOf784_IsRefused()
    {
        using TemporaryFolder folder = new();
        for (int digit = 0; digit <= 9; digit++)
        {
            WriteClass(folder.Path, digit, 1, _ => 0);
        }
        File.WriteAllText(Path.Combine(folder.Path, "src", "digits", "9.json"), "{\"data\":[0,1]}");

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => NpmDigits.ReadPackageFolder(folder.Path))!;

        Assert.That(error.Message, Does.Contain("holds 2 values"));
    }

    [Test]
    public void ReadPackageFolder_MissingClassFile_IsRefused()
    {
        using TemporaryFolder folder = new();
        WriteClass(folder.Path, 0, 1, _ => 0);

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => NpmDigits.ReadPackageFolder(folder.Path))!;

        Assert.That(error.Message, Does.Contain("1.json"));
    }

    private static void WriteClass(string package, int digit, int images, Func<int, int> byteAt)
    {
        string folder = Path.Combine(package, "src", "digits");
        Directory.CreateDirectory(folder);
        IEnumerable<string> values = Enumerable.Range(0, images * 784)
            .Select(i => Math.Round(byteAt(i % 784) / 255.0, 3).ToString(CultureInfo.InvariantCulture));
        File.WriteAllText(
            Path.Combine(folder, $"{digit}.json"), "{ \"data\": [" + string.Join(",", values) + "] }");
    }
}
