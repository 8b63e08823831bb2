using System.Text.Json.Nodes;
using AgentSoar.Cacao.Mapping;
using AgentSoar.Cacao.OpenC2;
using AgentSoar.Cacao.Problems;

namespace AgentSoar.Cacao.Export;

/// <summary>What the parts of one export share: the workflow being written, the definitions it refers to, the problems.</summary>
internal sealed class ExportContext(CacaoMode mode, ProblemList problems, string playbookId, IReadOnlySet<string> knownCommandTypes, IReadOnlySet<string> knownAgentTypes, OpenC2Catalog? openC2 = null)
{
    public CacaoMode Mode { get; } = mode;

    public ProblemList Problems { get; } = problems;

    /// <summary>The CACAO id of the playbook; the ids export derives are derived from it.</summary>
    public string PlaybookId { get; } = playbookId;

    public IReadOnlySet<string> KnownCommandTypes { get; } = knownCommandTypes;

    public IReadOnlySet<string> KnownAgentTypes { get; } = knownAgentTypes;

    /// <summary>The connector actions with an OpenC2 equivalent, which are written as openc2-http commands; null for none.</summary>
    public OpenC2Catalog? OpenC2 { get; } = openC2;

    public JsonObject Workflow { get; } = [];

    public JsonObject Agents { get; } = [];

    public JsonObject Targets { get; } = [];

    /// <summary>
    /// The CACAO step each AgentSoar step is written as (or rides on), by the step's <c>line:column</c> in the playbook,
    /// which is where export reports its problems: the report gives both.
    /// </summary>
    public Dictionary<string, string> CacaoStepAt { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether any step uses the AgentSoar extension, so the playbook must define it.</summary>
    public bool UsesExtension { get; set; }

    /// <summary>A new end step, for the branch (or the playbook) named by <paramref name="key"/>.</summary>
    public string NewEnd(string key)
    {
        var id = CacaoIds.For("end", $"{PlaybookId}/{key}/end");
        Workflow[id] = new JsonObject { ["type"] = "end" };
        return id;
    }

    public JsonObject Extension(JsonObject step)
    {
        UsesExtension = true;
        return AgentSoarExtension.Ensure(step, "step_extensions");
    }
}
