using System.Text.RegularExpressions;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>Steps that hand over to something else: another playbook, or an analyst's answer.</summary>
internal sealed partial class StepReader
{
    private PlaybookCallStep ReadPlaybookCallStep(MappingReader step, string id)
    {
        var target = step.String("playbook") ?? string.Empty;
        if (target.Length > 0 && !PlaybookIdPattern().IsMatch(target))
        {
            context.Error(step.Get("playbook")!, $"'{target}' is not a playbook id: ids are lower case letters, digits and '-'");
        }

        return new PlaybookCallStep(id, step.Location, target, ReadWith(step, declared: null, owner: $"playbook '{target}'"));
    }

    /// <summary>The inputs under <c>with</c>; with <paramref name="declared"/>, names outside it are reported.</summary>
    private Dictionary<string, ValueTemplate> ReadWith(MappingReader step, IReadOnlyCollection<string>? declared, string owner)
    {
        var with = new Dictionary<string, ValueTemplate>(StringComparer.Ordinal);
        if (step.Mapping("with") is not { } withNode)
        {
            return with;
        }

        foreach (var (key, value) in withNode.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                context.Error(key, $"input names in 'with' must be names, not {YamlScalars.Describe(key)}");
                continue;
            }

            if (declared is not null && !declared.Contains(name))
            {
                context.Error(key, $"{owner} has no input '{name}'{DidYouMean.Hint(name, declared.Order(StringComparer.Ordinal))}");
            }

            with[name] = TemplateReader.Read(context, value);
        }

        return with;
    }

    private ApprovalStep? ReadApprovalStep(MappingReader step, string id, string label)
    {
        if (step.Mapping("approval") is not { } map)
        {
            return null;
        }

        var ask = new MappingReader(context, map, $"the approval of {label}", PlaybookKeys.Question);
        var question = ask.Require("question") is { } text ? TemplateReader.Read(context, text) : new LiteralTemplate(ask.Location, null);
        var answer = ask.Enum<AnswerKind>("answer") ?? AnswerKind.YesNo;
        var choices = ask.StringList("choices");
        if (answer == AnswerKind.Choice && choices.Count < 2)
        {
            context.Error(ask.KeyNode("choices") ?? (YamlNode)map, $"{label} asks for a choice: list two or more 'choices'");
        }
        else if (answer != AnswerKind.Choice && ask.Has("choices"))
        {
            context.Error(ask.KeyNode("choices")!, $"'choices' go with 'answer: choice', not with 'answer: {MappingReader.SnakeCase(answer.ToString())}'");
        }

        foreach (var duplicate in choices.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Error(ask.Get("choices")!, $"the choice '{duplicate.Key}' is listed twice");
        }

        var result = new ApprovalStep(id, step.Location, question, answer, choices)
        {
            Approvers = ask.Integer("approvers", min: 1) ?? 1,
            Role = ask.String("role"),
            Expires = ask.Duration("expires"),
            Default = ask.String("default"),
        };
        if (result.Default is { } fallback && result.AllowedAnswers.Count > 0 && !result.AllowedAnswers.Contains(fallback))
        {
            context.Error(ask.Get("default")!, $"the default answer '{fallback}' is not one of {string.Join(", ", result.AllowedAnswers)}");
        }

        return result;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex PlaybookIdPattern();
}
