namespace GanTheory.Mnist.Training;

/// <summary>
/// Running sums of <see cref="StepStatistics"/> over the iterations of one epoch. A plain
/// mutable record so that a checkpoint taken mid-epoch carries it and a resumed run reports
/// the same epoch line.
/// </summary>
public sealed class EpochAccumulator
{
    /// <summary>Iterations added.</summary>
    public int Iterations { get; set; }

    /// <summary>Sum of D losses.</summary>
    public double DiscriminatorLoss { get; set; }

    /// <summary>Sum of G losses.</summary>
    public double GeneratorLoss { get; set; }

    /// <summary>Sum of mean D(x).</summary>
    public double MeanRealScore { get; set; }

    /// <summary>Sum of mean D(G(z)).</summary>
    public double MeanFakeScore { get; set; }

    /// <summary>Sum of the shares of real images rejected.</summary>
    public double RealRejected { get; set; }

    /// <summary>Sum of the shares of generated images accepted.</summary>
    public double FakeAccepted { get; set; }

    /// <summary>Wall-clock seconds spent in the iterations added.</summary>
    public double WallSeconds { get; set; }

    /// <summary>Adds one iteration.</summary>
    public void Add(StepStatistics step, double wallSeconds)
    {
        Iterations++;
        DiscriminatorLoss += step.DiscriminatorLoss;
        GeneratorLoss += step.GeneratorLoss;
        MeanRealScore += step.MeanRealScore;
        MeanFakeScore += step.MeanFakeScore;
        RealRejected += step.RealRejected;
        FakeAccepted += step.FakeAccepted;
        WallSeconds += wallSeconds;
    }

    /// <summary>The epoch's means.</summary>
    public EpochSummary Summarize(int epoch, double learningRate, double momentum)
    {
        double n = Math.Max(Iterations, 1);
        return new EpochSummary(
            epoch,
            Iterations,
            DiscriminatorLoss / n,
            GeneratorLoss / n,
            MeanRealScore / n,
            MeanFakeScore / n,
            RealRejected / n,
            FakeAccepted / n,
            learningRate,
            momentum,
            1000 * WallSeconds / n,
            WallSeconds);
    }
}
