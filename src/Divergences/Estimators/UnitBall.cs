using MathNet.Numerics;

namespace GanTheory.Divergences.Estimators;

/// <summary>The volume of the Euclidean unit ball.</summary>
internal static class UnitBall
{
    /// <summary>
    /// ln V_d with V_d = pi^(d/2) / Gamma(d/2 + 1): ln 2 for d = 1, ln pi for d = 2.
    /// </summary>
    public static double LogVolume(int dimension)
    {
        double half = dimension / 2.0;
        return (half * Math.Log(Math.PI)) - SpecialFunctions.GammaLn(half + 1);
    }
}
