namespace GanTheory.Adversarial.Training;

/// <summary>
/// eta_t = eta (1 - t / T) for steps t = 0 .. T - 1, falling linearly from eta to eta / T at
/// the last step and 0 from step T on. Annealing the step size removes most of the
/// parameter jitter that a constant rate leaves around the game's equilibrium.
/// </summary>
public sealed class LinearDecayLearningRate : LearningRateSchedule
{
    private readonly double _initial;
    private readonly long _totalSteps;

    /// <summary>A rate falling from <paramref name="initial"/> to zero over T steps.</summary>
    /// <param name="initial">eta, finite and > 0.</param>
    /// <param name="totalSteps">T, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">eta is not finite and > 0, or T is below
    /// 1.</exception>
    public LinearDecayLearningRate(double initial, long totalSteps)
    {
        if (!(initial > 0 && double.IsFinite(initial)))
        {
            throw new ArgumentOutOfRangeException(nameof(initial), initial,
                "must be finite and > 0");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(totalSteps, 1);
        _initial = initial;
        _totalSteps = totalSteps;
    }

    /// <inheritdoc />
    public override double At(long step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        return step >= _totalSteps ? 0 : _initial * (1 - ((double)step / _totalSteps));
    }
}
