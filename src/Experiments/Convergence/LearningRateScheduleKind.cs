namespace GanTheory.Experiments.Convergence;

/// <summary>How the learning rate evolves over the generator steps.</summary>
internal enum LearningRateScheduleKind
{
    /// <summary>Falls linearly from the initial rate to zero at the last step.</summary>
    Linear,

    /// <summary>Stays at the initial rate.</summary>
    Constant,
}
