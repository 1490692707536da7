using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Training;

/// <summary>
/// Stochastic gradient descent with classic momentum as pylearn2 implements it:
/// v &lt;- mu v - eta g, then theta &lt;- theta + v. (PyTorch's SGD keeps v &lt;- mu v + g and
/// steps by -eta v, which differs whenever eta changes, as it does here every iteration.)
/// </summary>
public sealed class ClassicMomentum : IDisposable
{
    private readonly Parameter[] _parameters;
    private readonly Tensor[] _velocities;

    /// <summary>Starts with zero velocity for each parameter.</summary>
    public ClassicMomentum(IEnumerable<Parameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = [.. parameters];
        _velocities = [.. _parameters.Select(p => zeros_like(p).DetachFromDisposeScope())];
    }

    /// <summary>The parameters, in the order the gradients must come.</summary>
    public IReadOnlyList<Parameter> Parameters => _parameters;

    /// <summary>One velocity per parameter (same shapes), for checkpoints.</summary>
    public IReadOnlyList<Tensor> Velocities => _velocities;

    /// <summary>
    /// Applies one update with the given gradients (one per parameter, in order).
    /// </summary>
    public void Step(IList<Tensor> gradients, double learningRate, double momentum)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        if (gradients.Count != _parameters.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(gradients), gradients.Count, $"expected {_parameters.Length} gradients");
        }

        using (no_grad())
        {
            for (int i = 0; i < _parameters.Length; i++)
            {
                _velocities[i].mul_(momentum).add_(gradients[i], alpha: -learningRate);
                _parameters[i].add_(_velocities[i]);
            }
        }
    }

    /// <summary>Disposes the velocity tensors.</summary>
    public void Dispose()
    {
        foreach (Tensor velocity in _velocities)
        {
            velocity.Dispose();
        }
    }
}
