using System.Buffers.Binary;
using System.IO.Compression;

namespace GanTheory.Mnist.Data;

/// <summary>
/// Reads MNIST-style IDX files (LeCun et al.; `train-images-idx3-ubyte` and friends), raw or
/// gzipped; compression is detected from the content (the gzip signature 1F 8B), not the name.
/// </summary>
/// <remarks>
/// Layout: a big-endian magic number 00 00 TT NN (TT the element type, NN the number of
/// dimensions), NN big-endian 32-bit sizes, then the values. Images are 2051 (0x00000803:
/// unsigned bytes, 3 dimensions) or 3331 (0x00000D03: float32); labels are 2049 (0x00000801).
/// Every mismatch between the header and the file is refused with an
/// <see cref="InvalidDataException"/> naming the file: nothing is padded or cut silently.
/// </remarks>
public static class IdxReader
{
    /// <summary>Magic number of an unsigned-byte images file.</summary>
    public const int ImagesMagic = 0x00000803;

    /// <summary>Magic number of a float32 images file.</summary>
    public const int FloatImagesMagic = 0x00000D03;

    /// <summary>Magic number of an unsigned-byte labels file.</summary>
    public const int LabelsMagic = 0x00000801;

    /// <summary>
    /// Reads an images file; byte pixels are scaled by 1/255, float32 kept as they are.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a complete IDX images file.</exception>
    public static ImageSet ReadImages(string path)
    {
        byte[] content = ReadContent(path);
        int magic = ReadMagic(path, content);
        if (magic != ImagesMagic && magic != FloatImagesMagic)
        {
            throw new InvalidDataException(
                $"'{path}' has magic number {magic} ({Describe(magic)}); expected an images file, "
                + $"{ImagesMagic} (unsigned bytes) or {FloatImagesMagic} (float32)");
        }

        int[] sizes = ReadSizes(path, content, 3);
        (int count, int rows, int columns) = (sizes[0], sizes[1], sizes[2]);
        int elementSize = magic == ImagesMagic ? 1 : 4;
        int offset = HeaderLength(3);
        CheckLength(path, content, offset, count, (long)rows * columns * elementSize, "images");

        float[] pixels = new float[(long)count * rows * columns];
        if (magic == ImagesMagic)
        {
            for (int i = 0; i < pixels.Length; i++)
            {
                pixels[i] = content[offset + i] / 255f;
            }
        }
        else
        {
            for (int i = 0; i < pixels.Length; i++)
            {
                pixels[i] = BinaryPrimitives.ReadSingleBigEndian(content.AsSpan(offset + (4 * i), 4));
            }
            RejectNonFinite(path, pixels);
        }
        return new ImageSet(pixels, rows, columns);
    }

    /// <summary>Reads a labels file (one unsigned byte per image).</summary>
    /// <exception cref="InvalidDataException">The file is not a complete IDX labels file.</exception>
    public static byte[] ReadLabels(string path)
    {
        byte[] content = ReadContent(path);
        int magic = ReadMagic(path, content);
        if (magic != LabelsMagic)
        {
            throw new InvalidDataException(
                $"'{path}' has magic number {magic} ({Describe(magic)}); "
                + $"expected a labels file, {LabelsMagic}");
        }

        int count = ReadSizes(path, content, 1)[0];
        int offset = HeaderLength(1);
        CheckLength(path, content, offset, count, 1, "labels");
        return content.AsSpan(offset, count).ToArray();
    }

    /// <summary>Reads images and their labels and checks that the counts agree.</summary>
    public static ImageSet ReadLabelledImages(string imagesPath, string labelsPath)
    {
        ImageSet images = ReadImages(imagesPath);
        byte[] labels = ReadLabels(labelsPath);
        if (labels.Length != images.Count)
        {
            throw new InvalidDataException(
                $"'{labelsPath}' holds {labels.Length} labels but '{imagesPath}' holds "
                + $"{images.Count} images; expected one label per image");
        }
        return new ImageSet(images.Pixels, images.Rows, images.Columns, labels);
    }

    /// <summary>The file's bytes, decompressed if they start with the gzip signature.</summary>
    private static byte[] ReadContent(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"IDX file '{path}' does not exist", path);
        }

        byte[] raw = File.ReadAllBytes(path);
        bool gzipped = raw.Length >= 2 && raw[0] == 0x1F && raw[1] == 0x8B;
        return gzipped ? Decompress(path, raw) : raw;
    }

    private static byte[] Decompress(string path, byte[] raw)
    {
        using MemoryStream output = new();
        try
        {
            using GZipStream gzip = new(new MemoryStream(raw), CompressionMode.Decompress);
            gzip.CopyTo(output);
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"'{path}' is a corrupt gzip file: {error.Message}", error);
        }

        // A gzip member ends with the uncompressed length mod 2^32 (RFC 1952, ISIZE). A cut-off
        // file either fails above or yields fewer bytes than its last four bytes claim.
        uint declared = raw.Length >= 18
            ? BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(raw.Length - 4))
            : uint.MaxValue;
        if (declared != (uint)output.Length)
        {
            throw new InvalidDataException(
                $"'{path}' is a truncated or corrupt gzip file: it decompresses to "
                + $"{output.Length} bytes but its trailer declares {declared}");
        }
        return output.ToArray();
    }

    private static int ReadMagic(string path, byte[] content)
    {
        if (content.Length < 4 || content[0] != 0 || content[1] != 0)
        {
            string start = Convert.ToHexString(content.AsSpan(0, Math.Min(4, content.Length)));
            throw new InvalidDataException(
                $"'{path}' is not an IDX file: it starts with bytes {start}, "
                + "expected 0000 followed by the type and dimension count");
        }
        return BinaryPrimitives.ReadInt32BigEndian(content);
    }

    private static int[] ReadSizes(string path, byte[] content, int dimensions)
    {
        if (content.Length < HeaderLength(dimensions))
        {
            throw new InvalidDataException(
                $"'{path}' ends inside its header: {content.Length} bytes, expected at least "
                + $"{HeaderLength(dimensions)}");
        }

        int[] sizes = new int[dimensions];
        for (int d = 0; d < dimensions; d++)
        {
            sizes[d] = BinaryPrimitives.ReadInt32BigEndian(content.AsSpan(4 + (4 * d), 4));
            if (sizes[d] < 0 || (d > 0 && sizes[d] == 0))
            {
                throw new InvalidDataException(
                    $"'{path}' declares size {sizes[d]} for dimension {d}; expected a positive size");
            }
        }
        return sizes;
    }

    private static void CheckLength(
        string path, byte[] content, int offset, int declared, long bytesPerItem, string what)
    {
        long available = content.Length - offset;
        long found = available / bytesPerItem;
        if (found != declared || available % bytesPerItem != 0)
        {
            throw new InvalidDataException(
                $"'{path}' declares {declared} {what} ({declared * bytesPerItem} bytes after the "
                + $"header) but holds {available} bytes: declared {declared}, found {found}"
                + (available % bytesPerItem != 0 ? $" and {available % bytesPerItem} bytes over" : ""));
        }
    }

    private static void RejectNonFinite(string path, float[] pixels)
    {
        int bad = Array.FindIndex(pixels, p => !float.IsFinite(p));
        if (bad >= 0)
        {
            throw new InvalidDataException(
                $"'{path}' holds a non-finite value {pixels[bad]} at position {bad}; "
                + "expected intensities in [0, 1]");
        }
    }

    private static int HeaderLength(int dimensions) => 4 + (4 * dimensions);

    private static string Describe(int magic) => magic switch
    {
        ImagesMagic => "unsigned-byte images",
        FloatImagesMagic => "float32 images",
        LabelsMagic => "labels",
        _ => "unknown IDX type",
    };
}
