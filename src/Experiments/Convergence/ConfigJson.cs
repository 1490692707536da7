using System.Text.Json;
using System.Text.Json.Serialization;

namespace GanTheory.Experiments.Convergence;

/// <summary>
/// The JSON form of configs and summaries: snake_case names, enums as kebab-case words
/// ("non-saturating"), indented so that a diff of two runs reads well.
/// </summary>
internal static class ConfigJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <exception cref="InvalidDataException">The text is not a valid <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new InvalidDataException($"'{source}' holds null, expected a {typeof(T).Name}");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{source}' is not a valid {typeof(T).Name}: {e.Message}", e);
        }
    }
}
