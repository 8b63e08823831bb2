using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Cacao.Export;
using AgentSoar.Cacao.Mapping;
using AgentSoar.Cacao.OpenC2;
using AgentSoar.Cacao.Problems;
using AgentSoar.Cacao.Schemas;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cacao;

/// <summary>Converts an AgentSoar playbook (YAML) into an OASIS CACAO 2.0 playbook (JSON).</summary>
public static class CacaoExporter
{
    private static readonly JsonSerializerOptions Output = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Loads <paramref name="yaml"/> with the playbook loader (so only a valid playbook is exported) and converts it.
    /// Never throws for bad content: every problem is in the result.
    /// </summary>
    /// <param name="yaml">The playbook.</param>
    /// <param name="fileName">The file it came from, for messages.</param>
    /// <param name="outputName">The name the JSON will be written under, for schema errors in it.</param>
    /// <param name="schemas">The official CACAO schemas; required in strict mode, where the result must pass them.</param>
    /// <param name="mode">Strict or tolerant.</param>
    /// <param name="clock">Gives the <c>created</c> and <c>modified</c> times.</param>
    /// <param name="openC2">Connector actions with an OpenC2 equivalent: a step running one is written as an openc2-http command. Null: none is.</param>
    public static CacaoConversionResult Export(string yaml, string fileName, string outputName, JsonSchemaSet? schemas, CacaoMode mode, TimeProvider clock, OpenC2Catalog? openC2 = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(outputName);
        ArgumentNullException.ThrowIfNull(clock);
        if (mode == CacaoMode.Strict && schemas is null)
        {
            throw new ArgumentException("strict mode needs the CACAO schemas", nameof(schemas));
        }

        var problems = new ProblemList(fileName);
        var loaded = PlaybookLoader.LoadText(yaml, fileName);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            problems.Error($"{diagnostic.Location.Line}:{diagnostic.Location.Column}", diagnostic.Message);
        }

        if (loaded.Playbook is not { } playbook || problems.HasErrors)
        {
            return new CacaoConversionResult(null, problems.Items);
        }

        var (cacao, stepAt) = Convert(playbook, problems, mode, schemas, clock, openC2);
        var result = problems.Items.Select(p => p.CacaoStep is null && stepAt.TryGetValue(p.Location, out var step) ? p with { CacaoStep = step } : p).ToList();
        if (mode == CacaoMode.Strict)
        {
            result.AddRange(new JsonSchemaValidator(schemas!).Validate(cacao, "playbook.json")
                .Select(e => new CacaoProblem(outputName, e.Pointer, CacaoSeverity.Error, $"the CACAO playbook written does not pass the schema: {e.Message}", CacaoProblem.StepIn(e.Pointer))));
        }

        return new CacaoConversionResult(result.Exists(p => p.IsError) ? null : cacao.ToJsonString(Output) + "\n", result);
    }

    private static (JsonObject Cacao, IReadOnlyDictionary<string, string> StepAt) Convert(Playbook playbook, ProblemList problems, CacaoMode mode, JsonSchemaSet? schemas, TimeProvider clock, OpenC2Catalog? openC2)
    {
        var id = CacaoIds.For("playbook", playbook.Id, playbook.Id);
        var context = new ExportContext(
            mode,
            problems,
            id,
            mode == CacaoMode.Strict ? schemas!.TypesIn("commands") : CacaoVocabulary.CommandTypes,
            mode == CacaoMode.Strict ? schemas!.TypesIn("agent-target") : CacaoVocabulary.AgentTargetTypes,
            openC2);
        var createdBy = CacaoIds.For("identity", "agentsoar");
        var now = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var cacao = new JsonObject
        {
            ["type"] = "playbook",
            ["spec_version"] = "cacao-2.0",
            ["id"] = id,
            ["name"] = playbook.Metadata.Name,
        };
        if (playbook.Metadata.Description is { } description)
        {
            cacao["description"] = description;
        }

        cacao["created_by"] = createdBy;
        cacao["created"] = now;
        cacao["modified"] = now;
        if (playbook.Metadata.Tags.Count > 0)
        {
            cacao["labels"] = new JsonArray(playbook.Metadata.Tags.Select(t => JsonValue.Create(t)).ToArray());
        }

        if (playbook.Inputs.Count > 0)
        {
            cacao["playbook_variables"] = Variables(playbook.Inputs);
        }

        var start = CacaoIds.For("start", $"{id}/start");
        context.Workflow[start] = new JsonObject { ["type"] = "start" };
        context.Workflow[start]!["on_completion"] = new StepExporter(context).List(playbook.Steps, context.NewEnd("playbook"), ownEnd: true);
        cacao["workflow_start"] = start;
        cacao["workflow"] = context.Workflow;
        AddDefinitions(cacao, context);
        var extension = PlaybookExtension(playbook);
        if (extension.Count > 1)
        {
            context.UsesExtension = true;
            cacao["playbook_extensions"] = new JsonObject { [AgentSoarExtension.Id] = extension };
        }

        if (context.UsesExtension)
        {
            cacao["extension_definitions"] = new JsonObject { [AgentSoarExtension.Id] = AgentSoarExtension.Definition(createdBy) };
        }

        return (cacao, context.CacaoStepAt);
    }

    private static JsonObject Variables(IReadOnlyList<InputDefinition> inputs)
    {
        var variables = new JsonObject();
        foreach (var input in inputs)
        {
            var value = input.Default switch
            {
                null => null,
                JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
                { } other => other.ToJsonString(),
            };
            var variable = new JsonObject { ["type"] = VariableTypes.ToCacao(input.Type.ToString().ToLowerInvariant(), value) };
            if (input.Description is not null)
            {
                variable["description"] = input.Description;
            }

            if (value is not null)
            {
                variable["value"] = value;
            }

            if (input.Required || input.From is not null)
            {
                variable["external"] = true;
            }

            variables[VariableNames.ToCacao(input.Name)] = variable;
        }

        return variables;
    }

    private static void AddDefinitions(JsonObject cacao, ExportContext context)
    {
        if (context.Agents.Count > 0)
        {
            cacao["agent_definitions"] = context.Agents;
        }

        if (context.Targets.Count > 0)
        {
            cacao["target_definitions"] = context.Targets;
        }
    }

    /// <summary>What only AgentSoar has at the playbook level: triggers, outputs, and how inputs are filled from the alert.</summary>
    private static JsonObject PlaybookExtension(Playbook playbook)
    {
        var extension = new JsonObject { ["type"] = AgentSoarExtension.Type };
        if (playbook.Triggers.Count > 0)
        {
            extension["triggers"] = new JsonArray(playbook.Triggers.Select(t => (JsonNode)new JsonObject { ["match"] = TemplateSource.Value(t.Match) }).ToArray());
        }

        var sources = playbook.Inputs.Where(i => i.From is not null).ToList();
        if (sources.Count > 0)
        {
            extension["input_from"] = new JsonObject(sources.Select(i => KeyValuePair.Create(i.Name, TemplateSource.Value(i.From!))));
        }

        if (playbook.Outputs.Count > 0)
        {
            extension["outputs"] = new JsonObject(playbook.Outputs.Select(o => KeyValuePair.Create(o.Name, TemplateSource.Value(o.Value))));
        }

        return extension;
    }
}
