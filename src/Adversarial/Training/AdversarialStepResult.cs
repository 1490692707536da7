namespace GanTheory.Adversarial.Training;

/// <summary>One iteration of Algorithm 1: k discriminator steps, then one generator step.</summary>
/// <param name="LastDiscriminatorStep">The k-th discriminator step of the iteration.</param>
/// <param name="GeneratorLoss">The generator's minimised loss on its batch, in nats.</param>
public readonly record struct AdversarialStepResult(
    DiscriminatorStepResult LastDiscriminatorStep, double GeneratorLoss);
