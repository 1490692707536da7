namespace GanTheory.Mnist.Data;

/// <summary>How an IDX file stores each value: the third byte of its magic number.</summary>
public enum IdxElementType : byte
{
    /// <summary>
    /// Unsigned bytes 0-255 (MNIST's pixels and labels); pixels are scaled by 1/255.
    /// </summary>
    UnsignedByte = 0x08,

    /// <summary>
    /// Big-endian IEEE single precision, taken as intensities in [0, 1] as they are.
    /// </summary>
    Float32 = 0x0D,
}
