namespace GanTheory.Experiments.Convergence;

/// <summary>One claim of the paper's theory, what the run measured, and whether it held.</summary>
/// <param name="Claim">The claim in words, with where the paper makes it.</param>
/// <param name="Evidence">The measured numbers behind the verdict.</param>
/// <param name="Held">True when the measurements agree with the claim within the stated
/// limit.</param>
internal sealed record TheoryCheck(string Claim, string Evidence, bool Held);
