namespace GanTheory.Experiments.Convergence;

/// <summary>The files of one `run convergence` run, all inside one folder.</summary>
internal sealed class RunFolder
{
    public RunFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    /// <summary>The resolved config, including the seed.</summary>
    public string Config => File("config.json");

    /// <summary>One row per evaluation; see docs/convergence.md for the columns.</summary>
    public string Metrics => File("metrics.csv");

    /// <summary>Final values and the theory verdicts.</summary>
    public string Summary => File("summary.json");

    /// <summary>Networks, optimisers and step of the last checkpoint.</summary>
    public string Checkpoint => File("checkpoint.bin");

    /// <summary>A copy of everything printed, with timings.</summary>
    public string Log => File("log.txt");

    /// <summary>JSD, C(G) and V(G, D) against step.</summary>
    public string ConvergenceFigure => File("convergence.png");

    /// <summary>p_data, p_g, D and D* at the last evaluation.</summary>
    public string DensitiesFigure => File("densities.png");

    /// <summary>A folder name for a new run: target, seed and UTC start time.</summary>
    public static string DefaultFor(ConvergenceConfig config, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(config);
        string target = config.Target.ToString().ToLowerInvariant();
        return System.IO.Path.Combine(
            "runs", "convergence", $"{target}-seed{config.Seed}-{utcNow:yyyyMMdd-HHmmss}");
    }

    private string File(string name) => System.IO.Path.Combine(Path, name);
}
