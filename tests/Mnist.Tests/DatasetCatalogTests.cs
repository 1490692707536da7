using GanTheory.Mnist.Data;

namespace GanTheory.Mnist.Tests;

[TestFixture]
public sealed class DatasetCatalogTests
{
    [Test]
    public void Load_DigitsMissing_MessageNamesTheFetchCommand()
    {
        using TemporaryFolder folder = new();

        DataMissingException error = Assert.Throws<DataMissingException>(
            () => DatasetCatalog.Load(DatasetName.Digits, folder.Path))!;

        Assert.That(error.Message, Does.Contain(
            $"experiments mnist fetch --dataset digits --data {folder.Path}"));
    }

    [Test]
    public void Load_OriginalMnistMissing_MessageNamesTheFilesAndOption()
    {
        using TemporaryFolder folder = new();

        DataMissingException error = Assert.Throws<DataMissingException>(
            () => DatasetCatalog.Load(DatasetName.Mnist, folder.Path))!;

        Assert.That(error.Message, Does.Contain("train-images-idx3-ubyte"));
        Assert.That(error.Message, Does.Contain("--idx-folder"));
    }

    [Test]
    public void Load_DigitsFiles_SplitIsDisjointCompleteAndRepeatable()
    {
        using TemporaryFolder folder = new();
        string digitsFolder = DatasetCatalog.Folder(DatasetName.Digits, folder.Path);
        DatasetFiles files = DatasetFiles.Digits(digitsFolder);
        ImageSet images = IdxReaderTests.ByteImages(count: 2500, rows: 2, columns: 2);
        IdxWriter.WriteImages(files.Images, images, IdxElementType.UnsignedByte);
        IdxWriter.WriteLabels(files.Labels, [.. Enumerable.Range(0, 2500).Select(i => (byte)(i % 10))]);

        SplitDataset first = DatasetCatalog.Load(DatasetName.Digits, folder.Path);
        SplitDataset second = DatasetCatalog.Load(DatasetName.Digits, folder.Path);

        int[] all = [.. first.Splits.Train.Indices!, .. first.Splits.Validation.Indices!,
            .. first.Splits.Test.Indices!];
        Assert.That(all.Order(), Is.EqualTo(Enumerable.Range(0, 2500)));
        Assert.That((first.Train.Count, first.Validation.Count, first.Test.Count),
            Is.EqualTo((500, 1000, 1000)));
        Assert.That(second.Splits.Test.Indices, Is.EqualTo(first.Splits.Test.Indices));
        int firstTest = first.Splits.Test.Indices![0];
        Assert.That(first.Test.Labels![0], Is.EqualTo((byte)(firstTest % 10)));
    }

    [Test]
    public void SplitStandard_SixtyThousandImages_IsTheReleasedRanges()
    {
        ImageSet train = new(new float[60001], 1, 1);
        ImageSet test = new(new float[10], 1, 1);
        DatasetFiles files = new("train", "labels", "test", "test-labels");

        SplitDataset split = DatasetCatalog.SplitStandard(DatasetName.Mnist, train, test, files);

        Assert.That(split.Train.Count, Is.EqualTo(50000));
        Assert.That(split.Validation.Count, Is.EqualTo(10001));
        Assert.That(split.Splits.Validation.Range, Is.EqualTo(new[] { 50000, 60001 }));
        Assert.That(split.Test.Count, Is.EqualTo(10));
    }
}
