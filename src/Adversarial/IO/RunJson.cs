using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GanTheory.Adversarial.IO;

/// <summary>
/// The JSON form of every file a run folder holds (configs, summaries, splits, reports, the
/// state inside checkpoints): snake_case names, enums as the kebab-case words the command line
/// uses ("non-saturating"), indented so that a diff of two runs reads well.
/// </summary>
public static class RunJson
{
    /// <summary>The serializer options behind <see cref="Serialize{T}"/>.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,

        // The files are read by people and tools, never embedded in HTML: write "<=" and "±"
        // as they are rather than as \u003C and \u00B1.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serialises <paramref name="value"/> with <see cref="Options"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads a <typeparamref name="T"/> written by <see cref="Serialize{T}"/>;
    /// <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="InvalidDataException">The text is not a valid
    /// <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json, string source)
    {
        string type = typeof(T).Name;
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new InvalidDataException($"'{source}' holds null, expected a {type}");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{source}' is not a valid {type}: {e.Message}", e);
        }
    }
}
