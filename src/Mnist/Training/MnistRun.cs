using GanTheory.Adversarial.IO;
using GanTheory.Mnist.Data;
using GanTheory.Mnist.Figures;
using GanTheory.Mnist.Model;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Training;

/// <summary>
/// A run folder: config.json, splits.json, metrics.csv (one row per epoch), checkpoint.bin,
/// samples/epoch-NNNN.png (a 10 x 10 grid from the same noise every epoch), and the
/// evaluation outputs (parzen.json, figure2.png, figure3.png) written later.
/// </summary>
public sealed class MnistRun
{
    private MnistRun(string folder)
    {
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The run's folder.</summary>
    public string Folder { get; }

    /// <summary>The run's configuration as written at its start.</summary>
    public string ConfigPath => Path.Combine(Folder, "config.json");

    /// <summary>Where the data splits are recorded.</summary>
    public string SplitsPath => Path.Combine(Folder, "splits.json");

    /// <summary>One row per epoch.</summary>
    public string MetricsPath => Path.Combine(Folder, "metrics.csv");

    /// <summary>The latest checkpoint (end of an epoch, or where Ctrl-C stopped the run).</summary>
    public string CheckpointPath => Path.Combine(Folder, "checkpoint.bin");

    /// <summary>Per-epoch sample grids.</summary>
    public string SamplesFolder => Path.Combine(Folder, "samples");

    /// <summary>Starts a new run folder; refuses a folder that already holds a run.</summary>
    public static MnistRun Create(string folder, MnistGanConfig config, SplitRecord splits)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(splits);
        MnistRun run = new(folder);
        if (File.Exists(run.ConfigPath))
        {
            throw new IOException(
                $"'{run.Folder}' already holds a run; continue it with --resume {run.Folder} "
                + "or choose another --out");
        }

        Directory.CreateDirectory(run.SamplesFolder);
        AtomicFile.WriteAllText(run.ConfigPath, RunJson.Serialize(config));
        AtomicFile.WriteAllText(run.SplitsPath, RunJson.Serialize(splits));
        AtomicFile.WriteAllText(run.MetricsPath, EpochSummary.CsvHeader + "\n");
        return run;
    }

    /// <summary>Opens an existing run folder.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder holds no run.</exception>
    public static MnistRun Open(string folder)
    {
        MnistRun run = new(folder);
        if (!File.Exists(run.ConfigPath))
        {
            throw new DirectoryNotFoundException(
                $"'{run.Folder}' holds no config.json; "
                + "expected a folder made by experiments mnist train");
        }
        return run;
    }

    /// <summary>The configuration the run started with.</summary>
    public MnistGanConfig ReadConfig()
    {
        return RunJson.Deserialize<MnistGanConfig>(File.ReadAllText(ConfigPath), ConfigPath);
    }

    /// <summary>Appends one epoch's row to metrics.csv (rewriting the file atomically).</summary>
    public void AppendMetrics(EpochSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        string existing = File.Exists(MetricsPath)
            ? File.ReadAllText(MetricsPath)
            : EpochSummary.CsvHeader + "\n";
        AtomicFile.WriteAllText(MetricsPath, existing + summary.ToCsv() + "\n");
    }

    /// <summary>
    /// Drops metrics rows of epochs after <paramref name="completedEpochs"/>, which a crash
    /// between writing a row and the checkpoint can leave behind.
    /// </summary>
    public void TruncateMetrics(int completedEpochs)
    {
        if (!File.Exists(MetricsPath))
        {
            return;
        }
        IEnumerable<string> kept = File.ReadAllLines(MetricsPath)
            .Where((line, i) => i == 0 || int.Parse(line.Split(',')[0],
                System.Globalization.CultureInfo.InvariantCulture) <= completedEpochs);
        AtomicFile.WriteAllText(MetricsPath, string.Join("\n", kept) + "\n");
    }

    /// <summary>Saves G's images for a fixed noise batch as samples/epoch-NNNN.png.</summary>
    public string SaveSampleGrid(int epoch, PaperGenerator generator, long seed)
    {
        ArgumentNullException.ThrowIfNull(generator);
        using Generator random = new(unchecked((ulong)(seed ^ 0x5A5A5A5A)));
        using Tensor noise = generator.SampleNoise(100, random);
        ImageSet samples = GeneratorSampling.Generate(generator, noise);
        string path = Path.Combine(SamplesFolder, $"epoch-{epoch:D4}.png");
        ImageGrid.SavePng(path, samples, 10, 10, scale: 2, highlightedColumn: null);
        return path;
    }
}
