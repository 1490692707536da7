namespace GanTheory.Mnist.Data;

/// <summary>
/// Finds and loads the three data sources as one kind of <see cref="SplitDataset"/>, with
/// fixed, recorded splits:
/// <list type="bullet">
/// <item>digits (10,000 images): a permutation drawn with <see cref="DigitsSplitSeed"/> gives
/// 8,000 training, 1,000 validation and 1,000 test images;</item>
/// <item>Fashion-MNIST and original MNIST: training file images [0, 50000) train, [50000, 60000)
/// validate, the 10,000 t10k images test (the paper's released MNIST configuration).</item>
/// </list>
/// </summary>
public static class DatasetCatalog
{
    /// <summary>Seed of the fixed permutation that splits the digits.</summary>
    public const int DigitsSplitSeed = 20140610;

    /// <summary>Digits used for validation and for test (the rest train).</summary>
    public const int DigitsHeldOut = 1000;

    /// <summary>Images of a 60,000-image training file kept for training.</summary>
    public const int StandardTrainCount = 50000;

    /// <summary>The folder a data set is kept in under the data folder.</summary>
    public static string Folder(DatasetName name, string dataFolder) => name switch
    {
        DatasetName.Digits => Path.Combine(dataFolder, "mnist-digits"),
        DatasetName.Fashion => Path.Combine(dataFolder, "fashion-mnist"),
        DatasetName.Mnist => Path.Combine(dataFolder, "mnist"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown data set"),
    };

    /// <summary>
    /// The files of <paramref name="name"/>: in its folder under <paramref name="dataFolder"/>,
    /// in <paramref name="idxFolder"/> for original MNIST when given, and for Fashion-MNIST in
    /// Debian's folder when the data folder has no copy.
    /// </summary>
    /// <exception cref="DataMissingException">A file is missing; the message names the fix.</exception>
    public static DatasetFiles Locate(DatasetName name, string dataFolder, string? idxFolder = null)
    {
        string folder = name == DatasetName.Mnist && idxFolder is not null
            ? idxFolder
            : Folder(name, dataFolder);
        DatasetFiles files = name == DatasetName.Digits
            ? DatasetFiles.Digits(folder)
            : DatasetFiles.Standard(folder);
        if (files.Exist())
        {
            return files;
        }

        DatasetFiles debian = DatasetFiles.Standard(DatasetFiles.DebianFashionFolder);
        if (name == DatasetName.Fashion && debian.Exist())
        {
            return debian;
        }
        throw new DataMissingException(MissingMessage(name, dataFolder, files));
    }

    /// <summary>Reads the files of <paramref name="name"/> and splits them.</summary>
    /// <exception cref="DataMissingException">A file is missing; the message names the fix.</exception>
    /// <exception cref="InvalidDataException">A file is not a valid IDX file.</exception>
    public static SplitDataset Load(DatasetName name, string dataFolder, string? idxFolder = null)
    {
        DatasetFiles files = Locate(name, dataFolder, idxFolder);
        ImageSet images = IdxReader.ReadLabelledImages(files.Images, files.Labels);
        if (name == DatasetName.Digits)
        {
            return SplitByPermutation(name, images, files);
        }

        ImageSet test = IdxReader.ReadLabelledImages(files.TestImages!, files.TestLabels!);
        return SplitStandard(name, images, test, files);
    }

    /// <summary>
    /// Splits one image set by a fixed permutation into train (the rest), validation and test
    /// (<see cref="DigitsHeldOut"/> each).
    /// </summary>
    public static SplitDataset SplitByPermutation(
        DatasetName name, ImageSet images, DatasetFiles files)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(files);
        if (images.Count <= 2 * DigitsHeldOut)
        {
            throw new ArgumentOutOfRangeException(
                nameof(images), images.Count, $"must hold more than {2 * DigitsHeldOut} images");
        }

        int[] order = Enumerable.Range(0, images.Count).ToArray();
        new Random(DigitsSplitSeed).Shuffle(order);
        int[] validation = order[..DigitsHeldOut];
        int[] test = order[DigitsHeldOut..(2 * DigitsHeldOut)];
        int[] train = order[(2 * DigitsHeldOut)..];

        SplitRecord record = new(
            name.ToString(),
            [.. files.All()],
            $"permutation of all {images.Count} images by System.Random({DigitsSplitSeed}).Shuffle:"
            + $" first {DigitsHeldOut} validation, next {DigitsHeldOut} test, rest train",
            new SplitPart(train.Length, files.Images, null, train),
            new SplitPart(validation.Length, files.Images, null, validation),
            new SplitPart(test.Length, files.Images, null, test));
        return new SplitDataset(
            name, images.Select(train), images.Select(validation), images.Select(test), record);
    }

    /// <summary>
    /// Splits a standard training file into [0, 50000) train and the rest validation, and
    /// takes the test file whole.
    /// </summary>
    public static SplitDataset SplitStandard(
        DatasetName name, ImageSet trainFile, ImageSet testFile, DatasetFiles files)
    {
        ArgumentNullException.ThrowIfNull(trainFile);
        ArgumentNullException.ThrowIfNull(testFile);
        ArgumentNullException.ThrowIfNull(files);
        if (trainFile.Count <= StandardTrainCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(trainFile), trainFile.Count, $"must hold more than {StandardTrainCount} images");
        }

        int[] train = Enumerable.Range(0, StandardTrainCount).ToArray();
        int[] validation = Enumerable.Range(StandardTrainCount, trainFile.Count - StandardTrainCount)
            .ToArray();
        SplitRecord record = new(
            name.ToString(),
            [.. files.All()],
            $"training file [0, {StandardTrainCount}) train, [{StandardTrainCount}, "
            + $"{trainFile.Count}) validation, test file whole (the paper's released split)",
            new SplitPart(train.Length, files.Images, [0, StandardTrainCount], null),
            new SplitPart(validation.Length, files.Images, [StandardTrainCount, trainFile.Count], null),
            new SplitPart(testFile.Count, files.TestImages!, [0, testFile.Count], null));
        return new SplitDataset(
            name, trainFile.Select(train), trainFile.Select(validation), testFile, record);
    }

    private static string MissingMessage(DatasetName name, string dataFolder, DatasetFiles files)
    {
        string missing = string.Join(", ", files.All().Where(f => !File.Exists(f)));
        return name switch
        {
            DatasetName.Digits =>
                $"the MNIST digits are not in '{Folder(name, dataFolder)}' (missing {missing}); "
                + $"fetch them with: experiments mnist fetch --dataset digits --data {dataFolder}",
            DatasetName.Fashion =>
                $"Fashion-MNIST is neither in '{Folder(name, dataFolder)}' nor in "
                + $"'{DatasetFiles.DebianFashionFolder}'; install it with: "
                + "sudo apt-get install dataset-fashion-mnist",
            _ =>
                $"the original MNIST IDX files are missing ({missing}); copy "
                + "train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and "
                + $"t10k-labels-idx1-ubyte (gzipped or not) into '{Folder(name, dataFolder)}', "
                + "or pass --idx-folder with the folder that holds them",
        };
    }
}
