using System.Text.RegularExpressions;

namespace AgentSoar.Cacao.Mapping;

/// <summary>
/// CACAO variables are written <c>__name__</c> and read as <c>__name__:value</c>; AgentSoar names are
/// <c>[a-z_][a-z0-9_]*</c> and read as <c>inputs.name</c> (playbook variables) or <c>vars.name</c> (step variables).
/// </summary>
internal static partial class VariableNames
{
    /// <summary>The AgentSoar name of a CACAO variable: <c>__Data-Site__</c> gives <c>data_site</c>.</summary>
    public static string FromCacao(string cacaoName)
    {
        var inner = cacaoName.Length > 4 && cacaoName.StartsWith("__", StringComparison.Ordinal) && cacaoName.EndsWith("__", StringComparison.Ordinal)
            ? cacaoName[2..^2]
            : cacaoName;
        var name = NotAllowed().Replace(inner.ToLowerInvariant(), "_");
        return name.Length == 0 || char.IsDigit(name[0]) ? "_" + name : name;
    }

    public static string ToCacao(string name) => $"__{name}__";

    /// <summary>A CACAO reference in text: <c>__name__:value</c>. The bare <c>__name__</c> only names a variable (in <c>in_args</c>), so it is left alone.</summary>
    [GeneratedRegex(@"__([a-zA-Z_][a-zA-Z0-9_-]{0,199}?)__:value")]
    public static partial Regex CacaoReference();

    /// <summary>An AgentSoar path to a variable, not preceded by a dot or a letter (so <c>steps.x.inputs.y</c> is not one).</summary>
    [GeneratedRegex(@"(?<![\w.])(inputs|vars)\.([a-z_][a-z0-9_]*)\b")]
    public static partial Regex AgentSoarReference();

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotAllowed();
}
