using System.Globalization;

namespace GanTheory.Mnist.Training;

/// <summary>
/// The means of one epoch's iterations: one line of the console and of metrics.csv.
/// </summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="Iterations">Iterations in the epoch.</param>
/// <param name="DiscriminatorLoss">Mean D loss, nats.</param>
/// <param name="GeneratorLoss">Mean G loss, nats.</param>
/// <param name="MeanRealScore">Mean D(x).</param>
/// <param name="MeanFakeScore">Mean D(G(z)).</param>
/// <param name="RealRejected">Mean share of real images with D(x) &lt; 1/2.</param>
/// <param name="FakeAccepted">Mean share of generated images with D(G(z)) &gt; 1/2.</param>
/// <param name="LearningRate">Learning rate at the end of the epoch.</param>
/// <param name="Momentum">Momentum used in the epoch.</param>
/// <param name="MillisecondsPerIteration">Wall-clock milliseconds per iteration.</param>
/// <param name="WallSeconds">Wall-clock seconds of the epoch's iterations.</param>
public sealed record EpochSummary(
    int Epoch,
    int Iterations,
    double DiscriminatorLoss,
    double GeneratorLoss,
    double MeanRealScore,
    double MeanFakeScore,
    double RealRejected,
    double FakeAccepted,
    double LearningRate,
    double Momentum,
    double MillisecondsPerIteration,
    double WallSeconds)
{
    /// <summary>The header of metrics.csv.</summary>
    public const string CsvHeader =
        "epoch,iterations,d_loss,g_loss,mean_d_real,mean_d_fake,real_below_half,"
        + "fake_above_half,learning_rate,momentum,ms_per_iteration,wall_seconds";

    /// <summary>One metrics.csv row (invariant culture).</summary>
    public string ToCsv()
    {
        return string.Join(',',
            Epoch.ToString(CultureInfo.InvariantCulture),
            Iterations.ToString(CultureInfo.InvariantCulture),
            F(DiscriminatorLoss), F(GeneratorLoss), F(MeanRealScore), F(MeanFakeScore),
            F(RealRejected), F(FakeAccepted), F(LearningRate), F(Momentum),
            F(MillisecondsPerIteration), F(WallSeconds));
    }

    /// <summary>The console line.</summary>
    public string ToLine(int totalEpochs)
    {
        return string.Create(CultureInfo.InvariantCulture,
            $"epoch {Epoch,4}/{totalEpochs}  D loss {DiscriminatorLoss:F4}  "
            + $"G loss {GeneratorLoss:F4}  D(x) {MeanRealScore:F3}  D(G(z)) {MeanFakeScore:F3}  "
            + $"real<1/2 {RealRejected:F3}  fake>1/2 {FakeAccepted:F3}  lr {LearningRate:F5}  "
            + $"mom {Momentum:F3}  {MillisecondsPerIteration:F1} ms/step  {WallSeconds:F1} s");
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
