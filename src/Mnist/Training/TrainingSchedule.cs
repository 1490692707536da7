using GanTheory.Mnist.Model;

namespace GanTheory.Mnist.Training;

/// <summary>
/// The released learning-rate and momentum schedules (pylearn2's ExponentialDecay and
/// MomentumAdjustor as configured in the paper's mnist.yaml).
/// </summary>
public static class TrainingSchedule
{
    /// <summary>
    /// eta_t = max(eta_0 / decay^t, eta_min) for iteration t = 0, 1, ... (0.1 / 1.000004^t,
    /// floor 1e-6, by default: 0.0670 after 100,000 iterations).
    /// </summary>
    public static double LearningRate(MnistGanConfig config, long iteration)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentOutOfRangeException.ThrowIfNegative(iteration);
        double decayed = config.LearningRate / Math.Pow(config.LearningRateDecay, iteration);
        return Math.Max(decayed, config.MinimumLearningRate);
    }

    /// <summary>
    /// mu_e = mu_0 + (mu_final - mu_0) * clip((e - 1) / (E_sat - 1), 0, 1) for epoch e = 1, 2, ...:
    /// 0.5 in epoch 1 rising linearly to 0.7 at epoch 250 and staying there, by default.
    /// </summary>
    public static double Momentum(MnistGanConfig config, int epoch)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(epoch);
        double progress = config.MomentumSaturationEpoch <= 1
            ? 1
            : Math.Clamp((epoch - 1) / (double)(config.MomentumSaturationEpoch - 1), 0, 1);
        return config.InitialMomentum + ((config.FinalMomentum - config.InitialMomentum) * progress);
    }
}
