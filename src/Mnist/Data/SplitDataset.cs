namespace GanTheory.Mnist.Data;

/// <summary>
/// A data set cut into training, validation and test images, with a description of the cut
/// (<see cref="Splits"/>) that a run folder records so the split can be checked and repeated.
/// </summary>
/// <param name="Name">Which data set.</param>
/// <param name="Train">Images the GAN trains on (and whose pixel means set G's output bias).</param>
/// <param name="Validation">Images that choose the Parzen window width.</param>
/// <param name="Test">Images the Parzen log-likelihood is reported on.</param>
/// <param name="Splits">Where each split came from: files and index ranges or index lists.</param>
public sealed record SplitDataset(
    DatasetName Name, ImageSet Train, ImageSet Validation, ImageSet Test, SplitRecord Splits);

/// <summary>The provenance of a <see cref="SplitDataset"/>, serialised as splits.json.</summary>
/// <param name="Dataset">Data set name.</param>
/// <param name="Files">The files read.</param>
/// <param name="Rule">How the images were divided, in words.</param>
/// <param name="Train">Where the training images came from.</param>
/// <param name="Validation">Where the validation images came from.</param>
/// <param name="Test">Where the test images came from.</param>
public sealed record SplitRecord(
    string Dataset,
    IReadOnlyList<string> Files,
    string Rule,
    SplitPart Train,
    SplitPart Validation,
    SplitPart Test);

/// <summary>One split: its size, the file it was taken from and which images.</summary>
/// <param name="Count">Number of images.</param>
/// <param name="File">The images file.</param>
/// <param name="Range">A half-open index range [start, end) of that file, or null.</param>
/// <param name="Indices">The file indices in order, when not a range; else null.</param>
public sealed record SplitPart(int Count, string File, int[]? Range, int[]? Indices);
