using System.Runtime.InteropServices;
using System.Text;
using GanTheory.Adversarial.IO;

namespace GanTheory.Mnist.Training;

/// <summary>
/// One checkpoint file holding a <see cref="CheckpointState"/> (as JSON) and named float32
/// tensors, written atomically so that an interrupted save leaves the previous checkpoint.
/// </summary>
/// <remarks>
/// Layout (little-endian; float32 arrays are written as this machine holds them, which is
/// little-endian on every platform TorchSharp supports): "GTCK", int32 version, string state
/// JSON, int32 tensor count, then
/// per tensor: string name, int32 rank, int64 sizes, float32 values. Strings are
/// <see cref="BinaryWriter"/> length-prefixed UTF-8.
/// </remarks>
public static class CheckpointFile
{
    private const int Version = 1;
    private static readonly byte[] Signature = "GTCK"u8.ToArray();

    /// <summary>Writes the state and tensors to <paramref name="path"/> atomically.</summary>
    public static void Save(string path, CheckpointState state, IReadOnlyList<NamedArray> tensors)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(tensors);
        AtomicFile.Write(path, temporary =>
        {
            using FileStream file = File.Create(temporary);
            using BinaryWriter writer = new(file, Encoding.UTF8);
            writer.Write(Signature);
            writer.Write(Version);
            writer.Write(RunJson.Serialize(state));
            writer.Write(tensors.Count);
            foreach (NamedArray tensor in tensors)
            {
                writer.Write(tensor.Name);
                writer.Write(tensor.Shape.Length);
                foreach (long size in tensor.Shape)
                {
                    writer.Write(size);
                }
                writer.Write(MemoryMarshal.AsBytes(tensor.Values.AsSpan()));
            }
        });
    }

    /// <summary>Reads a checkpoint written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a complete checkpoint.</exception>
    public static (CheckpointState State, IReadOnlyList<NamedArray> Tensors) Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"checkpoint '{path}' does not exist", path);
        }

        try
        {
            using FileStream file = File.OpenRead(path);
            using BinaryReader reader = new(file, Encoding.UTF8);
            byte[] signature = reader.ReadBytes(Signature.Length);
            int version = reader.ReadInt32();
            if (!signature.AsSpan().SequenceEqual(Signature) || version != Version)
            {
                throw new InvalidDataException(
                    $"'{path}' is not a version-{Version} GanTheory checkpoint");
            }

            CheckpointState state = RunJson.Deserialize<CheckpointState>(reader.ReadString(), path);
            int count = reader.ReadInt32();
            List<NamedArray> tensors = [];
            for (int t = 0; t < count; t++)
            {
                string name = reader.ReadString();
                long[] shape = new long[reader.ReadInt32()];
                for (int d = 0; d < shape.Length; d++)
                {
                    shape[d] = reader.ReadInt64();
                }
                float[] values = new float[shape.Aggregate(1L, (a, b) => a * b)];
                Span<byte> bytes = MemoryMarshal.AsBytes(values.AsSpan());
                if (reader.Read(bytes) != bytes.Length)
                {
                    throw new EndOfStreamException($"tensor '{name}' is cut short");
                }
                tensors.Add(new NamedArray(name, shape, values));
            }
            return (state, tensors);
        }
        catch (EndOfStreamException error)
        {
            throw new InvalidDataException($"checkpoint '{path}' is truncated", error);
        }
    }
}

/// <summary>A named float32 array and its tensor shape.</summary>
/// <param name="Name">Unique name in the checkpoint, e.g. "generator/_hidden1.weight".</param>
/// <param name="Shape">Tensor sizes.</param>
/// <param name="Values">Row-major values; length is the product of the sizes.</param>
public sealed record NamedArray(string Name, long[] Shape, float[] Values);
