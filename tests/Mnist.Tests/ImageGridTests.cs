using GanTheory.Mnist.Data;
using GanTheory.Mnist.Figures;
using SkiaSharp;

namespace GanTheory.Mnist.Tests;

[TestFixture]
public sealed class ImageGridTests
{
    [Test]
    public void EncodePng_TwoByThreeGrid_HasExpectedSizeAndPixels()
    {
        // Six 2 x 2 images; image 0 is white, the rest black.
        float[] pixels = new float[6 * 4];
        Array.Fill(pixels, 1f, 0, 4);
        ImageSet cells = new(pixels, 2, 2);

        byte[] png = ImageGrid.EncodePng(cells, rows: 2, columns: 3, scale: 1, highlightedColumn: null);

        using SKBitmap bitmap = SKBitmap.Decode(png);
        // Width: gap 2 + 3 x (2 + 2); height: 2 + 2 x (2 + 2).
        Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((14, 10)));
        Assert.That(bitmap.GetPixel(2, 2), Is.EqualTo(new SKColor(255, 255, 255)));
        Assert.That(bitmap.GetPixel(6, 2), Is.EqualTo(new SKColor(0, 0, 0)));
        Assert.That(bitmap.GetPixel(0, 0), Is.EqualTo(new SKColor(128, 128, 128)));
    }

    [Test]
    public void EncodePng_HighlightedColumn_IsFramedAndSetApart()
    {
        ImageSet cells = new(new float[2 * 4], 2, 2);

        byte[] png = ImageGrid.EncodePng(cells, rows: 1, columns: 2, scale: 1, highlightedColumn: 1);

        using SKBitmap bitmap = SKBitmap.Decode(png);
        // Column 1 starts at 2 + 4 + 4 (extra gap) = 10; its frame is one pixel to the left.
        Assert.That(bitmap.Width, Is.EqualTo(14));
        Assert.That(bitmap.GetPixel(9, 2), Is.EqualTo(new SKColor(255, 200, 0)));
        Assert.That(bitmap.GetPixel(10, 2), Is.EqualTo(new SKColor(0, 0, 0)));
    }

    [Test]
    public void EncodePng_WrongCellCount_IsRefused()
    {
        ImageSet cells = new(new float[3 * 4], 2, 2);

        Assert.Throws<ArgumentOutOfRangeException>(
            () => ImageGrid.EncodePng(cells, rows: 2, columns: 2, scale: 1, highlightedColumn: null));
    }
}
