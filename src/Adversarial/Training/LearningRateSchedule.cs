using static TorchSharp.torch;

namespace GanTheory.Adversarial.Training;

/// <summary>
/// A learning rate as a pure function of the step number, so a resumed run sets exactly the
/// rates an uninterrupted one would (no scheduler state to save).
/// </summary>
public abstract class LearningRateSchedule
{
    /// <summary>The rate for step <paramref name="step"/> (0-based), > 0 or 0.</summary>
    public abstract double At(long step);

    /// <summary>Sets every parameter group of <paramref name="optimizer"/> to the rate of
    /// step.</summary>
    public void Apply(optim.Optimizer optimizer, long step)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        double rate = At(step);
        foreach (TorchSharp.Modules.ParamGroup group in optimizer.ParamGroups)
        {
            group.LearningRate = rate;
        }
    }
}
