namespace GanTheory.Divergences.Integration;

/// <summary>
/// The 15-point Gauss-Kronrod rule with its embedded 7-point Gauss rule (QUADPACK's QK15
/// nodes and weights). |K15 - G7| on an interval is its error estimate: conservative,
/// because it estimates the error of G7 while K15 is far more accurate on smooth integrands.
/// </summary>
internal static class GaussKronrod15
{
    // Kronrod nodes on [0, 1]; the odd indices (1, 3, 5) and the centre are also Gauss nodes.
    private static readonly double[] Nodes =
    [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0,
    ];

    private static readonly double[] KronrodWeights =
    [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ];

    // Gauss weights for Nodes[1], Nodes[3], Nodes[5] and the centre Nodes[7].
    private static readonly double[] GaussWeights =
    [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    ];

    /// <summary>Applies the rule to f on [a, b].</summary>
    /// <returns>The K15 value and |K15 - G7|; an infinite value if f is infinite at a
    /// node.</returns>
    public static (double Value, double Error) Apply(Func<double, double> f, double a, double b)
    {
        double centre = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double fc = f(centre);
        double kronrod = KronrodWeights[7] * fc;
        double gauss = GaussWeights[3] * fc;
        for (int j = 0; j < 7; j++)
        {
            double dx = half * Nodes[j];
            double pair = f(centre - dx) + f(centre + dx);
            kronrod += KronrodWeights[j] * pair;
            if (j % 2 == 1)
            {
                gauss += GaussWeights[j / 2] * pair;
            }
        }

        return (kronrod * half, Math.Abs((kronrod - gauss) * half));
    }
}
