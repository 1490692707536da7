namespace GanTheory.Adversarial.Training;

/// <summary>What one discriminator step saw, read out before its tensors were freed.</summary>
/// <param name="Loss">
/// The minimised loss (1/2)(E[softplus(-l_real)] + E[softplus(l_fake)]) = -V/2 on the batch,
/// in nats; ln 2 when D = 1/2 everywhere.
/// </param>
/// <param name="MeanRealScore">Mean D(x) over the data batch, in [0, 1].</param>
/// <param name="MeanFakeScore">Mean D(G(z)) over the generated batch, in [0, 1].</param>
public readonly record struct DiscriminatorStepResult(
    double Loss, double MeanRealScore, double MeanFakeScore);
