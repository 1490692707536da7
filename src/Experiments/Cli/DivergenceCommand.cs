using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GanTheory.Divergences.Calculator;
using GanTheory.Divergences.Measures;

namespace GanTheory.Experiments.Cli;

/// <summary>
/// `experiments divergence P Q`: a calculator for the divergences between two densities written
/// in the syntax of <see cref="DensityParser"/> (or two probability vectors with --discrete).
/// P is read as p_data and Q as p_g for C(G). Text output is a table with error estimates and
/// methods; --json prints one object with the keys kl_pq, kl_qp, jsd, jsd_bits, js_distance, tv,
/// hellinger_sq, c_of_g (numbers, or the string "inf") and error (the same keys).
/// </summary>
internal static class DivergenceCommand
{
    public static Command Create()
    {
        // Optional to the parser so that a missing pair is reported once, by Run, not once per
        // missing argument.
        Argument<string> p = new("P")
        {
            Description = "First density, e.g. normal(0,1); p_data for C(G).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        Argument<string> q = new("Q")
        {
            Description = "Second density, e.g. uniform(0,1); p_g for C(G).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        Option<bool> discrete = new("--discrete")
        {
            Description = "Read P and Q as probability vectors, e.g. \"[0.5,0.5]\" \"[0.9,0.1]\".",
        };
        Option<bool> json = new("--json") { Description = "Print one JSON object instead of a "
            + "table." };
        Option<bool> normalise = new("--normalise")
        {
            Description = "With --discrete: divide each vector by its sum (e.g. counts) instead of "
                + "requiring a sum of 1.",
        };
        Command command = new(
            "divergence",
            "KL both ways, JSD (nats, bits), JS distance, TV, squared Hellinger and C(G) "
            + "between two densities. Syntax: normal(mean,sd), uniform(a,b), "
            + "mixture(w*density,...), normal2(mx,my,sxx,sxy,syy), box(x0,x1,y0,y1), ring8, "
            + "grid25.")
        {
            p, q,
        };
        command.Options.Add(discrete);
        command.Options.Add(json);
        command.Options.Add(normalise);
        command.SetAction(result => Run(
            result.GetValue(p) ?? string.Empty,
            result.GetValue(q) ?? string.Empty,
            new Flags(result.GetValue(discrete), result.GetValue(json), result.GetValue(normalise)),
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>Computes and prints the table; returns 0, or the usage-error code on bad
    /// input.</summary>
    public static int Run(string p, string q, Flags flags, TextWriter output, TextWriter error)
    {
        if (Refusal(p, q, flags) is string refusal)
        {
            error.WriteLine($"error: {refusal}");
            return CommandLine.UsageError;
        }

        IReadOnlyList<SummaryRow> rows;
        try
        {
            if (flags.Discrete)
            {
                double[] pVector = Parse(DensityParser.ParseVector, p, "P");
                double[] qVector = Parse(DensityParser.ParseVector, q, "Q");
                ProbabilityInput input = flags.Normalise
                    ? ProbabilityInput.Normalise
                    : ProbabilityInput.MustSumToOne;
                rows = DivergenceSummary.Discrete(pVector, qVector, input);
            }
            else
            {
                ParsedDensity pDensity = Parse(DensityParser.Parse, p, "P");
                ParsedDensity qDensity = Parse(DensityParser.Parse, q, "Q");
                rows = DivergenceSummary.Compute(pDensity, qDensity);
            }
        }
        catch (DensitySyntaxException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine(e.Caret());
            return CommandLine.UsageError;
        }
        catch (ArgumentException e)
        {
            // The discrete routines name the vectors p and q; say which argument was wrong.
            string which = !flags.Discrete ? string.Empty
                : e.ParamName switch { "p" => "P: ", "q" => "Q: ", _ => string.Empty };
            string message = e.Message.Split(" (Parameter")[0].Replace(
                "pass ProbabilityInput.Normalise", "add --normalise", StringComparison.Ordinal);
            error.WriteLine($"error: {which}{message}");
            return CommandLine.UsageError;
        }
        catch (ArithmeticException e)
        {
            // The library refuses to return NaN; report it as one line, not a stack trace.
            error.WriteLine($"error: {e.Message}");
            return 1;
        }

        if (rows.FirstOrDefault(r => double.IsNaN(r.Estimate.Value)
            || double.IsNaN(r.Estimate.ErrorEstimate)) is SummaryRow bad)
        {
            // Unreachable while Estimate refuses NaN; JSON has no NaN, so never write one.
            error.WriteLine($"error: {bad.Label} is NaN ({bad.Estimate.Method}); "
                + "refusing to print it");
            return 1;
        }

        if (flags.Json)
        {
            output.WriteLine(Json(rows));
        }
        else
        {
            Table(rows, p.Trim(), q.Trim(), output);
        }

        return 0;
    }

    // Usage errors the parser cannot see: a missing density, --normalise without --discrete.
    private static string? Refusal(string p, string q, Flags flags)
    {
        if (string.IsNullOrWhiteSpace(p) || string.IsNullOrWhiteSpace(q))
        {
            return "divergence needs two densities P and Q, e.g. "
                + "experiments divergence \"normal(0,1)\" \"normal(1,1)\"";
        }

        return flags.Normalise && !flags.Discrete
            ? "--normalise applies only with --discrete (it divides probability vectors by "
                + "their sums)"
            : null;
    }

    // Adds which argument was wrong to the message, keeping the caret position.
    private static T Parse<T>(Func<string, T> parse, string text, string which)
    {
        try
        {
            return parse(text);
        }
        catch (DensitySyntaxException e)
        {
            throw new DensitySyntaxException($"{which}: {e.Message}", e.Input, e.Position);
        }
    }

    private static void Table(IReadOnlyList<SummaryRow> rows, string p, string q, TextWriter output)
    {
        output.WriteLine($"P = {p}");
        output.WriteLine($"Q = {q}");
        output.WriteLine();
        int width = rows.Max(r => r.Label.Length);
        output.WriteLine($"{"quantity".PadRight(width)}  {"value",-22}  {"error",-9}  method");
        foreach (SummaryRow row in rows)
        {
            string value = Number(row.Estimate.Value, "R");
            string err = Number(row.Estimate.ErrorEstimate, "G2");
            output.WriteLine($"{row.Label.PadRight(width)}  {value,-22}  {err,-9}  "
                + $"{row.Estimate.Method}");
        }
    }

    // + 0.0 prints -0 as 0.
    private static string Number(double value, string format) =>
        double.IsPositiveInfinity(value) ? "inf" : (value + 0.0).ToString(format,
            CultureInfo.InvariantCulture);

    private static string Json(IReadOnlyList<SummaryRow> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (SummaryRow row in rows)
            {
                WriteNumber(writer, row.Key, row.Estimate.Value);
            }

            writer.WriteStartObject("error");
            foreach (SummaryRow row in rows)
            {
                WriteNumber(writer, row.Key, row.Estimate.ErrorEstimate);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    // JSON has no infinity: +infinity is written as the string "inf". NaN never gets here
    // (Run refuses it first); Utf8JsonWriter would throw on it.
    private static void WriteNumber(Utf8JsonWriter writer, string key, double value)
    {
        if (double.IsPositiveInfinity(value))
        {
            writer.WriteString(key, "inf");
        }
        else
        {
            writer.WriteNumber(key, value);
        }
    }

    /// <summary>The command's switches.</summary>
    public readonly record struct Flags(bool Discrete, bool Json, bool Normalise);
}
