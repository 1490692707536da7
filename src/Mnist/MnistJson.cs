using System.Text.Json;
using System.Text.Json.Serialization;

namespace GanTheory.Mnist;

/// <summary>
/// The JSON settings of every file this library writes (configs, splits, reports).
/// </summary>
public static class MnistJson
{
    /// <summary>Indented, snake_case names, enums as names.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Serialises <paramref name="value"/> with <see cref="Options"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads a <typeparamref name="T"/> written by <see cref="Serialize{T}"/>.</summary>
    /// <exception cref="InvalidDataException">The text is not such a JSON value.</exception>
    public static T Deserialize<T>(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new InvalidDataException($"'{source}' holds JSON null");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException(
                $"'{source}' is not a valid {typeof(T).Name} JSON file: {error.Message}", error);
        }
    }
}
