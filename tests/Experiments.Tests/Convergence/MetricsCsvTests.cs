using GanTheory.Experiments.Convergence;

namespace GanTheory.Experiments.Tests.Convergence;

[TestFixture]
public sealed class MetricsCsvTests
{
    [Test]
    public void Read_OfWrittenRows_GivesTheExactDoublesBack()
    {
        string path = Path.Combine(Path.GetTempPath(), $"metrics-{Guid.NewGuid():N}.csv");
        CheckpointMetrics row = new(
            250, 1.0 / 3, 0.1 + 0.2, 1e-300, -Math.Log(4), -1.2345678901234567, Math.PI, 2e-5,
            0.123, 0.456, 0.5, 0.25, Math.E, double.Epsilon);
        try
        {
            MetricsCsv.Write(path, [row, row with { Step = 500 }]);

            Assert.That(MetricsCsv.Read(path), Is.EqualTo(new[] { row, row with { Step = 500 } }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Read_OfAnotherHeader_ThrowsInvalidData()
    {
        string path = Path.Combine(Path.GetTempPath(), $"metrics-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "a,b\n1,2\n");
        try
        {
            Assert.Throws<InvalidDataException>(() => MetricsCsv.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
