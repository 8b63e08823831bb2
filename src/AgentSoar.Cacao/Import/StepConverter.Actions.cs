using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgentSoar.Cacao.Mapping;
using AgentSoar.Cacao.OpenC2;

namespace AgentSoar.Cacao.Import;

/// <summary>
/// Action and playbook-action steps. An action whose agent names an AgentSoar connector action
/// (<c>agentsoar:connector.action</c>) with one http-api command is that action again; any other action keeps its
/// commands, agent and targets, as they are, under <c>with</c> of an action <c>cacao.&lt;command type&gt;</c>.
/// </summary>
internal sealed partial class StepConverter
{
    private JsonObject Action(string cacaoId, JsonObject step, JsonObject? ours, JsonObject result)
    {
        var pointer = ImportContext.StepPointer(cacaoId);
        switch (ours?["kind"]?.GetValue<string>())
        {
            case "set" or "wait" or "approval" when ours[ours["kind"]!.GetValue<string>()] is { } body:
                result[ours["kind"]!.GetValue<string>()] = body.DeepClone();
                return result;
        }

        var commands = step["commands"] as JsonArray ?? [];
        var agentId = WorkflowGraph.Text(step, "agent");
        var agent = Definition("agent_definitions", agentId);
        if (NativeAction(agent, commands) is { } native)
        {
            result["action"] = native.Action;
            result["with"] = TextConverter.Values(context, native.With, pointer);
            if (ours?["approval"] is { } approval)
            {
                result["approval"] = approval.DeepClone();
            }

            return result;
        }

        if (OpenC2(cacaoId, step, agent, commands) is { } mapped)
        {
            result["action"] = mapped.Action!.FullName;
            result["with"] = TextConverter.Values(context, mapped.With, pointer);
            if (ours?["approval"] is { } approval)
            {
                result["approval"] = approval.DeepClone();
            }

            return result;
        }

        var with = new JsonObject();
        CheckCommands(cacaoId, commands, pointer);
        with["commands"] = TextConverter.Values(context, commands, pointer);
        if (agentId is not null)
        {
            with["agent"] = Reference(cacaoId, "agent", agentId, agent, $"{pointer}/agent");
        }

        if (step["targets"] is JsonArray targets)
        {
            with["targets"] = new JsonArray(targets.Select((t, i) => t is JsonValue v && v.TryGetValue<string>(out var targetId)
                ? Reference(cacaoId, "target", targetId, Definition("target_definitions", targetId), $"{pointer}/targets/{i}")
                : t?.DeepClone()).ToArray());
        }

        foreach (var property in new[] { "in_args", "out_args", "external_references", "owner" })
        {
            if (step[property] is { } value)
            {
                with[property] = value.DeepClone();
            }
        }

        var types = commands.OfType<JsonObject>().Select(c => WorkflowGraph.Text(c, "type") ?? "unknown").Distinct(StringComparer.Ordinal).ToList();
        result["action"] = $"cacao.{(types.Count == 1 ? ActionName(types[0]) : "commands")}";
        result["with"] = with;
        return result;
    }

    private JsonObject PlaybookCall(string cacaoId, JsonObject step, JsonObject result)
    {
        var pointer = ImportContext.StepPointer(cacaoId);
        result["playbook"] = StepIds.From(WorkflowGraph.Text(step, "playbook_id") ?? string.Empty).TrimStart('_');
        var variables = step["step_variables"] as JsonObject;
        var with = new JsonObject();
        foreach (var argument in (step["in_args"] as JsonArray ?? []).Select(a => a?.GetValue<string>() ?? string.Empty))
        {
            var name = VariableNames.FromCacao(argument);
            with[name] = variables?[argument] is JsonObject variable
                ? InputConverter.Typed(VariableTypes.ToAgentSoar(WorkflowGraph.Text(variable, "type")), TextConverter.Text(context, WorkflowGraph.Text(variable, "value") ?? string.Empty, pointer))
                : TextConverter.Text(context, $"{argument}:value", pointer);
        }

        if (with.Count > 0)
        {
            result["with"] = with;
        }

        foreach (var lost in new[] { "playbook_version", "out_args" }.Where(p => step[p] is not null))
        {
            context.Problems.Warning($"{pointer}/{lost}", $"'{lost}' of step '{cacaoId}' has no AgentSoar equivalent (a called playbook's outputs are the step's output) and is left out");
        }

        return result;
    }

    /// <summary>The AgentSoar action an exported step stands for: agent <c>agentsoar:connector.action</c>, one http-api command with JSON content.</summary>
    private static (string Action, JsonNode? With)? NativeAction(JsonObject? agent, JsonArray commands)
    {
        if (agent is null || WorkflowGraph.Text(agent, "name") is not { } name || NativeAgentName().Match(name) is not { Success: true } match
            || commands.Count != 1 || commands[0] is not JsonObject command || WorkflowGraph.Text(command, "type") != "http-api"
            || WorkflowGraph.Text(command, "content") is not { } content)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(content) is JsonObject with ? (match.Groups[1].Value, with) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The connector action an openc2-http command is (see <see cref="OpenC2Import"/>), or null when the step has no
    /// such command or it cannot be decided, which is reported with the reason.
    /// </summary>
    private OpenC2Match? OpenC2(string cacaoId, JsonObject step, JsonObject? agent, JsonArray commands)
    {
        var index = commands.Select((c, i) => (c, i)).Where(p => p.c is JsonObject o && WorkflowGraph.Text(o, "type") == "openc2-http").Select(p => p.i).DefaultIfEmpty(-1).First();
        if (index < 0)
        {
            return null;
        }

        var pointer = $"{ImportContext.StepPointer(cacaoId)}/commands/{index}";
        var kept = $"the openc2-http command of step '{cacaoId}' is kept as it is (action cacao.{(commands.OfType<JsonObject>().All(c => WorkflowGraph.Text(c, "type") == "openc2-http") ? ActionName("openc2-http") : "commands")})";
        if (context.OpenC2 is not { } catalog)
        {
            context.Problems.Warning(pointer, $"{kept}: no connector catalog was given to find the action it is");
            return null;
        }

        if (commands.Count != 1)
        {
            context.Problems.Warning(pointer, $"{kept}: the step has {commands.Count} commands, and an AgentSoar action runs one");
            return null;
        }

        var agentAction = agent is not null && WorkflowGraph.Text(agent, "name") is { } agentName && NativeAgentName().Match(agentName) is { Success: true } named ? named.Groups[1].Value : null;
        var (command, undecoded) = OpenC2Import.Decode((JsonObject)commands[0]!);
        var match = command is null ? OpenC2Match.No(undecoded!) : OpenC2Import.Map(command, catalog, agentAction);
        if (match.Action is null)
        {
            context.Problems.Warning(pointer, $"{kept}: {match.Why}");
            return null;
        }

        var left = new[] { "targets", "in_args", "out_args", "external_references", "owner" }.Where(step.ContainsKey).ToList();
        if (agentAction is null && WorkflowGraph.Text(step, "agent") is { } agentId)
        {
            left.Insert(0, $"agent '{agentId}'");
        }

        if (left.Count > 0)
        {
            context.Problems.Warning(pointer, $"the openc2-http command of step '{cacaoId}' is the connector action {match.Action.FullName}, which is the OpenC2 consumer: the step's {string.Join(", ", left)} are left out");
        }

        return match;
    }

    private void CheckCommands(string cacaoId, JsonArray commands, string pointer)
    {
        if (commands.Count == 0)
        {
            context.Problems.ByMode(context.Mode, $"{pointer}", $"action step '{cacaoId}' has no commands (CACAO requires at least one)");
        }

        for (var i = 0; i < commands.Count; i++)
        {
            var type = commands[i] is JsonObject command ? WorkflowGraph.Text(command, "type") : null;
            if (type is null || !context.KnownCommandTypes.Contains(type))
            {
                context.Problems.ByMode(
                    context.Mode,
                    $"{pointer}/commands/{i}/type",
                    $"unknown command type '{type}' in step '{cacaoId}'{(context.Mode == CacaoMode.Strict ? string.Empty : $": kept as it is, as action cacao.{ActionName(type ?? "unknown")}")}");
            }
        }
    }

    /// <summary>An agent or target as <c>with</c> keeps it: its id, and its definition when the playbook has one.</summary>
    private JsonObject Reference(string cacaoId, string role, string id, JsonObject? definition, string pointer)
    {
        var reference = new JsonObject { ["id"] = id };
        if (definition is null)
        {
            context.Problems.Warning(pointer, $"{role} '{id}' of step '{cacaoId}' is not defined in the playbook's {role}_definitions; only its id is kept");
            return reference;
        }

        var type = WorkflowGraph.Text(definition, "type");
        if (type is null || !context.KnownAgentTypes.Contains(type))
        {
            context.Problems.ByMode(
                context.Mode,
                pointer,
                $"unknown {role} type '{type}' ('{id}' of step '{cacaoId}'){(context.Mode == CacaoMode.Strict ? string.Empty : ": kept as it is")}");
        }

        foreach (var (key, value) in definition)
        {
            reference[key] = TextConverter.Values(context, value, pointer);
        }

        return reference;
    }

    private JsonObject? Definition(string dictionary, string? id) =>
        id is not null && context.Playbook[dictionary] is JsonObject definitions && definitions[id] is JsonObject definition ? definition : null;

    /// <summary>An AgentSoar action name part from a command type: <c>openc2-http</c> gives <c>openc2_http</c>.</summary>
    internal static string ActionName(string type)
    {
        var name = NotInActionName().Replace(type.ToLowerInvariant(), "_");
        return name.Length > 0 && char.IsAsciiLetterLower(name[0]) ? name : "x" + name;
    }

    [GeneratedRegex(@"^agentsoar:([a-z][a-z0-9_-]*\.[a-z][a-z0-9_]*)$")]
    private static partial Regex NativeAgentName();

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotInActionName();
}
