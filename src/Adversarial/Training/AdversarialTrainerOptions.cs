namespace GanTheory.Adversarial.Training;

/// <summary>The knobs of Algorithm 1 (Goodfellow et al. 2014) that are not the networks.</summary>
/// <param name="DiscriminatorSteps">k: discriminator steps per generator step, k >= 1.</param>
/// <param name="BatchSize">m: examples per minibatch, m >= 1, for data and noise alike.</param>
/// <param name="Objective">What the generator step optimises.</param>
public sealed record AdversarialTrainerOptions(
    int DiscriminatorSteps, int BatchSize, GeneratorObjective Objective)
{
    /// <summary>Checks every field.</summary>
    /// <exception cref="ArgumentOutOfRangeException">k or m is below 1.</exception>
    public void Validate()
    {
        if (DiscriminatorSteps < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(DiscriminatorSteps), DiscriminatorSteps, "k must be at least 1");
        }
        if (BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(BatchSize), BatchSize, "the batch size m must be at least 1");
        }
        if (!Enum.IsDefined(Objective))
        {
            throw new ArgumentOutOfRangeException(
                nameof(Objective), Objective, "expected Minimax or NonSaturating");
        }
    }
}
