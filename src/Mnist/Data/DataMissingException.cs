namespace GanTheory.Mnist.Data;

/// <summary>
/// A data set's files are not where they were looked for. <see cref="Exception.Message"/> says
/// where they were looked for and the one command that fetches them.
/// </summary>
public sealed class DataMissingException : Exception
{
    /// <summary>Creates the exception with the message shown to the user.</summary>
    public DataMissingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the message shown to the user and its cause.</summary>
    public DataMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public DataMissingException()
        : base("data files are missing")
    {
    }
}
