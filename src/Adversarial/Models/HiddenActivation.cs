namespace GanTheory.Adversarial.Models;

/// <summary>The nonlinearity applied after every hidden layer of a
/// <see cref="MultilayerPerceptron"/>.</summary>
public enum HiddenActivation
{
    /// <summary>tanh(h): smooth and bounded, so a generator built from it has a smooth
    /// density.</summary>
    Tanh,

    /// <summary>max(h, 0.2 h): the leaky ReLU of slope 0.2 on the negative side.</summary>
    LeakyRelu,

    /// <summary>max(h, 0).</summary>
    Relu,
}
