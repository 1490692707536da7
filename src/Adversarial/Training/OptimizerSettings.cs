using System.Diagnostics;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanTheory.Adversarial.Training;

/// <summary>A gradient method and its constants; creates the matching TorchSharp
/// optimiser.</summary>
/// <param name="Kind">SGD with momentum or Adam.</param>
/// <param name="LearningRate">Initial step size eta > 0 (a schedule may change it later).</param>
/// <param name="Momentum">SGD's momentum coefficient mu in [0, 1); ignored by Adam.</param>
/// <param name="Beta1">Adam's first-moment decay beta1 in [0, 1); ignored by SGD.</param>
/// <param name="Beta2">Adam's second-moment decay beta2 in [0, 1); ignored by SGD.</param>
public sealed record OptimizerSettings(
    OptimizerKind Kind, double LearningRate, double Momentum, double Beta1, double Beta2)
{
    /// <summary>Checks every field; NaN fails every check.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A constant is out of range or NaN.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "expected Sgd or Adam");
        }
        if (!(LearningRate > 0 && double.IsFinite(LearningRate)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(LearningRate), LearningRate, "must be finite and > 0");
        }
        RequireUnitInterval(Momentum, nameof(Momentum));
        RequireUnitInterval(Beta1, nameof(Beta1));
        RequireUnitInterval(Beta2, nameof(Beta2));
    }

    /// <summary>Creates the optimiser over <paramref name="parameters"/>.</summary>
    public OptimizerHelper Create(IEnumerable<Parameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validate();
        return Kind switch
        {
            OptimizerKind.Sgd => optim.SGD(parameters, LearningRate, Momentum),
            OptimizerKind.Adam => optim.Adam(parameters, LearningRate, Beta1, Beta2),
            _ => throw new UnreachableException($"unknown optimizer {Kind}"),
        };
    }

    private static void RequireUnitInterval(double value, string name)
    {
        if (!(value >= 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "must be in [0, 1)");
        }
    }
}
