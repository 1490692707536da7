namespace GanTheory.Divergences.Calculator;

/// <summary>
/// A density or vector expression that could not be read, with the position of the character
/// that is wrong so that a caret can be shown under it.
/// </summary>
public sealed class DensitySyntaxException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="input">The whole expression.</param>
    /// <param name="position">0-based index of the offending character (may equal the length
    /// when the text ended too early).</param>
    public DensitySyntaxException(string message, string input, int position)
        : base(message)
    {
        Input = input;
        Position = Math.Clamp(position, 0, input.Length);
    }

    /// <summary>The whole expression.</summary>
    public string Input { get; }

    /// <summary>0-based index of the offending character.</summary>
    public int Position { get; }

    /// <summary>Two lines: the expression and a caret under the offending character.</summary>
    /// <returns>The expression, a newline, spaces and '^'.</returns>
    public string Caret() => Input + "\n" + new string(' ', Position) + "^";
}
