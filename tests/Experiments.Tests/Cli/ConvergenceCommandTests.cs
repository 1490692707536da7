using System.Globalization;
using GanTheory.Experiments.Cli;

namespace GanTheory.Experiments.Tests.Cli;

/// <summary>The command line's bad-option path: exit code 2 and one line naming the option.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ConvergenceCommandTests
{
    [TestCase("--target", "banana", "gaussian|mixture|uniform")]
    [TestCase("--k", "0", ">= 1")]
    [TestCase("--steps", "-5", ">= 1")]
    [TestCase("--batch", "many", ">= 1")]
    [TestCase("--loss", "wasserstein", "non-saturating|minimax")]
    [TestCase("--optimizer", "rmsprop", "adam|sgd")]
    [TestCase("--lr", "NaN", "> 0")]
    [TestCase("--beta1", "1", "in [0, 1)")]
    public void Run_WithBadOption_ExitsTwoWithOneLineNamingOptionAndAllowedValues(
        string option, string value, string allowed)
    {
        (int exit, string[] lines) = RunCapturingErrors("run", "convergence", option, value);

        Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
        Assert.That(lines, Has.Length.EqualTo(1));
        Assert.That(lines[0], Does.Contain(option).And.Contain(allowed).And.Contain(value));
    }

    [Test]
    public void Run_ResumeWithTrainingOption_ExitsTwoNamingTheOption()
    {
        (int exit, string[] lines) = RunCapturingErrors(
            "run", "convergence", "--resume", "somewhere", "--k", "3");

        Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
        Assert.That(lines, Has.Length.EqualTo(1));
        Assert.That(lines[0], Does.Contain("--k").And.Contain("--resume"));
    }

    [Test]
    public void Run_ResumeOfFolderWithoutCheckpoint_ExitsOneWithMessage()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"empty-{Guid.NewGuid():N}");

        (int exit, string[] lines) = RunCapturingErrors("run", "convergence", "--resume", folder);

        Assert.That(exit, Is.EqualTo(ConvergenceCommand.Failed));
        Assert.That(lines, Has.Length.EqualTo(1));
        Assert.That(lines[0], Does.Contain("checkpoint.bin"));
    }

    [Test]
    public void Run_ThreadsAboveProcessorCount_ExitsTwoNamingTheAllowedRange()
    {
        string tooMany = (Environment.ProcessorCount + 1).ToString(CultureInfo.InvariantCulture);

        (int exit, string[] lines) = RunCapturingErrors("run", "convergence", "--threads", tooMany);

        Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
        Assert.That(lines, Has.Length.EqualTo(1));
        Assert.That(lines[0], Does.Contain("--threads").And.Contain(tooMany)
            .And.Contain($"[1, {Environment.ProcessorCount}]"));
    }

    [Test]
    public void MnistTrain_ThreadsAboveProcessorCount_ExitsTwoNamingTheAllowedRange()
    {
        (int exit, string[] lines) = RunCapturingErrors("mnist", "train", "--threads", "100000");

        Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
        Assert.That(lines, Has.Length.EqualTo(1));
        Assert.That(lines[0], Does.Contain("--threads").And.Contain("100000")
            .And.Contain($"[1, {Environment.ProcessorCount}]"));
    }

    [TestCase("run", "convergence", "--out")]
    [TestCase("run", "convergence", "--figures-dir")]
    [TestCase("run", "convergence", "--resume")]
    [TestCase("figures", null, "--out")]
    public void Run_FolderOptionNamingAnExistingFile_ExitsTwoBeforeAnythingRuns(
        string command, string? subcommand, string option)
    {
        string file = Path.GetTempFileName();
        try
        {
            string[] args = subcommand is null
                ? [command, option, file]
                : [command, subcommand, option, file];

            (int exit, string[] lines) = RunCapturingErrors(args);

            Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
            Assert.That(lines, Has.Length.EqualTo(1));
            Assert.That(lines[0], Does.Contain(option).And.Contain(file)
                .And.Contain("expected a folder"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase("--out")]
    [TestCase("--figures-dir")]
    public void Run_EmptyFolderOption_ExitsTwoNamingTheOption(string option)
    {
        (int exit, string[] lines) = RunCapturingErrors("run", "convergence", option, "");

        Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
        Assert.That(lines, Has.Length.EqualTo(1));
        Assert.That(lines[0], Does.StartWith($"error: {option}: expected a folder"));
    }

    private static (int Exit, string[] Lines) RunCapturingErrors(params string[] args)
    {
        TextWriter original = Console.Error;
        using var errors = new StringWriter();
        Console.SetError(errors);
        try
        {
            int exit = CommandLine.Run(args);
            return (exit, errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Console.SetError(original);
        }
    }
}
