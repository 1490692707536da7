using System.Globalization;
using System.Text;
using GanTheory.Adversarial.IO;

namespace GanTheory.Experiments.Convergence;

/// <summary>
/// metrics.csv: a header row, then one row per evaluation. Numbers are written in round-trip
/// form, so reading the file back gives the exact doubles (a resumed run keeps its history).
/// </summary>
internal static class MetricsCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "step", "lr", "jsd", "jsd_error", "c_of_g", "v_of_g_d", "v", "v_se",
        "d_star_mae", "d_half_mae", "mean_d_real", "mean_d_fake", "loss_d", "loss_g",
    ];

    /// <summary>Writes all rows, replacing the file atomically.</summary>
    public static void Write(string path, IEnumerable<CheckpointMetrics> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', Columns));
        foreach (CheckpointMetrics row in rows)
        {
            text.AppendLine(string.Join(',', Fields(row)));
        }
        AtomicFile.WriteAllText(path, text.ToString());
    }

    /// <summary>Reads the rows back.</summary>
    /// <exception cref="InvalidDataException">The header or a row does not match the
    /// format.</exception>
    public static List<CheckpointMetrics> Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string header = string.Join(',', Columns);
        if (lines.Length == 0 || lines[0] != header)
        {
            throw new InvalidDataException($"'{path}' does not start with the header '{header}'");
        }

        var rows = new List<CheckpointMetrics>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                rows.Add(Parse(lines[i], path, i + 1));
            }
        }
        return rows;
    }

    private static IEnumerable<string> Fields(CheckpointMetrics row)
    {
        yield return row.Step.ToString(CultureInfo.InvariantCulture);
        double[] values =
        [
            row.LearningRate, row.Jsd, row.JsdError, row.CriterionOfG, row.ValueQuadrature,
            row.ValueMonteCarlo, row.ValueStandardError, row.OptimalDiscriminatorError,
            row.HalfDiscriminatorError, row.MeanRealScore, row.MeanFakeScore,
            row.DiscriminatorLoss, row.GeneratorLoss,
        ];
        foreach (double value in values)
        {
            yield return value.ToString("R", CultureInfo.InvariantCulture);
        }
    }

    private static CheckpointMetrics Parse(string line, string path, int lineNumber)
    {
        string[] cells = line.Split(',');
        if (cells.Length != Columns.Count)
        {
            throw new InvalidDataException(
                $"'{path}' line {lineNumber} has {cells.Length} fields, expected {Columns.Count}");
        }

        double D(int column)
        {
            return double.TryParse(cells[column], NumberStyles.Float, CultureInfo.InvariantCulture,
                out double value)
                ? value
                : throw new InvalidDataException(
                    $"'{path}' line {lineNumber}: {Columns[column]} = '{cells[column]}' is not a "
                        + "number");
        }

        long step = long.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture,
            out long parsed)
            ? parsed
            : throw new InvalidDataException(
                $"'{path}' line {lineNumber}: step = '{cells[0]}' is not a whole number");
        return new CheckpointMetrics(
            step, D(1), D(2), D(3), D(4), D(5), D(6), D(7), D(8), D(9), D(10), D(11), D(12), D(13));
    }
}
