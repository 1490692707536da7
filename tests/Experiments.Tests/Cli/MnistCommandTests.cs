using System.Text.Json;
using GanTheory.Experiments.Cli;
using GanTheory.Mnist.Data;

namespace GanTheory.Experiments.Tests.Cli;

/// <summary>
/// The `experiments mnist` commands end to end on tiny files made here: the Parzen calculator's
/// JSON against a hand computation, and the refusals a user meets first.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class MnistCommandTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"mnist-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Parzen_WithFixedSigmaAndJson_PrintsHandComputedLikelihood()
    {
        // Centres 0 and 1, test points 0 and 2, sigma 1, one pixel (D = 1):
        // log p(x) = log((e^{-(x-0)^2/2} + e^{-(x-1)^2/2}) / 2) - log(2 pi) / 2.
        string samples = WriteImages("samples", 0f, 1f);
        string test = WriteImages("test", 0f, 2f);
        double atZero = Math.Log((1 + Math.Exp(-0.5)) / 2) - (0.5 * Math.Log(2 * Math.PI));
        double atTwo = Math.Log((Math.Exp(-2) + Math.Exp(-0.5)) / 2)
            - (0.5 * Math.Log(2 * Math.PI));
        double mean = (atZero + atTwo) / 2;

        // The paper's standard error: std with divisor N, over sqrt N.
        double standardError = Math.Abs(atZero - atTwo) / 2 / Math.Sqrt(2);

        (int exit, string output, _) = Run(
            "mnist", "parzen", "--samples", samples, "--test", test, "--sigma", "1", "--json");

        Assert.That(exit, Is.Zero);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetProperty("sigma").GetDouble(), Is.EqualTo(1.0));
        Assert.That(json.RootElement.GetProperty("mean_log_likelihood").GetDouble(),
            Is.EqualTo(mean).Within(1e-9));
        Assert.That(json.RootElement.GetProperty("standard_error").GetDouble(),
            Is.EqualTo(standardError).Within(1e-9));
    }

    [Test]
    public void Parzen_WithoutSigmaOrValidation_ExitsTwoSayingWhatIsMissing()
    {
        string samples = WriteImages("samples", 0f);

        (int exit, _, string errors) = Run(
            "mnist", "parzen", "--samples", samples, "--test", samples);

        Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
        Assert.That(errors, Does.Contain("--validation").And.Contain("--sigma"));
    }

    [Test]
    public void Parzen_WithLabelsFileAsTest_ExitsOneNamingTheFile()
    {
        string samples = WriteImages("samples", 0f);
        string labels = Path.Combine(_folder, "labels-idx1-ubyte");
        IdxWriter.WriteLabels(labels, [3]);

        (int exit, _, string errors) = Run(
            "mnist", "parzen", "--samples", samples, "--test", labels, "--sigma", "1");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors, Does.Contain("labels-idx1-ubyte"));
    }

    [Test]
    public void Train_WithoutData_ExitsOneNamingTheFetchCommand()
    {
        string empty = Path.Combine(_folder, "no-data");

        (int exit, _, string errors) = Run(
            "mnist", "train", "--data", empty, "--out", Path.Combine(_folder, "run"));

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors, Does.Contain("mnist fetch"));
        Assert.That(Directory.Exists(Path.Combine(_folder, "run")), Is.False);
    }

    [Test]
    public void Train_WithUnknownScheme_ExitsTwoNamingAllowedValues()
    {
        (int exit, _, string errors) = Run("mnist", "train", "--scheme", "sequential");

        Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
        Assert.That(errors, Does.Contain("sequential").And.Contain("simultaneous"));
    }

    private string WriteImages(string name, params float[] pixels)
    {
        string path = Path.Combine(_folder, $"{name}-idx3-float32");
        IdxWriter.WriteImages(path, new ImageSet(pixels, 1, 1), IdxElementType.Float32);
        return path;
    }

    private static (int Exit, string Output, string Errors) Run(params string[] args)
    {
        TextWriter originalOut = Console.Out;
        TextWriter originalError = Console.Error;
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            int exit = CommandLine.Run(args);
            return (exit, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
