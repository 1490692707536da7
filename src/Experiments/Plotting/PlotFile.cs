using GanTheory.Adversarial.IO;
using ScottPlot;

namespace GanTheory.Experiments.Plotting;

/// <summary>Saves figures as PNG through <see cref="AtomicFile"/>.</summary>
internal static class PlotFile
{
    public static void SavePng(Plot plot, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        AtomicFile.WriteAllBytes(path, plot.GetImageBytes(width, height, ImageFormat.Png));
    }

    public static void SavePng(Multiplot multiplot, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(multiplot);
        using Image image = multiplot.Render(width, height);
        AtomicFile.WriteAllBytes(path, image.GetImageBytes(ImageFormat.Png));
    }
}
