namespace GanTheory.Experiments.Convergence;

/// <summary>
/// What one evaluation measured: one row of metrics.csv. All values in nats unless stated;
/// docs/convergence.md explains each column.
/// </summary>
/// <param name="Step">Generator steps completed.</param>
/// <param name="LearningRate">The learning rate of the last step taken.</param>
/// <param name="Jsd">JSD(p_data || p_g) by quadrature, with p_g the exact push-forward
/// density.</param>
/// <param name="JsdError">The quadrature's error estimate for <paramref name="Jsd"/>.</param>
/// <param name="CriterionOfG">C(G) = V(G, D*) = -ln 4 + 2 JSD.</param>
/// <param name="ValueQuadrature">V(G, D) of the trained D by quadrature against p_data and
/// p_g.</param>
/// <param name="ValueMonteCarlo">V(G, D) by Monte Carlo on fresh data and noise.</param>
/// <param name="ValueStandardError">Standard error of <paramref name="ValueMonteCarlo"/>.</param>
/// <param name="OptimalDiscriminatorError">E_m |D(x) - D*(x)| under m = (p_data + p_g)/2.</param>
/// <param name="HalfDiscriminatorError">E_m |D(x) - 1/2|: how far D is from the equilibrium
/// 1/2.</param>
/// <param name="MeanRealScore">Mean D(x) over the Monte Carlo data sample.</param>
/// <param name="MeanFakeScore">Mean D(G(z)) over the Monte Carlo noise sample.</param>
/// <param name="DiscriminatorLoss">Mean discriminator loss over the steps since the last
/// row.</param>
/// <param name="GeneratorLoss">Mean generator loss over the steps since the last row.</param>
internal sealed record CheckpointMetrics(
    long Step,
    double LearningRate,
    double Jsd,
    double JsdError,
    double CriterionOfG,
    double ValueQuadrature,
    double ValueMonteCarlo,
    double ValueStandardError,
    double OptimalDiscriminatorError,
    double HalfDiscriminatorError,
    double MeanRealScore,
    double MeanFakeScore,
    double DiscriminatorLoss,
    double GeneratorLoss);
