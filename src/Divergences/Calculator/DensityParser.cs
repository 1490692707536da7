using System.Globalization;
using GanTheory.Divergences.Densities;

namespace GanTheory.Divergences.Calculator;

/// <summary>
/// Reads densities written in the calculator syntax (spaces are ignored):
/// <code>
/// normal(mean, sd)                    1-D normal, sd the standard deviation
/// uniform(lower, upper)               1-D uniform
/// normal2(mx, my, sxx, sxy, syy)      2-D normal with covariance [[sxx, sxy], [sxy, syy]]
/// box(xlower, xupper, ylower, yupper) 2-D uniform on a box
/// ring8  or  ring8(radius, sigma)     8 Gaussians on a circle (default radius 1, sigma 0.01)
/// grid25 or  grid25(sigma)            25 Gaussians on {-4,-2,0,2,4}^2 (default sigma 0.05)
/// mixture(w1*density, w2*density, ...) weights summing to 1, components of one dimension
/// </code>
/// and probability vectors such as <c>[0.5, 0.5]</c>. Numbers use '.' as the decimal point and
/// may have an exponent. Errors throw <see cref="DensitySyntaxException"/> pointing at the
/// character that is wrong (an invalid parameter points at that argument).
/// </summary>
public sealed class DensityParser
{
    private static readonly Dictionary<string, string[]> Parameters = new()
    {
        ["normal"] = ["mean", "standardDeviation"],
        ["uniform"] = ["lower", "upper"],
        ["normal2"] = ["meanX", "meanY", "sxx", "sxy", "syy"],
        ["box"] = ["xLower", "xUpper", "yLower", "yUpper"],
        ["ring8"] = ["radius", "standardDeviation"],
        ["grid25"] = ["standardDeviation"],
    };

    private readonly string _text;
    private int _position;

    private DensityParser(string text)
    {
        _text = text;
    }

    /// <summary>Reads one density expression.</summary>
    /// <param name="text">The expression, for example <c>mixture(0.3*normal(-2,0.5),
    /// 0.7*normal(1,1))</c>.</param>
    /// <returns>The density.</returns>
    /// <exception cref="DensitySyntaxException">The text is not a valid density.</exception>
    public static ParsedDensity Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new DensityParser(text);
        ParsedDensity density = parser.Density();
        parser.ExpectEnd();
        return density;
    }

    /// <summary>Reads a probability vector such as <c>[0.3, 0.3, 0.4]</c> (the brackets are
    /// optional).</summary>
    /// <param name="text">The vector.</param>
    /// <returns>Its entries, each &gt;= 0 (not yet checked to sum to 1).</returns>
    /// <exception cref="DensitySyntaxException">The text is not a list of numbers, or an entry is
    /// negative (the caret points at it).</exception>
    public static double[] ParseVector(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new DensityParser(text);
        bool bracketed = parser.TryConsume('[');
        var values = new List<double>();
        do
        {
            parser.SkipSpaces();
            int at = parser._position;
            double value = parser.Number();
            if (!(value >= 0.0))
            {
                throw parser.Error(FormattableString.Invariant(
                    $"entry {values.Count + 1} is {value:R}; entries must be >= 0"), at);
            }

            values.Add(value);
        }
        while (parser.TryConsume(','));

        if (bracketed)
        {
            parser.Expect(']', "',' or ']'");
        }

        parser.ExpectEnd();
        return [.. values];
    }

    private ParsedDensity Density()
    {
        SkipSpaces();
        int nameAt = _position;
        string name = Name();
        if (name == "mixture")
        {
            return Mixture(nameAt);
        }

        if (!Parameters.TryGetValue(name, out string[]? parameterNames))
        {
            throw Error(
                $"unknown density '{name}'; expected normal, uniform, mixture, normal2, box, ring8 "
                + "or grid25",
                nameAt);
        }

        (double[] values, int[] positions) = Arguments(name, parameterNames);
        try
        {
            return Build(name, values);
        }
        catch (ArgumentOutOfRangeException e)
        {
            int index = Array.IndexOf(parameterNames, e.ParamName);
            int at = index >= 0 && index < positions.Length ? positions[index] : nameAt;
            string message = e.Message.Split(" (Parameter")[0];
            throw Error(FormattableString.Invariant($"{name}: {e.ParamName} = {e.ActualValue} ")
                + FormattableString.Invariant($"{message}"), at);
        }
    }

    private static ParsedDensity Build(string name, double[] v) => name switch
    {
        "normal" => new ParsedDensity(new Normal(v[0], v[1]), null),
        "uniform" => new ParsedDensity(new Uniform(v[0], v[1]), null),
        "normal2" => new ParsedDensity(null, new BivariateNormal(v[0], v[1], v[2], v[3], v[4])),
        "box" => new ParsedDensity(null, new UniformBox(v[0], v[1], v[2], v[3])),
        "ring8" => new ParsedDensity(null, v.Length == 0 ? BenchmarkTargets.Ring8()
            : BenchmarkTargets.Ring8(v[0], v[1])),
        "grid25" => new ParsedDensity(null, v.Length == 0 ? BenchmarkTargets.Grid25()
            : BenchmarkTargets.Grid25(v[0])),
        _ => throw new InvalidOperationException("unreachable: names are checked against "
            + "Parameters"),
    };

    // name(a, b, ...) with exactly the listed arguments; ring8 and grid25 may omit them all.
    private (double[] Values, int[] Positions) Arguments(string name, string[] parameterNames)
    {
        bool optional = name is "ring8" or "grid25";
        SkipSpaces();
        if (optional && (_position >= _text.Length || _text[_position] is ',' or ')'))
        {
            return ([], []);
        }

        Expect('(', "'('");
        var values = new List<double>();
        var positions = new List<int>();
        do
        {
            SkipSpaces();
            positions.Add(_position);
            values.Add(Number());
        }
        while (TryConsume(','));

        SkipSpaces();
        int closeAt = _position;
        Expect(')', "',' or ')'");
        if (values.Count != parameterNames.Length)
        {
            int at = values.Count > parameterNames.Length ? positions[parameterNames.Length]
                : closeAt;
            throw Error(
                $"{name} takes {parameterNames.Length} arguments "
                    + $"({string.Join(", ", parameterNames)}); "
                + $"got {values.Count}",
                at);
        }

        return ([.. values], [.. positions]);
    }

    private ParsedDensity Mixture(int nameAt)
    {
        Expect('(', "'('");
        var weights = new List<double>();
        var components = new List<ParsedDensity>();
        do
        {
            SkipSpaces();
            int weightAt = _position;
            double weight = Number();
            if (!(weight >= 0.0))
            {
                throw Error(FormattableString.Invariant(
                    $"mixture: weight {weights.Count + 1} is {weight:R}; weights must be >= 0"),
                    weightAt);
            }

            weights.Add(weight);
            Expect('*', "'*' between a weight and its density");
            SkipSpaces();
            int componentAt = _position;
            ParsedDensity component = Density();
            if (components.Count > 0 && component.Dimension != components[0].Dimension)
            {
                throw Error(
                    $"mixture components must all be {components[0].Dimension}-D; "
                    + $"this one is {component.Dimension}-D",
                    componentAt);
            }

            components.Add(component);
        }
        while (TryConsume(','));

        Expect(')', "',' or ')'");
        try
        {
            return components[0].Dimension == 1
                ? new ParsedDensity(new Mixture(weights,
                    components.Select(c => c.Univariate!).ToArray()), null)
                : new ParsedDensity(null, new BivariateMixture(weights,
                    components.Select(c => c.Bivariate!).ToArray()));
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw Error("mixture: " + e.Message.Split(" (Parameter")[0], nameAt);
        }
    }

    private string Name()
    {
        int start = _position;
        while (_position < _text.Length && char.IsAsciiLetterOrDigit(_text[_position]))
        {
            _position++;
        }

        if (_position == start)
        {
            throw Error("expected a density name such as normal, uniform or mixture", start);
        }

        return _text[start.._position];
    }

    private double Number()
    {
        SkipSpaces();
        int start = _position;
        if (_position < _text.Length && _text[_position] is '+' or '-')
        {
            _position++;
        }

        int digits = Digits();
        if (_position < _text.Length && _text[_position] == '.')
        {
            _position++;
            digits += Digits();
        }

        if (digits == 0)
        {
            _position = start;
            throw Error("expected a number", start);
        }

        if (_position < _text.Length && _text[_position] is 'e' or 'E')
        {
            int exponentAt = _position;
            _position++;
            if (_position < _text.Length && _text[_position] is '+' or '-')
            {
                _position++;
            }

            if (Digits() == 0)
            {
                throw Error("expected digits in the exponent", exponentAt + 1);
            }
        }

        return double.Parse(_text.AsSpan(start, _position - start), NumberStyles.Float,
            CultureInfo.InvariantCulture);
    }

    private int Digits()
    {
        int start = _position;
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }

        return _position - start;
    }

    private bool TryConsume(char c)
    {
        SkipSpaces();
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c, string what)
    {
        if (!TryConsume(c))
        {
            throw Error($"expected {what}", _position);
        }
    }

    private void ExpectEnd()
    {
        SkipSpaces();
        if (_position < _text.Length)
        {
            throw Error($"unexpected '{_text[_position]}' after the end of the expression",
                _position);
        }
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private DensitySyntaxException Error(string message, int position)
    {
        string found = position < _text.Length
            ? FormattableString.Invariant($" (found '{_text[position]}' at column {position + 1})")
            : " (found the end of the text)";
        return new DensitySyntaxException(message + found, _text, position);
    }
}
