using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Integration;

namespace GanTheory.Divergences.Measures;

/// <summary>
/// An f-divergence D_f(P || Q) = integral of q f(p / q) for a convex f with f(1) = 0, with the
/// pieces that the f-GAN variational bound needs: the convex conjugate f*(t) = sup_u (t u - f(u))
/// and the derivative f' (the optimal critic is T*(x) = f'(p(x) / q(x))).
/// </summary>
/// <remarks>
/// Conventions where a density is 0: 0 f(0/0) = 0; q &gt; 0 = p gives q f(0); p &gt; 0 = q gives
/// p f'(infinity) with f'(infinity) = lim f(u) / u (so KL and Pearson chi^2 are +infinity there).
/// The presets are normalised so that their values equal <see cref="Divergence"/>'s: the JS
/// preset is f(u) = (u log u - (u + 1) log((u + 1) / 2)) / 2, half the f-GAN paper's generator,
/// so D_f = JSD; Hellinger and TV carry the factor 1/2. Where both densities are positive but
/// log(p / q) &gt; 700 (the ratio would overflow), f(u) / u is evaluated at u = e^700: for KL this
/// undercounts p (log(p / q) - 700) at such points, which is negligible unless p keeps real mass
/// there. The dedicated log-space integrands of <see cref="Divergence"/> have no such cut.
/// </remarks>
public sealed class FDivergence
{
    private const double MaxLogRatio = 700.0;

    /// <summary>Creates an f-divergence from its generator and conjugate.</summary>
    /// <param name="name">A name for reports.</param>
    /// <param name="generator">f(u) for u &gt; 0; convex with f(1) = 0.</param>
    /// <param name="derivative">f'(u) for u &gt; 0.</param>
    /// <param name="conjugate">f*(t); +infinity outside its domain.</param>
    /// <param name="atZero">f(0) = lim f(u) as u -&gt; 0 (may be +infinity).</param>
    /// <param name="slopeAtInfinity">lim f(u) / u as u -&gt; infinity (may be +infinity).</param>
    public FDivergence(
        string name, Func<double, double> generator, Func<double, double> derivative,
        Func<double, double> conjugate, double atZero, double slopeAtInfinity)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(derivative);
        ArgumentNullException.ThrowIfNull(conjugate);
        Name = name;
        Generator = generator;
        Derivative = derivative;
        Conjugate = conjugate;
        AtZero = Guard.NotNaN(atZero, nameof(atZero));
        SlopeAtInfinity = Guard.NotNaN(slopeAtInfinity, nameof(slopeAtInfinity));
    }

    /// <summary>KL(P || Q): f(u) = u log u, f*(t) = e^(t - 1).</summary>
    public static FDivergence KullbackLeibler { get; } = new(
        "KL", u => u * Math.Log(u), u => 1.0
            + Math.Log(u), t => Math.Exp(t - 1.0), 0.0, double.PositiveInfinity);

    /// <summary>KL(Q || P): f(u) = -log u, f*(t) = -1 - log(-t) for t &lt; 0.</summary>
    public static FDivergence ReverseKullbackLeibler { get; } = new(
        "reverse KL", u => -Math.Log(u), u => -1.0 / u,
        t => t < 0.0 ? -1.0 - Math.Log(-t) : double.PositiveInfinity, double.PositiveInfinity, 0.0);

    /// <summary>JSD(P || Q) in nats: f(u) = (u log u - (u + 1) log((u + 1) / 2)) / 2,
    /// f*(t) = -log(2 - e^(2t)) / 2 for t &lt; (ln 2) / 2.</summary>
    public static FDivergence JensenShannon { get; } = new(
        "JSD",
        u => 0.5 * ((u * Math.Log(u)) - ((u + 1.0) * Math.Log((u + 1.0) / 2.0))),
        u => 0.5 * Math.Log(2.0 * u / (u + 1.0)),
        t => t < 0.5 * Math.Log(2.0) ? -0.5 * Math.Log(2.0 - Math.Exp(2.0 * t))
            : double.PositiveInfinity,
        0.5 * Math.Log(2.0),
        0.5 * Math.Log(2.0));

    /// <summary>Squared Hellinger: f(u) = (sqrt u - 1)^2 / 2, f*(t) = t / (1 - 2t) for t &lt;
    /// 1/2.</summary>
    public static FDivergence SquaredHellinger { get; } = new(
        "squared Hellinger",
        u => 0.5 * (Math.Sqrt(u) - 1.0) * (Math.Sqrt(u) - 1.0),
        u => 0.5 * (1.0 - (1.0 / Math.Sqrt(u))),
        t => t < 0.5 ? t / (1.0 - (2.0 * t)) : double.PositiveInfinity,
        0.5,
        0.5);

    /// <summary>Pearson chi^2: f(u) = (u - 1)^2, f*(t) = t + t^2 / 4 for t &gt;= -2 (else
    /// -1).</summary>
    public static FDivergence PearsonChiSquared { get; } = new(
        "Pearson chi^2", u => (u - 1.0) * (u - 1.0), u => 2.0 * (u - 1.0),
        t => t >= -2.0 ? t + (t * t / 4.0) : -1.0, 1.0, double.PositiveInfinity);

    /// <summary>Total variation: f(u) = |u - 1| / 2, f*(t) = max(t, -1/2) for t &lt;=
    /// 1/2.</summary>
    public static FDivergence TotalVariation { get; } = new(
        "TV", u => 0.5 * Math.Abs(u - 1.0), u => 0.5 * Math.Sign(u - 1.0),
        t => t <= 0.5 ? Math.Max(t, -0.5) : double.PositiveInfinity, 0.5, 0.5);

    /// <summary>The name used in reports.</summary>
    public string Name { get; }

    /// <summary>The generator f.</summary>
    public Func<double, double> Generator { get; }

    /// <summary>The derivative f'.</summary>
    public Func<double, double> Derivative { get; }

    /// <summary>The convex conjugate f*.</summary>
    public Func<double, double> Conjugate { get; }

    /// <summary>f(0).</summary>
    public double AtZero { get; }

    /// <summary>lim f(u) / u as u -&gt; infinity.</summary>
    public double SlopeAtInfinity { get; }

    /// <summary>D_f(P || Q) for 1-D densities by adaptive quadrature over the union of
    /// supports.</summary>
    /// <param name="p">P's density.</param>
    /// <param name="q">Q's density.</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>The divergence with its error estimate.</returns>
    public Estimate Compute(IUnivariateDensity p, IUnivariateDensity q,
        QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        return DensityQuadrature.OverUnion(x => Pointwise(p.DensityLn(x), q.DensityLn(x)), p, q,
            options);
    }

    /// <summary>D_f(P || Q) for 2-D densities by adaptive cubature over the hull of both
    /// extents.</summary>
    /// <param name="p">P's density.</param>
    /// <param name="q">Q's density.</param>
    /// <param name="options">Cubature tolerances; null means the defaults.</param>
    /// <returns>The divergence with its error estimate.</returns>
    public Estimate Compute(IBivariateDensity p, IBivariateDensity q,
        QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        return DensityQuadrature.OverUnion((x, y) => Pointwise(p.DensityLn(x, y), q.DensityLn(x,
            y)), p, q, options);
    }

    /// <summary>
    /// The f-GAN variational lower bound E_P[T] - E_Q[f*(T)] &lt;= D_f(P || Q) for a critic T, by
    /// quadrature; equality for T = f'(p / q). A critic that leaves the domain of f* where Q has
    /// mass gives -infinity.
    /// </summary>
    /// <param name="p">P's density.</param>
    /// <param name="q">Q's density.</param>
    /// <param name="critic">The critic T(x); NaN is an error.</param>
    /// <param name="options">Quadrature tolerances; null means the defaults.</param>
    /// <returns>The bound with its error estimate.</returns>
    public Estimate VariationalLowerBound(
        IUnivariateDensity p,
        IUnivariateDensity q,
        Func<double, double> critic,
        QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(critic);
        return DensityQuadrature.OverUnion(x => BoundPointwise(p.DensityLn(x), q.DensityLn(x),
            critic(x)), p, q, options);
    }

    /// <summary>The variational lower bound for 2-D densities and a critic T(x, y).</summary>
    /// <param name="p">P's density.</param>
    /// <param name="q">Q's density.</param>
    /// <param name="critic">The critic T(x, y); NaN is an error.</param>
    /// <param name="options">Cubature tolerances; null means the defaults.</param>
    /// <returns>The bound with its error estimate.</returns>
    public Estimate VariationalLowerBound(
        IBivariateDensity p, IBivariateDensity q, Func<double, double, double> critic,
        QuadratureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(critic);
        return DensityQuadrature.OverUnion(
            (x, y) => BoundPointwise(p.DensityLn(x, y), q.DensityLn(x, y), critic(x,
                y)), p, q, options);
    }

    /// <summary>The optimal critic T*(x) = f'(p(x) / q(x)) for 1-D densities (where the bound is
    /// tight).</summary>
    /// <param name="p">P's density.</param>
    /// <param name="q">Q's density.</param>
    /// <returns>The critic; evaluate it only where q &gt; 0.</returns>
    public Func<double, double> OptimalCritic(IUnivariateDensity p, IUnivariateDensity q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        return x => Derivative(Math.Exp(p.DensityLn(x) - q.DensityLn(x)));
    }

    /// <summary>States the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    // q f(p / q), written as p f(u) / u when u = p / q >= 1 so that neither the ratio's overflow
    // nor q's underflow in a tail breaks it.
    private double Pointwise(double lp, double lq)
    {
        double p = Math.Exp(lp);
        double q = Math.Exp(lq);
        if (double.IsNegativeInfinity(lq))
        {
            return p == 0.0 ? 0.0 : p * SlopeAtInfinity;
        }

        if (double.IsNegativeInfinity(lp))
        {
            return q == 0.0 ? 0.0 : q * AtZero;
        }

        // Both densities are positive, so f'(infinity) does not apply even where p / q overflows
        // a double; f(u) / u is then evaluated at u = e^700 (documented in the remarks).
        double u = Math.Exp(Math.Min(lp - lq, MaxLogRatio));
        if (u >= 1.0)
        {
            return p == 0.0 ? 0.0 : p * Generator(u) / u;
        }

        return q == 0.0 ? 0.0 : q * Generator(u);
    }

    private double BoundPointwise(double lp, double lq, double t)
    {
        if (double.IsNaN(t))
        {
            throw new ArithmeticException("the critic returned NaN");
        }

        double p = Math.Exp(lp);
        double q = Math.Exp(lq);
        double fromP = p == 0.0 ? 0.0 : p * t;
        double fromQ = q == 0.0 ? 0.0 : q * Conjugate(t);
        return fromP - fromQ;
    }
}
