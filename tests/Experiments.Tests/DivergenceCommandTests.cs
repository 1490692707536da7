using System.Text.Json;
using GanTheory.Experiments.Cli;

namespace GanTheory.Experiments.Tests;

public sealed class DivergenceCommandTests
{
    private static readonly string[] JsonKeys =
        ["kl_pq", "kl_qp", "jsd", "jsd_bits", "js_distance", "tv", "hellinger_sq", "c_of_g"];

    [Test]
    public void Run_JsonForTwoNormals_HasExactKeysAndReferenceValues()
    {
        (int code, string output, _) = Run("normal(0,1)", "normal(1,1)", discrete: false,
            json: true);
        using var document = JsonDocument.Parse(output);
        JsonElement root = document.RootElement;

        Assert.That(code, Is.Zero);
        Assert.That(
            root.EnumerateObject().Select(p => p.Name), Is.EqualTo(JsonKeys.Append("error")));
        Assert.That(root.GetProperty("error").EnumerateObject().Select(p => p.Name),
            Is.EqualTo(JsonKeys));
        Assert.That(root.GetProperty("jsd").GetDouble(),
            Is.EqualTo(0.11142148218473618).Within(1e-13));
        Assert.That(root.GetProperty("c_of_g").GetDouble(),
            Is.EqualTo(-1.1634513967504183).Within(1e-13));
    }

    [Test]
    public void Run_JsonWithInfiniteKl_WritesTheStringInf()
    {
        (int code, string output, _) = Run("[0.3,0.3,0.4]", "[0.5,0.5,0]", discrete: true,
            json: true);
        using var document = JsonDocument.Parse(output);

        Assert.That(code, Is.Zero);
        Assert.That(document.RootElement.GetProperty("kl_pq").GetString(), Is.EqualTo("inf"));
        Assert.That(document.RootElement.GetProperty("jsd").GetDouble(),
            Is.EqualTo(0.16389659003355966).Within(1e-16));
    }

    [Test]
    public void Run_Table_ShowsEveryQuantityWithMethod()
    {
        (int code, string output, _) = Run("uniform(0,1)", "uniform(0.5,1.5)", discrete: false,
            json: false);

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("KL(P || Q) [nats]").And.Contain("inf"));
        Assert.That(output, Does.Contain("closed form: two uniforms"));
        Assert.That(output, Does.Contain("C(G) = V(G, D*)"));
    }

    [Test]
    public void Run_SyntaxError_PrintsCaretUnderWrongCharacterAndFails()
    {
        (int code, _, string error) = Run("normal(0,1)", "normal(0;1)", discrete: false,
            json: false);

        Assert.That(code, Is.EqualTo(CommandLine.UsageError));
        string[] lines = error.Split('\n');
        Assert.That(lines[0], Does.StartWith("error: Q: expected ',' or ')'"));
        Assert.That(lines[1], Is.EqualTo("normal(0;1)"));
        Assert.That(lines[2], Is.EqualTo("        ^"));
    }

    [Test]
    public void Run_VectorNotSummingToOne_FailsNamingTheSum()
    {
        (int code, _, string error) = Run("[0.5,0.6]", "[0.5,0.5]", discrete: true, json: false);

        Assert.That(code, Is.EqualTo(CommandLine.UsageError));
        Assert.That(error, Does.StartWith("error: P: ").And.Contain("sum to 1.1"));
    }

    [Test]
    public void Run_CountsWithNormalise_MatchProbabilities()
    {
        (int code, string output, _) =
            Run("[3,3,4]", "[5,5,0]", discrete: true, json: true, normalise: true);
        using var document = JsonDocument.Parse(output);

        Assert.That(code, Is.Zero);
        Assert.That(
            document.RootElement.GetProperty("jsd").GetDouble(), Is.EqualTo(0.16389659003355966).Within(1e-15));
    }

    [Test]
    public void Build_DivergenceCommand_IsRegisteredAndParsesFlags()
    {
        var parsed = CommandLine.Build().Parse(
            ["divergence", "--discrete", "[1,0]", "[0,1]", "--json", "--normalise"]);

        Assert.That(parsed.Errors, Is.Empty);
        Assert.That(parsed.CommandResult.Command.Name, Is.EqualTo("divergence"));
    }

    [TestCase("normal(0,1e300)", "normal(0,1)")]
    [TestCase("normal(0,1e308)", "normal(0,1e-308)")]
    [TestCase("normal(1e308,1)", "normal(-1e308,1)")]
    public void Run_JsonForExtremePairs_IsValidJsonOrOneErrorLine(string p, string q)
    {
        (int code, string output, string error) = Run(p, q, discrete: false, json: true);

        if (code == 0)
        {
            using var document = JsonDocument.Parse(output);
            Assert.That(output, Does.Not.Contain("NaN"));
            Assert.That(document.RootElement.GetProperty("hellinger_sq").GetDouble(),
                Is.EqualTo(1.0));
        }
        else
        {
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(error, Does.StartWith("error: ").And.Contain("largest double")
                .Or.Contain("scales"));
        }
    }

    [Test]
    public void Run_HugeAgainstUnitNormal_TableHasNoNaN()
    {
        (int code, string output, _) = Run("normal(0,1e300)", "normal(0,1)", discrete: false,
            json: false);

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Not.Contain("NaN"));
    }

    [Test]
    public void Run_ScalesTooFarApart_FailsWithOneLineNamingBoth()
    {
        (int code, _, string error) = Run("normal(0,1e308)", "normal(0,1e-308)",
            discrete: false, json: false);

        Assert.That(code, Is.EqualTo(CommandLine.UsageError));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.Contain("normal(0, 1E+308)").And.Contain("normal(0, 1E-308)"));
    }

    [Test]
    public void Run_IdenticalNormals_PrintsZeroNotMinusZero()
    {
        (int code, string output, _) = Run("normal(0,1)", "normal(0,1)", discrete: false,
            json: false);

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Not.Contain(" -0 "));
    }

    [Test]
    public void Run_NormaliseWithoutDiscrete_IsAUsageError()
    {
        (int code, _, string error) = Run("normal(0,1)", "normal(1,1)", discrete: false,
            json: false, normalise: true);

        Assert.That(code, Is.EqualTo(CommandLine.UsageError));
        Assert.That(error, Does.StartWith("error: --normalise applies only with --discrete"));
    }

    [Test]
    public void Run_NegativeVectorEntry_ShowsValuePositionAndCaret()
    {
        (int code, _, string error) = Run("[-0.5,1.5]", "[0.5,0.5]", discrete: true,
            json: false);

        Assert.That(code, Is.EqualTo(CommandLine.UsageError));
        string[] lines = error.Split('\n');
        Assert.That(lines[0], Does.StartWith("error: P: entry 1 is -0.5; entries must be >= 0"));
        Assert.That(lines[1], Is.EqualTo("[-0.5,1.5]"));
        Assert.That(lines[2], Is.EqualTo(" ^"));
    }

    [Test]
    public void Run_VectorNotSummingToOne_SuggestsTheNormaliseFlag()
    {
        (_, _, string error) = Run("[0.5,0.6]", "[0.5,0.5]", discrete: true, json: false);

        Assert.That(error, Does.Contain("add --normalise").And.Not.Contain("ProbabilityInput"));
    }

    [Test]
    [NonParallelizable]
    public void Invoke_NoArguments_PrintsOneError()
    {
        using var error = new StringWriter();
        TextWriter saved = Console.Error;
        int code;
        Console.SetError(error);
        try
        {
            code = CommandLine.Run(["divergence"]);
        }
        finally
        {
            Console.SetError(saved);
        }

        Assert.That(code, Is.EqualTo(CommandLine.UsageError));
        Assert.That(error.ToString().TrimEnd().Split('\n'), Has.Length.EqualTo(1));
    }

    private static (int Code, string Output, string Error) Run(
        string p, string q, bool discrete, bool json, bool normalise = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var flags = new DivergenceCommand.Flags(discrete, json, normalise);
        int code = DivergenceCommand.Run(p, q, flags, output, error);
        return (code, output.ToString(), error.ToString().Replace("\r", string.Empty,
            StringComparison.Ordinal));
    }
}
