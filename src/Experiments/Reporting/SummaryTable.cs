using GanTheory.Experiments.Convergence;
using Spectre.Console;
using static System.FormattableString;

namespace GanTheory.Experiments.Reporting;

/// <summary>The closing table of `run convergence`: each claim of the theory and whether it
/// held.</summary>
internal static class SummaryTable
{
    public static void Render(IAnsiConsole console, ConvergenceSummary summary)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(summary);

        var table = new Table()
            .Title("Did the paper's theory hold in this run?")
            .AddColumn("Claim (Goodfellow et al. 2014, Section 4)")
            .AddColumn("What this run measured")
            .AddColumn(new TableColumn("Verdict").Centered());
        foreach (TheoryCheck check in summary.Checks)
        {
            table.AddRow(
                new Text(check.Claim),
                new Text(check.Evidence),
                new Markup(check.Held ? "[green]held[/]" : "[red]did not hold[/]"));
        }
        console.Write(table);

        CheckpointMetrics last = summary.Final;
        console.WriteLine(Invariant($"Final (step {last.Step}): JSD = {last.Jsd:F5} nats, ")
            + Invariant($"C(G) = {last.CriterionOfG:F5} (minimum -ln 4 = {-Math.Log(4):F5}), ")
            + Invariant($"V(G,D) = {last.ValueMonteCarlo:F5} ± {last.ValueStandardError:F5}, ")
            + Invariant($"mean |D - D*| = {last.OptimalDiscriminatorError:F4}."));

        int held = summary.Checks.Count(c => c.Held);
        console.WriteLine(summary.AllHeld
            ? "Every claim held: the generator's distribution approached the data's, and the "
              + "discriminator approached D* and 1/2, as the theory predicts."
            : Invariant($"{held} of {summary.Checks.Count} claims held. A claim that did not hold ")
              + "usually means training stopped short of the equilibrium (try more --steps), "
              + "not that the theory is wrong; see docs/convergence.md.");
    }
}
