namespace GanTheory.Adversarial.Training;

/// <summary>The gradient methods Algorithm 1 can use.</summary>
public enum OptimizerKind
{
    /// <summary>Stochastic gradient descent with classical momentum, as in the paper.</summary>
    Sgd,

    /// <summary>Adam (Kingma and Ba, 2015).</summary>
    Adam,
}
