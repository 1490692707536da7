namespace GanTheory.Adversarial.Training;

/// <summary>eta_t = eta for every step.</summary>
public sealed class ConstantLearningRate : LearningRateSchedule
{
    private readonly double _rate;

    /// <summary>A fixed rate.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is not finite and > 0.</exception>
    public ConstantLearningRate(double rate)
    {
        if (!(rate > 0 && double.IsFinite(rate)))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "must be finite and > 0");
        }
        _rate = rate;
    }

    /// <inheritdoc />
    public override double At(long step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        return _rate;
    }
}
