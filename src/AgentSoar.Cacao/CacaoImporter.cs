using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Cacao.Import;
using AgentSoar.Cacao.Mapping;
using AgentSoar.Cacao.OpenC2;
using AgentSoar.Cacao.Problems;
using AgentSoar.Cacao.Schemas;
using AgentSoar.Cacao.Yaml;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Cacao;

/// <summary>Converts an OASIS CACAO 2.0 playbook (JSON) into an AgentSoar playbook (YAML, apiVersion agentsoar/v1).</summary>
public static class CacaoImporter
{
    /// <summary>
    /// Converts <paramref name="json"/>, read from <paramref name="fileName"/>. Never throws for bad content: every
    /// problem is in the result, at a JSON pointer into the CACAO file (or a line in the YAML written).
    /// </summary>
    /// <param name="json">The CACAO playbook.</param>
    /// <param name="fileName">The file it came from, for messages.</param>
    /// <param name="outputName">The name the YAML will be written under, for messages about it.</param>
    /// <param name="schemas">The official CACAO schemas; required in strict mode.</param>
    /// <param name="mode">Strict: the file must pass the schemas. Tolerant: unknown types are kept and reported.</param>
    /// <param name="openC2">
    /// Connector actions with an OpenC2 equivalent: an openc2-http command that matches one becomes that action. Null:
    /// every openc2-http command is kept as it is.
    /// </param>
    public static CacaoConversionResult Import(string json, string fileName, string outputName, JsonSchemaSet? schemas, CacaoMode mode, OpenC2Catalog? openC2 = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(outputName);
        if (mode == CacaoMode.Strict && schemas is null)
        {
            throw new ArgumentException("strict mode needs the CACAO schemas", nameof(schemas));
        }

        var problems = new ProblemList(fileName);
        if (Parse(json, problems) is not { } root)
        {
            return new CacaoConversionResult(null, problems.Items);
        }

        if (mode == CacaoMode.Strict)
        {
            foreach (var error in new JsonSchemaValidator(schemas!).Validate(root, "playbook.json"))
            {
                problems.Error(error.Pointer, error.Message);
            }
        }

        var context = new ImportContext(mode, problems, root, KnownTypes(schemas, mode, "commands", CacaoVocabulary.CommandTypes), KnownTypes(schemas, mode, "agent-target", CacaoVocabulary.AgentTargetTypes), openC2);
        var playbook = Convert(context, root);
        if (problems.HasErrors)
        {
            return new CacaoConversionResult(null, problems.Items);
        }

        var yaml = YamlWriter.Write(playbook, [$"Imported from CACAO 2.0 playbook {WorkflowGraph.Text(root, "id")} by agentsoar cacao import."]);
        var loaded = PlaybookLoader.LoadText(yaml, outputName);
        var result = new List<CacaoProblem>(problems.Items);
        result.AddRange(loaded.Diagnostics.Select(d => new CacaoProblem(d.Location.File, $"{d.Location.Line}:{d.Location.Column}", CacaoSeverity.Error, $"the converted playbook is not valid: {d.Message}")));
        return new CacaoConversionResult(loaded.Succeeded ? yaml : null, result);
    }

    private static JsonObject? Parse(string json, ProblemList problems)
    {
        try
        {
            if (JsonNode.Parse(json) is JsonObject root)
            {
                return root;
            }

            problems.Error("/", "a CACAO playbook is a JSON object");
        }
        catch (JsonException e)
        {
            problems.Error($"{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}", $"not valid JSON: {e.Message}");
        }

        return null;
    }

    private static JsonObject Convert(ImportContext context, JsonObject root)
    {
        if (WorkflowGraph.Text(root, "spec_version") != "cacao-2.0")
        {
            context.Problems.ByMode(context.Mode, "/spec_version", $"spec_version is '{WorkflowGraph.Text(root, "spec_version")}'; this converter reads cacao-2.0");
        }

        var lost = CacaoVocabulary.UnmappedPlaybookProperties.Where(root.ContainsKey).ToList();
        if (lost.Count > 0)
        {
            context.Problems.Warning("/", $"left out (an AgentSoar playbook has no place for them): {string.Join(", ", lost)}");
        }

        var id = WorkflowGraph.Text(root, "id") ?? "cacao-playbook";
        var playbook = new JsonObject
        {
            ["apiVersion"] = "agentsoar/v1",
            ["kind"] = "Playbook",
            ["metadata"] = Metadata(root, id),
        };
        var extension = AgentSoarExtension.Read(root, "playbook_extensions");
        if (extension?["triggers"] is JsonArray triggers)
        {
            playbook["triggers"] = triggers.DeepClone();
        }

        var inputs = root["playbook_variables"] is JsonObject variables ? InputConverter.Convert(context, variables) : [];
        RestoreInputSources(inputs, extension);
        playbook["inputs"] = inputs;
        var graph = new WorkflowGraph(root["workflow"] as JsonObject ?? []);
        playbook["steps"] = new WorkflowStructurer(context, graph).Structure(WorkflowGraph.Text(root, "workflow_start") ?? string.Empty);
        foreach (var (name, added) in context.AddedInputs.ToList())
        {
            context.AddedInputs.Remove(name);
            inputs[name] = added;
        }

        if (inputs.Count == 0)
        {
            playbook.Remove("inputs");
        }
        if (extension?["outputs"] is JsonObject outputs)
        {
            playbook["outputs"] = outputs.DeepClone();
        }

        if (context.UnplacedNames.Count > 0)
        {
            context.Problems.Warning("/workflow", $"the names and descriptions of {context.UnplacedNames.Count} start and end step(s) are left out (an AgentSoar playbook has no start or end step to carry them): {string.Join(", ", context.UnplacedNames)}");
        }

        if (context.DroppedExtensions.Count > 0)
        {
            context.Problems.Warning("/workflow", $"the step_extensions of {context.DroppedExtensions.Count} step(s) are left out (only AgentSoar's own extension is read): {string.Join(", ", context.DroppedExtensions)}");
        }

        return playbook;
    }

    private static JsonObject Metadata(JsonObject root, string id)
    {
        var metadata = new JsonObject
        {
            ["id"] = StepIds.From(id).TrimStart('_'),
            ["name"] = WorkflowGraph.Text(root, "name") ?? id,
        };
        if (WorkflowGraph.Text(root, "description") is { } description)
        {
            metadata["description"] = description;
        }

        if (root["labels"] is JsonArray labels && labels.Count > 0)
        {
            metadata["tags"] = labels.DeepClone();
        }

        return metadata;
    }

    /// <summary>An input's <c>from</c> (how it is filled from the alert) only comes back from an AgentSoar export.</summary>
    private static void RestoreInputSources(JsonObject inputs, JsonObject? extension)
    {
        foreach (var (name, from) in extension?["input_from"] as JsonObject ?? [])
        {
            if (inputs[name] is JsonObject input)
            {
                input["from"] = from?.DeepClone();
            }
        }
    }

    private static IReadOnlySet<string> KnownTypes(JsonSchemaSet? schemas, CacaoMode mode, string folder, IReadOnlySet<string> vocabulary) =>
        mode == CacaoMode.Strict && schemas is not null
            ? schemas.TypesIn(folder)
            : vocabulary;
}
