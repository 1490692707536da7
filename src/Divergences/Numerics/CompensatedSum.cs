namespace GanTheory.Divergences.Numerics;

/// <summary>
/// Neumaier's compensated summation: adds many terms of mixed size and sign with an error
/// that does not grow with their number (the integrators sum thousands of pieces).
/// </summary>
internal struct CompensatedSum
{
    private double _sum;
    private double _compensation;

    /// <summary>The compensated total.</summary>
    public readonly double Value => _sum + _compensation;

    /// <summary>Adds one term.</summary>
    public void Add(double term)
    {
        double t = _sum + term;
        _compensation += Math.Abs(_sum) >= Math.Abs(term) ? (_sum - t) + term : (term - t) + _sum;
        _sum = t;
    }

    /// <summary>Starts again from exactly 0.</summary>
    public void Reset()
    {
        _sum = 0.0;
        _compensation = 0.0;
    }
}
