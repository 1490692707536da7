using static TorchSharp.torch;

namespace GanTheory.Adversarial.Training;

/// <summary>
/// Draws a batch of <paramref name="count"/> examples as a float32 tensor [count, features],
/// using <paramref name="random"/> for every random choice so that a run is reproducible and
/// can be resumed exactly. Samplers that draw from libtorch's generator may ignore it.
/// </summary>
public delegate Tensor BatchSampler(int count, Random random);
