using GanTheory.Experiments.Convergence;

namespace GanTheory.Experiments.FigureOne;

/// <summary>One panel of the reproduced Figure 1: a frozen state of the game and its
/// caption.</summary>
/// <param name="Letter">(a) to (d).</param>
/// <param name="Caption">What the panel shows, after the paper's caption.</param>
/// <param name="Snapshot">p_data, p_g, D and D* at that moment.</param>
/// <param name="Jsd">JSD(p_data || p_g) at that moment, in nats.</param>
internal sealed record FigureOnePanel(
    char Letter, string Caption, GeneratorSnapshot Snapshot, double Jsd)
{
    /// <summary>An earlier state whose p_g is drawn faintly, to show where p_g came from.</summary>
    public GeneratorSnapshot? Before { get; init; }
}
