namespace GanTheory.Experiments.Convergence;

/// <summary>
/// Remembers f(x) for every x it has seen, so several integrals of the same expensive function
/// over the same quadrature nodes evaluate it once per node. Not thread-safe.
/// </summary>
internal sealed class MemoizedFunction(Func<double, double> f)
{
    private readonly Dictionary<double, double> _values = [];

    public double Evaluate(double x)
    {
        if (!_values.TryGetValue(x, out double value))
        {
            value = f(x);
            _values[x] = value;
        }
        return value;
    }
}
