using System.Runtime.InteropServices;
using GanTheory.Adversarial.IO;
using GanTheory.Mnist.Data;
using SkiaSharp;

namespace GanTheory.Mnist.Figures;

/// <summary>
/// Renders grey-scale images as a grid in a PNG: white strokes on black as in the paper's
/// figures, each pixel drawn as a scale x scale block, cells separated by a grey gap, and an
/// optional column set apart by a wider gap and a yellow frame (Figure 2's nearest neighbours).
/// </summary>
public static class ImageGrid
{
    private static readonly SKColor Background = new(128, 128, 128);
    private static readonly SKColor Highlight = new(255, 200, 0);

    /// <summary>
    /// Lays out <paramref name="cells"/> (row-major, rows x columns entries) and writes the PNG
    /// atomically.
    /// </summary>
    /// <param name="path">PNG file to write.</param>
    /// <param name="cells">The images, <paramref name="rows"/> x <paramref name="columns"/>.</param>
    /// <param name="rows">Grid rows.</param>
    /// <param name="columns">Grid columns.</param>
    /// <param name="scale">Screen pixels per image pixel (&gt; 0).</param>
    /// <param name="highlightedColumn">A column to set apart and frame, or null.</param>
    public static void SavePng(
        string path, ImageSet cells, int rows, int columns, int scale, int? highlightedColumn)
    {
        byte[] png = EncodePng(cells, rows, columns, scale, highlightedColumn);
        AtomicFile.WriteAllBytes(path, png);
    }

    /// <summary>The PNG bytes of the grid described at <see cref="SavePng"/>.</summary>
    public static byte[] EncodePng(
        ImageSet cells, int rows, int columns, int scale, int? highlightedColumn)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        if (cells.Count != rows * columns)
        {
            throw new ArgumentOutOfRangeException(
                nameof(cells), cells.Count, $"must hold rows x columns = {rows * columns} images");
        }
        if (highlightedColumn is int h && (h < 0 || h >= columns))
        {
            throw new ArgumentOutOfRangeException(
                nameof(highlightedColumn), h, $"must lie in [0, {columns})");
        }

        int gap = 2 * scale;
        int extraGap = highlightedColumn is null ? 0 : 4 * scale;
        int cellWidth = cells.Columns * scale;
        int cellHeight = cells.Rows * scale;
        int width = gap + (columns * (cellWidth + gap)) + extraGap;
        int height = gap + (rows * (cellHeight + gap));

        // Compose RGBA bytes directly: per-pixel SetPixel calls are slow for 10,000-cell grids.
        byte[] rgba = new byte[width * height * 4];
        Fill(rgba, width, 0, 0, width, height, Background);
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                int left = gap + (c * (cellWidth + gap)) + (c == highlightedColumn ? extraGap : 0);
                int top = gap + (r * (cellHeight + gap));
                if (c == highlightedColumn)
                {
                    Fill(rgba, width, left - scale, top - scale, cellWidth + (2 * scale),
                        cellHeight + (2 * scale), Highlight);
                }
                DrawCell(rgba, width, cells, (r * columns) + c, left, top, scale);
            }
        }

        SKImageInfo info = new(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using SKBitmap bitmap = new(info);
        Marshal.Copy(rgba, 0, bitmap.GetPixels(), rgba.Length);
        using SKData data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void Fill(byte[] rgba, int width, int left, int top, int w, int h, SKColor colour)
    {
        for (int y = top; y < top + h; y++)
        {
            for (int x = left; x < left + w; x++)
            {
                SetPixel(rgba, width, x, y, colour.Red, colour.Green, colour.Blue);
            }
        }
    }

    private static void SetPixel(byte[] rgba, int width, int x, int y, byte red, byte green, byte blue)
    {
        int at = ((y * width) + x) * 4;
        rgba[at] = red;
        rgba[at + 1] = green;
        rgba[at + 2] = blue;
        rgba[at + 3] = 255;
    }

    private static void DrawCell(
        byte[] rgba, int width, ImageSet cells, int index, int left, int top, int scale)
    {
        int offset = index * cells.PixelsPerImage;
        for (int y = 0; y < cells.Rows; y++)
        {
            for (int x = 0; x < cells.Columns; x++)
            {
                // NaN (never produced by a sigmoid) is drawn black rather than undefined.
                float intensity = cells.Pixels[offset + (y * cells.Columns) + x];
                float clipped = float.IsNaN(intensity) ? 0f : Math.Clamp(intensity, 0f, 1f);
                byte grey = (byte)MathF.Round(clipped * 255f);
                for (int dy = 0; dy < scale; dy++)
                {
                    for (int dx = 0; dx < scale; dx++)
                    {
                        SetPixel(rgba, width, left + (x * scale) + dx, top + (y * scale) + dy,
                            grey, grey, grey);
                    }
                }
            }
        }
    }
}
