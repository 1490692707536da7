using System.IO.Compression;
using GanTheory.Mnist.Data;

namespace GanTheory.Mnist.Tests;

[TestFixture]
public sealed class IdxReaderTests
{
    [Test]
    public void ReadImages_HandWrittenBytes_DecodesHeaderAndPixels()
    {
        using TemporaryFolder folder = new();
        string path = folder.File("one-images");
        // Magic 0x00000803, 1 image of 1 x 2 pixels, pixel bytes 0x80 and 0xFF.
        File.WriteAllBytes(path, [0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 2, 0x80, 0xFF]);

        ImageSet images = IdxReader.ReadImages(path);

        Assert.That(images.Count, Is.EqualTo(1));
        Assert.That((images.Rows, images.Columns), Is.EqualTo((1, 2)));
        Assert.That(images.Pixels[0] * 255f, Is.EqualTo(128f).Within(1e-4));
        Assert.That(images.Pixels[1] * 255f, Is.EqualTo(255f).Within(1e-4));
    }

    [Test]
    public void ReadImages_CountBytesEA60_DeclaredSixtyThousandFoundTen()
    {
        using TemporaryFolder folder = new();
        string path = folder.File("short-images");
        // 00 00 EA 60 is 60000 images of 1 x 1 pixel, but only 10 pixel bytes follow.
        byte[] header = [0, 0, 8, 3, 0, 0, 0xEA, 0x60, 0, 0, 0, 1, 0, 0, 0, 1];
        File.WriteAllBytes(path, [.. header, .. new byte[10]]);

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => IdxReader.ReadImages(path))!;

        Assert.That(error.Message, Does.Contain("declared 60000, found 10"));
        Assert.That(error.Message, Does.Contain(path));
    }

    [Test]
    public void ReadImages_TrailingBytes_AreRefusedNotIgnored()
    {
        using TemporaryFolder folder = new();
        string path = folder.File("long-images");
        File.WriteAllBytes(path, [0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 2, 1, 2, 3]);

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => IdxReader.ReadImages(path))!;

        Assert.That(error.Message, Does.Contain("declared 1, found 1 and 1 bytes over"));
    }

    [Test]
    public void ReadImages_LabelsFile_IsRefusedNamingBothMagics()
    {
        using TemporaryFolder folder = new();
        string path = folder.File("labels");
        IdxWriter.WriteLabels(path, [1, 2, 3]);

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => IdxReader.ReadImages(path))!;

        Assert.That(error.Message, Does.Contain("2049 (labels)"));
        Assert.That(error.Message, Does.Contain("2051"));
        Assert.That(error.Message, Does.Contain(path));
    }

    [Test]
    public void ReadLabels_ImagesFile_IsRefused()
    {
        using TemporaryFolder folder = new();
        string path = folder.File("images");
        IdxWriter.WriteImages(path, new ImageSet([0f, 1f], 1, 2), IdxElementType.UnsignedByte);

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => IdxReader.ReadLabels(path))!;

        Assert.That(error.Message, Does.Contain("expected a labels file, 2049"));
    }

    [Test]
    public void ReadImages_NotAnIdxFile_IsRefused()
    {
        using TemporaryFolder folder = new();
        string path = folder.File("picture.png");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => IdxReader.ReadImages(path))!;

        Assert.That(error.Message, Does.Contain("is not an IDX file"));
        Assert.That(error.Message, Does.Contain("89504E47"));
    }

    [Test]
    public void ReadImages_EmptyFile_IsRefused()
    {
        using TemporaryFolder folder = new();
        string path = folder.File("empty");
        File.WriteAllBytes(path, []);

        Assert.Throws<InvalidDataException>(() => IdxReader.ReadImages(path));
    }

    [Test]
    public void ReadImages_HeaderCutShort_IsRefused()
    {
        using TemporaryFolder folder = new();
        string path = folder.File("cut-header");
        File.WriteAllBytes(path, [0, 0, 8, 3, 0, 0, 0, 1, 0, 0]);

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => IdxReader.ReadImages(path))!;

        Assert.That(error.Message, Does.Contain("ends inside its header"));
    }

    [Test]
    public void ReadImages_GzippedFile_IsDetectedByContentNotName()
    {
        using TemporaryFolder folder = new();
        string raw = folder.File("raw");
        ImageSet original = ByteImages(count: 3, rows: 4, columns: 5);
        IdxWriter.WriteImages(raw, original, IdxElementType.UnsignedByte);
        string gzipped = folder.File("no-gz-suffix");
        Gzip(File.ReadAllBytes(raw), gzipped);

        ImageSet read = IdxReader.ReadImages(gzipped);

        Assert.That(read.Pixels, Is.EqualTo(original.Pixels));
    }

    [Test]
    public void ReadImages_TruncatedGzip_IsRefused()
    {
        using TemporaryFolder folder = new();
        string raw = folder.File("raw");
        IdxWriter.WriteImages(raw, ByteImages(50, 28, 28), IdxElementType.UnsignedByte);
        string gzipped = folder.File("images.gz");
        Gzip(File.ReadAllBytes(raw), gzipped);
        byte[] whole = File.ReadAllBytes(gzipped);
        File.WriteAllBytes(gzipped, whole[..(whole.Length / 2)]);

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => IdxReader.ReadImages(gzipped))!;

        Assert.That(error.Message, Does.Contain("gzip"));
        Assert.That(error.Message, Does.Contain(gzipped));
    }

    [Test]
    public void ReadLabelledImages_CountsDisagree_IsRefused()
    {
        using TemporaryFolder folder = new();
        IdxWriter.WriteImages(folder.File("i"), ByteImages(3, 2, 2), IdxElementType.UnsignedByte);
        IdxWriter.WriteLabels(folder.File("l"), [1, 2]);

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => IdxReader.ReadLabelledImages(folder.File("i"), folder.File("l")))!;

        Assert.That(error.Message, Does.Contain("holds 2 labels"));
    }

    [Test]
    public void ReadImages_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(
            () => IdxReader.ReadImages("/nonexistent/train-images-idx3-ubyte"));
    }

    internal static ImageSet ByteImages(int count, int rows, int columns)
    {
        float[] pixels = new float[count * rows * columns];
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = ((i * 37) + 11) % 256 / 255f;
        }
        return new ImageSet(pixels, rows, columns);
    }

    private static void Gzip(byte[] content, string path)
    {
        using FileStream file = File.Create(path);
        using GZipStream gzip = new(file, CompressionLevel.Optimal);
        gzip.Write(content);
    }
}
