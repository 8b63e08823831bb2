using System.Text.Json.Nodes;
using AgentSoar.Cacao.OpenC2;
using AgentSoar.Cacao.Problems;

namespace AgentSoar.Cacao.Import;

/// <summary>What the parts of one import share: the mode, the problems, the definitions and the variables in scope.</summary>
internal sealed class ImportContext(CacaoMode mode, ProblemList problems, JsonObject playbook, IReadOnlySet<string> knownCommandTypes, IReadOnlySet<string> knownAgentTypes, OpenC2Catalog? openC2 = null)
{
    public CacaoMode Mode { get; } = mode;

    public ProblemList Problems { get; } = problems;

    public JsonObject Playbook { get; } = playbook;

    public IReadOnlySet<string> KnownCommandTypes { get; } = knownCommandTypes;

    public IReadOnlySet<string> KnownAgentTypes { get; } = knownAgentTypes;

    /// <summary>The connector actions an openc2-http command may become; null when no catalog was given.</summary>
    public OpenC2Catalog? OpenC2 { get; } = openC2;

    /// <summary>AgentSoar names of the playbook variables (read as <c>inputs.name</c>).</summary>
    public HashSet<string> Inputs { get; } = new(StringComparer.Ordinal);

    /// <summary>Inputs the import adds (not from playbook_variables), written after those.</summary>
    public JsonObject AddedInputs { get; } = [];

    /// <summary>Adds an input of type string that the CACAO file lacks; returns its name (made unique).</summary>
    public string AddInput(string name, string description)
    {
        var unique = name;
        for (var i = 2; !Inputs.Add(unique); i++)
        {
            unique = $"{name}_{i}";
        }

        AddedInputs[unique] = new JsonObject { ["type"] = "string", ["description"] = description };
        return unique;
    }

    /// <summary>AgentSoar names of step variables (set by a set step, read as <c>vars.name</c>).</summary>
    public HashSet<string> Vars { get; } = new(StringComparer.Ordinal);

    /// <summary>Start and end steps with a name or description, which has no place: neither becomes an AgentSoar step.</summary>
    public List<string> UnplacedNames { get; } = [];

    /// <summary>Steps whose foreign <c>step_extensions</c> (a layout, say) were left out.</summary>
    public List<string> DroppedExtensions { get; } = [];

    public static string StepPointer(string id) => $"/workflow/{id.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";
}
