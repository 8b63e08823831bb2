using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Cacao.Mapping;
using AgentSoar.Cacao.OpenC2;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cacao.Export;

/// <summary>
/// Action-like steps. A <c>cacao.*</c> action gives back the commands, agent and targets it kept; any other action is
/// an http-api command to an agent named <c>agentsoar:connector.action</c>; a question, or a set or wait that cannot
/// ride on the next step, is a manual command, with the step itself in the AgentSoar extension.
/// </summary>
internal sealed partial class StepExporter
{
    private static readonly string[] StepProperties = ["name", "description"];
    private static readonly string[] TrailingProperties = ["in_args", "out_args", "external_references", "owner"];

    private void Action(ActionStep step, JsonObject cacao)
    {
        var with = new JsonObject(step.With.Select(w => KeyValuePair.Create(w.Key, TemplateText.Value(context, w.Value, Where(step)))));
        if (step.Connector == "cacao")
        {
            Restore(step, with, cacao);
        }
        else
        {
            var action = $"{step.Connector}.{step.Action}";
            var agent = CacaoIds.For("security-category", $"agentsoar:{action}");
            context.Agents[agent] = new JsonObject { ["type"] = "security-category", ["name"] = $"agentsoar:{action}", ["category"] = new JsonArray("orchestrator") };
            cacao["name"] = step.Name ?? step.Id;
            cacao["commands"] = new JsonArray(OpenC2Command(step, with) ?? new JsonObject
            {
                ["type"] = "http-api",
                ["command"] = $"POST /agentsoar/actions/{step.Connector}/{step.Action} HTTP/1.1",
                ["headers"] = new JsonObject { ["Content-Type"] = new JsonArray("application/json") },
                ["content"] = with.ToJsonString(),
            });
            cacao["agent"] = agent;
        }

        if (step.Approval is { } approval)
        {
            var spec = new JsonObject { ["approvers"] = approval.Approvers };
            if (approval.Role is not null)
            {
                spec["role"] = approval.Role;
            }

            if (approval.Expires is { } expires)
            {
                spec["expires"] = DurationText.FromMilliseconds(DurationText.ToMilliseconds(expires));
            }

            context.Extension(cacao)["approval"] = spec;
        }
    }

    /// <summary>
    /// The openc2-http command (OpenC2 over HTTPS, the JSON base64-encoded as CACAO asks) of an action whose connector
    /// declares an OpenC2 equivalent; null, and a warning saying why, when its inputs do not all have a place in it.
    /// </summary>
    private JsonObject? OpenC2Command(ActionStep step, JsonObject with)
    {
        if (context.OpenC2 is not { } catalog || catalog.Find(step.Connector, step.Action) is not { } action)
        {
            return null;
        }

        var (command, why) = OpenC2Export.Command(action, with, catalog);
        if (command is null)
        {
            context.Problems.Warning(Where(step), $"step '{step.Id}' runs {action.FullName}, whose OpenC2 equivalent is '{action.OpenC2Action} {action.OpenC2Target}', but {why}: it is written as an http-api command to AgentSoar");
            return null;
        }

        var json = command.ToJsonString();
        if (VariableNames.CacaoReference().Match(json) is { Success: true } variable)
        {
            context.Problems.Warning(Where(step), $"the OpenC2 command of step '{step.Id}' reads {variable.Value} inside content_b64, where a CACAO engine may not replace variables: check that yours does");
        }

        return new JsonObject
        {
            ["type"] = "openc2-http",
            ["command"] = "POST /.well-known/openc2 HTTP/1.1",
            ["headers"] = new JsonObject { ["Content-Type"] = new JsonArray("application/openc2-cmd+json;version=1.0") },
            ["content_b64"] = System.Convert.ToBase64String(Encoding.UTF8.GetBytes(json)),
        };
    }

    /// <summary>A step imported from CACAO: its commands, agent and targets as they were.</summary>
    private void Restore(ActionStep step, JsonObject with, JsonObject cacao)
    {
        // Imports before steps had names kept a CACAO step's name and description under 'with'; the step's own win.
        foreach (var property in StepProperties.Where(p => with.ContainsKey(p) && !cacao.ContainsKey(p)))
        {
            cacao[property] = with[property]!.DeepClone();
        }

        var commands = with["commands"] as JsonArray ?? [];
        foreach (var (command, index) in commands.Select((c, i) => (c, i)))
        {
            var type = command is JsonObject o && o["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : null;
            if (type is null || !context.KnownCommandTypes.Contains(type))
            {
                context.Problems.ByMode(context.Mode, Where(step), $"step '{step.Id}' has command {index + 1} of unknown type '{type}'{(context.Mode == CacaoMode.Tolerant ? ": written as it is" : string.Empty)}");
            }
        }

        if (commands.Count > 0)
        {
            cacao["commands"] = commands.DeepClone();
        }

        if (with["agent"] is JsonObject agent && Define(step, agent, context.Agents, "agent") is { } agentId)
        {
            cacao["agent"] = agentId;
        }

        if (with["targets"] is JsonArray targets)
        {
            cacao["targets"] = new JsonArray(targets.OfType<JsonObject>().Select(t => Define(step, t, context.Targets, "target")).OfType<string>().Select(id => JsonValue.Create(id)).ToArray());
        }

        foreach (var property in TrailingProperties.Where(with.ContainsKey))
        {
            cacao[property] = with[property]!.DeepClone();
        }
    }

    /// <summary>An agent or target kept under <c>with</c>: its id, its definition put back under the playbook's definitions.</summary>
    private string? Define(ActionStep step, JsonObject reference, JsonObject definitions, string role)
    {
        if (reference["id"] is not JsonValue idValue || idValue.GetValueKind() != JsonValueKind.String)
        {
            context.Problems.Error(Where(step), $"a {role} of step '{step.Id}' has no id");
            return null;
        }

        var id = idValue.GetValue<string>();
        if (reference.Count > 1)
        {
            var definition = new JsonObject(reference.Where(p => p.Key != "id").Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
            if (definition["type"] is not JsonValue type || !context.KnownAgentTypes.Contains(type.ToString()))
            {
                context.Problems.ByMode(context.Mode, Where(step), $"{role} '{id}' of step '{step.Id}' has an unknown type '{definition["type"]}'{(context.Mode == CacaoMode.Tolerant ? ": written as it is" : string.Empty)}");
            }

            definitions[id] = definition;
        }

        return id;
    }

    private void PlaybookCall(PlaybookCallStep step, JsonObject cacao)
    {
        cacao["playbook_id"] = CacaoIds.For("playbook", step.PlaybookId, step.PlaybookId);
        if (step.With.Count == 0)
        {
            return;
        }

        // CACAO passes values to a called playbook as variables named in in_args; the step's own variables hold them.
        cacao["step_variables"] = new JsonObject(step.With.Select(w => KeyValuePair.Create<string, JsonNode?>(VariableNames.ToCacao(w.Key), Variable(w.Value, Where(step)))));
        cacao["in_args"] = new JsonArray(step.With.Keys.Select(k => JsonValue.Create(VariableNames.ToCacao(k))).ToArray());
    }

    /// <summary>A step CACAO has no step for (a question to the analysts, a set or a wait on its own): a manual command, the step in the extension.</summary>
    private void Standalone(Step step, JsonObject cacao)
    {
        (string Kind, JsonObject Body, string Instruction, string? Role) standalone = step switch
        {
            ApprovalStep question => ("approval", Question(question), TemplateText.String(context, question.Question, Where(step)), question.Role),
            SetStep set => ("set", new JsonObject(set.Values.Select(v => KeyValuePair.Create(v.Key, TemplateSource.Value(v.Value)))), $"Set {string.Join(", ", set.Values.Keys)}", null),
            WaitStep wait => ("wait", Wait(wait), wait.For is { } d ? $"Wait {DurationText.FromMilliseconds(DurationText.ToMilliseconds(d))}" : $"Wait until {TemplateText.Condition(context, wait.Until!, Where(step))}", null),
            _ => (step.GetType().Name, new JsonObject(), step.Id, null),
        };
        var (kind, body, instruction, role) = standalone;
        var agentName = role ?? "analysts";
        var agent = CacaoIds.For("group", $"agentsoar:role:{agentName}");
        context.Agents[agent] = new JsonObject { ["type"] = "group", ["name"] = agentName };
        cacao["name"] = step.Name ?? step.Id;
        cacao["commands"] = new JsonArray(new JsonObject { ["type"] = "manual", ["command"] = instruction });
        cacao["agent"] = agent;
        var extension = context.Extension(cacao);
        extension["kind"] = kind;
        extension[kind] = body;
    }

    private static JsonObject Question(ApprovalStep step)
    {
        var question = new JsonObject
        {
            ["question"] = TemplateSource.Value(step.Question),
            ["answer"] = step.Answer switch { AnswerKind.YesNo => "yes_no", AnswerKind.Choice => "choice", _ => "text" },
        };
        if (step.Choices.Count > 0)
        {
            question["choices"] = new JsonArray(step.Choices.Select(c => JsonValue.Create(c)).ToArray());
        }

        if (step.Default is not null)
        {
            question["default"] = step.Default;
        }

        question["approvers"] = step.Approvers;
        if (step.Role is not null)
        {
            question["role"] = step.Role;
        }

        if (step.Expires is { } expires)
        {
            question["expires"] = DurationText.FromMilliseconds(DurationText.ToMilliseconds(expires));
        }

        return question;
    }

    private static JsonObject Wait(WaitStep step)
    {
        var wait = new JsonObject();
        if (step.For is { } duration)
        {
            wait["for"] = DurationText.FromMilliseconds(DurationText.ToMilliseconds(duration));
            return wait;
        }

        wait["until"] = step.Until is null ? null : TemplateSource.Value(step.Until);
        wait["timeout"] = DurationText.FromMilliseconds(DurationText.ToMilliseconds(step.Within));
        wait["every"] = DurationText.FromMilliseconds(DurationText.ToMilliseconds(step.Every));
        return wait;
    }
}
