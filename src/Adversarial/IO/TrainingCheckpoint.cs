using System.Text;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanTheory.Adversarial.IO;

/// <summary>
/// One file that holds everything a run needs to continue exactly: the step reached, a JSON
/// document of the caller's choosing (typically the resolved config), and the state of each
/// network and each optimiser (Adam's moment estimates, SGD's momentum buffers). It is written
/// through <see cref="AtomicFile"/>, so an interruption leaves the previous checkpoint intact.
/// </summary>
/// <remarks>
/// Layout: the magic text "GanTheory checkpoint", format version 1, the step, the JSON text,
/// the number of modules and each module's state (TorchSharp's own format), then the number of
/// optimisers and each optimiser's state.
/// </remarks>
public static class TrainingCheckpoint
{
    private const string Magic = "GanTheory checkpoint";
    private const int FormatVersion = 1;

    /// <summary>Writes the checkpoint atomically to <paramref name="path"/>.</summary>
    /// <param name="path">Target file; its folder is created if needed.</param>
    /// <param name="step">Training steps completed, >= 0.</param>
    /// <param name="json">Caller's metadata, stored verbatim.</param>
    /// <param name="modules">Networks, in the order <see cref="Load"/> will get them.</param>
    /// <param name="optimizers">Optimisers, in the order <see cref="Load"/> will get them.</param>
    public static void Save(
        string path,
        long step,
        string json,
        IReadOnlyList<nn.Module> modules,
        IReadOnlyList<OptimizerHelper> optimizers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(optimizers);

        AtomicFile.Write(path, temporary =>
        {
            using FileStream stream = File.Create(temporary);
            using var writer = new BinaryWriter(stream, Encoding.UTF8);
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(step);
            writer.Write(json);
            writer.Write(modules.Count);
            foreach (nn.Module module in modules)
            {
                module.save(writer);
            }
            writer.Write(optimizers.Count);
            foreach (OptimizerHelper optimizer in optimizers)
            {
                optimizer.save_state_dict(writer);
            }
        });
    }

    /// <summary>
    /// Restores the networks and optimisers in place (they must have the shapes they had when
    /// saved) and returns the step and JSON.
    /// </summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">
    /// Not a checkpoint, another format version, or a different number of modules or optimisers.
    /// </exception>
    public static (long Step, string Json) Load(
        string path, IReadOnlyList<nn.Module> modules, IReadOnlyList<OptimizerHelper> optimizers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(optimizers);

        using FileStream stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        (long step, string json) = ReadHeader(reader, path);
        RequireCount(reader.ReadInt32(), modules.Count, "networks", path);
        foreach (nn.Module module in modules)
        {
            module.load(reader);
        }
        RequireCount(reader.ReadInt32(), optimizers.Count, "optimizers", path);
        foreach (OptimizerHelper optimizer in optimizers)
        {
            optimizer.load_state_dict(reader);
        }
        return (step, json);
    }

    /// <summary>
    /// Reads only the step and the JSON, for example to rebuild the networks from a config
    /// stored in the JSON before <see cref="Load"/> restores their weights.
    /// </summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">Not a checkpoint of this format version.</exception>
    public static (long Step, string Json) ReadHeader(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using FileStream stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        return ReadHeader(reader, path);
    }

    private static (long Step, string Json) ReadHeader(BinaryReader reader, string path)
    {
        if (ReadMagic(reader, path) != Magic)
        {
            throw new InvalidDataException($"'{path}' is not a GanTheory checkpoint");
        }
        int version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException(
                $"'{path}' has checkpoint format {version}; this build reads {FormatVersion}");
        }
        return (reader.ReadInt64(), reader.ReadString());
    }

    private static string ReadMagic(BinaryReader reader, string path)
    {
        try
        {
            return reader.ReadString();
        }
        catch (Exception e) when (e is EndOfStreamException or IOException)
        {
            throw new InvalidDataException($"'{path}' is not a GanTheory checkpoint", e);
        }
    }

    private static void RequireCount(int found, int expected, string what, string path)
    {
        if (found != expected)
        {
            throw new InvalidDataException(
                $"'{path}' holds {found} {what}, expected {expected}");
        }
    }
}
