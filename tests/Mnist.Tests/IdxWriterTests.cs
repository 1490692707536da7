using GanTheory.Mnist.Data;

namespace GanTheory.Mnist.Tests;

[TestFixture]
public sealed class IdxWriterTests
{
    [Test]
    public void WriteImages_UnsignedBytes_RoundTripsExactly()
    {
        using TemporaryFolder folder = new();
        ImageSet original = IdxReaderTests.ByteImages(count: 7, rows: 28, columns: 28);

        IdxWriter.WriteImages(folder.File("images"), original, IdxElementType.UnsignedByte);
        ImageSet read = IdxReader.ReadImages(folder.File("images"));

        Assert.That(read.Count, Is.EqualTo(7));
        Assert.That(read.Pixels, Is.EqualTo(original.Pixels));
    }

    [Test]
    public void WriteImages_Float32_RoundTripsBitForBit()
    {
        using TemporaryFolder folder = new();
        ImageSet original = new([0f, 0.123456789f, 1f, 1e-7f, 0.5f, 0.999f], 2, 3);

        IdxWriter.WriteImages(folder.File("floats"), original, IdxElementType.Float32);
        ImageSet read = IdxReader.ReadImages(folder.File("floats"));

        Assert.That(read.Pixels, Is.EqualTo(original.Pixels));
        Assert.That((read.Rows, read.Columns), Is.EqualTo((2, 3)));
    }

    [Test]
    public void WriteImages_HeaderBytes_AreBigEndian()
    {
        using TemporaryFolder folder = new();
        ImageSet images = new(new float[2 * 28 * 28], 28, 28);

        IdxWriter.WriteImages(folder.File("images"), images, IdxElementType.UnsignedByte);
        byte[] bytes = File.ReadAllBytes(folder.File("images"));

        Assert.That(bytes[..16], Is.EqualTo(new byte[]
        {
            0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 28, 0, 0, 0, 28,
        }));
    }

    [Test]
    public void WriteLabels_RoundTrips()
    {
        using TemporaryFolder folder = new();
        byte[] labels = [0, 9, 3, 255];

        IdxWriter.WriteLabels(folder.File("labels"), labels);

        Assert.That(IdxReader.ReadLabels(folder.File("labels")), Is.EqualTo(labels));
    }

    [TestCase(float.NaN)]
    [TestCase(-0.01f)]
    [TestCase(1.5f)]
    public void WriteImages_ByteFileWithIntensityOutsideUnitInterval_IsRefused(float bad)
    {
        using TemporaryFolder folder = new();
        ImageSet images = new([0.5f, bad], 1, 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => IdxWriter.WriteImages(
            folder.File("images"), images, IdxElementType.UnsignedByte));
        Assert.That(File.Exists(folder.File("images")), Is.False);
    }
}
