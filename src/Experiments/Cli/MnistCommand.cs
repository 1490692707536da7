using System.CommandLine;

namespace GanTheory.Experiments.Cli;

/// <summary>
/// `experiments mnist ...`: the paper's MNIST experiment (data, training, Parzen-window
/// Table 1, Figures 2 and 3).
/// </summary>
internal static class MnistCommand
{
    public static Command Create()
    {
        Command mnist = new(
            "mnist",
            "The paper's MNIST GAN: fetch data, train, evaluate (Parzen, Table 1), figures.");
        mnist.Subcommands.Add(MnistFetchCommand.Create());
        mnist.Subcommands.Add(MnistTrainCommand.Create());
        mnist.Subcommands.Add(MnistEvaluateCommand.Create());
        mnist.Subcommands.Add(MnistParzenCommand.Create());
        mnist.Subcommands.Add(MnistFiguresCommand.Create());
        return mnist;
    }
}
