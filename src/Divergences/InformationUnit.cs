namespace GanTheory.Divergences;

/// <summary>The unit of an information quantity (KL, JSD, entropy).</summary>
public enum InformationUnit
{
    /// <summary>Natural logarithm (the default everywhere in this library).</summary>
    Nats,

    /// <summary>Base-2 logarithm: nats divided by ln 2.</summary>
    Bits,
}
