using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace GanTheory.Experiments.Cli;

/// <summary>
/// Options whose bad values fail with ONE line that names the option, the value given and
/// what is allowed (the parser's own messages for choices span several lines and do not name
/// the option).
/// </summary>
internal static class CliOptions
{
    /// <summary>A whole number of at least <paramref name="minimum"/> and, when given, at most
    /// <paramref name="maximum"/>.</summary>
    public static Option<int> Integer(string name, string description, int defaultValue,
        int minimum, int maximum = int.MaxValue)
    {
        string allowed = maximum == int.MaxValue
            ? $">= {minimum}"
            : $"in [{minimum}, {maximum}]";
        return new Option<int>(name)
        {
            Description = $"{description} (whole number {allowed})",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string token = Token(result);
                if (int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture,
                    out int value)
                    && value >= minimum && value <= maximum)
                {
                    return value;
                }
                result.AddError($"{name}: expected a whole number {allowed}, got '{token}'");
                return defaultValue;
            },
        };
    }

    /// <summary>A real number in the interval the predicate describes; NaN and infinities
    /// fail.</summary>
    public static Option<double> Real(
        string name, string description, double defaultValue, Func<double, bool> allowed,
        string allowedText)
    {
        return new Option<double>(name)
        {
            Description = $"{description} ({allowedText})",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string token = Token(result);
                if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture,
                        out double value)
                    && double.IsFinite(value) && allowed(value))
                {
                    return value;
                }
                result.AddError($"{name}: expected a number {allowedText}, got '{token}'");
                return defaultValue;
            },
        };
    }

    /// <summary>One word from a fixed list (the keys of <paramref name="choices"/>).</summary>
    public static Option<string> Choice<T>(
        string name, string description, IReadOnlyDictionary<string, T> choices, string defaultName)
    {
        string allowed = string.Join("|", choices.Keys);
        var option = new Option<string>(name)
        {
            Description = $"{description}: {allowed}",
            HelpName = allowed,
            DefaultValueFactory = _ => defaultName,
        };
        option.Validators.Add(result =>
        {
            string token = result.GetValueOrDefault<string>() ?? "";
            if (!choices.ContainsKey(token))
            {
                result.AddError($"{name}: '{token}' is not allowed; expected one of {allowed}");
            }
        });
        return option;
    }

    /// <summary>
    /// Refuses a value of <paramref name="option"/> that cannot be a folder: empty or blank, or
    /// the path of an existing file. It runs before anything else, so a bad folder does not
    /// surface as a stack trace or only after a long training.
    /// </summary>
    public static void RequireFolder(Option<string?> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            string? path = result.GetValueOrDefault<string?>();
            if (path is null)
            {
                return;
            }
            if (string.IsNullOrWhiteSpace(path))
            {
                result.AddError($"{option.Name}: expected a folder, got '{path}'");
            }
            else if (File.Exists(path))
            {
                result.AddError(
                    $"{option.Name}: expected a folder, but '{path}' is an existing file");
            }
        });
    }

    /// <summary>Whether the user typed <paramref name="option"/> (rather than it
    /// defaulting).</summary>
    public static bool IsGiven(SymbolResult result, Option option)
    {
        return result.GetResult(option) is OptionResult { Implicit: false };
    }

    private static string Token(ArgumentResult result)
    {
        return result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
    }
}
