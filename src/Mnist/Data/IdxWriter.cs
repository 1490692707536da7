using System.Buffers.Binary;

namespace GanTheory.Mnist.Data;

/// <summary>
/// Writes IDX files that <see cref="IdxReader"/> (and the original MNIST tools) read back,
/// atomically: a reader never sees half a file.
/// </summary>
public static class IdxWriter
{
    /// <summary>
    /// Writes images as unsigned bytes (intensity x 255, rounded; magic 2051) or float32 (magic 3331).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A byte file is asked for and an intensity is NaN or outside [0, 1].
    /// </exception>
    public static void WriteImages(string path, ImageSet images, IdxElementType elementType)
    {
        ArgumentNullException.ThrowIfNull(images);
        bool asBytes = elementType switch
        {
            IdxElementType.UnsignedByte => true,
            IdxElementType.Float32 => false,
            _ => throw new ArgumentOutOfRangeException(
                nameof(elementType), elementType, "expected UnsignedByte or Float32"),
        };

        int header = 16;
        byte[] bytes = new byte[header + ((long)images.Pixels.Length * (asBytes ? 1 : 4))];
        int magic = asBytes ? IdxReader.ImagesMagic : IdxReader.FloatImagesMagic;
        BinaryPrimitives.WriteInt32BigEndian(bytes, magic);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), images.Count);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), images.Rows);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(12), images.Columns);

        for (int i = 0; i < images.Pixels.Length; i++)
        {
            float p = images.Pixels[i];
            if (asBytes)
            {
                bytes[header + i] = ToByte(p, i);
            }
            else
            {
                BinaryPrimitives.WriteSingleBigEndian(bytes.AsSpan(header + (4 * i), 4), p);
            }
        }
        Adversarial.IO.AtomicFile.WriteAllBytes(path, bytes);
    }

    /// <summary>Writes one unsigned-byte label per image (magic 2049).</summary>
    public static void WriteLabels(string path, IReadOnlyList<byte> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        byte[] bytes = new byte[8 + labels.Count];
        BinaryPrimitives.WriteInt32BigEndian(bytes, IdxReader.LabelsMagic);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), labels.Count);
        for (int i = 0; i < labels.Count; i++)
        {
            bytes[8 + i] = labels[i];
        }
        Adversarial.IO.AtomicFile.WriteAllBytes(path, bytes);
    }

    private static byte ToByte(float intensity, int index)
    {
        if (float.IsNaN(intensity) || intensity < 0f || intensity > 1f)
        {
            throw new ArgumentOutOfRangeException(
                nameof(intensity), intensity, $"pixel {index} must lie in [0, 1] to be stored as a byte");
        }
        return (byte)MathF.Round(intensity * 255f);
    }
}
