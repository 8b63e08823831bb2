using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Planning.Llm.Prompt;
using Microsoft.Extensions.AI;

namespace AgentSoar.Planning.Llm.Answer;

/// <summary>
/// Reads the candidates out of the model's answer: the arguments of a <c>propose_playbooks</c> call when there is one,
/// else the text as JSON. A whole answer that cannot be read throws <see cref="InvalidAnswerException"/>; a single
/// malformed candidate comes back with its <see cref="ProposedCandidate.Problem"/> for the guardrails to drop.
/// </summary>
public static class AnswerReader
{
    private const int MaxAnswerChars = 64 * 1024;
    private const int MaxCandidatesRead = 20;
    private static readonly JsonDocumentOptions Limits = new() { MaxDepth = 16 };

    /// <summary>The candidates of <paramref name="response"/>, in the model's order.</summary>
    /// <exception cref="InvalidAnswerException">The answer is empty, too large, not JSON, or not an object with a <c>candidates</c> array.</exception>
    public static IReadOnlyList<ProposedCandidate> Read(ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var contents = response.Messages.SelectMany(m => m.Contents).ToList();
        if (contents.OfType<FunctionCallContent>().FirstOrDefault(c => c.Name == AnswerSchema.ToolName) is { } call)
        {
            if (call.Exception is not null || call.Arguments is null)
            {
                throw new InvalidAnswerException("the model's tool call arguments are not a JSON object");
            }

            return Candidates(JsonSerializer.SerializeToNode(call.Arguments));
        }

        if (contents.OfType<TextContent>().Any(t => t.AdditionalProperties?.ContainsKey("refusal") == true))
        {
            throw new InvalidAnswerException("the model refused to answer");
        }

        var text = response.Text.Trim();
        if (text.Length == 0)
        {
            throw new InvalidAnswerException("the model's answer is empty");
        }

        if (text.Length > MaxAnswerChars)
        {
            throw new InvalidAnswerException($"the model's answer is longer than {MaxAnswerChars} characters");
        }

        try
        {
            return Candidates(JsonNode.Parse(Unwrap(text), documentOptions: Limits));
        }
        catch (JsonException)
        {
            throw new InvalidAnswerException("the model's answer is not valid JSON");
        }
    }

    /// <summary>Some local models wrap JSON in a Markdown code fence even when asked not to; the fence is not data.</summary>
    private static string Unwrap(string text)
    {
        if (!text.StartsWith("```", StringComparison.Ordinal) || !text.EndsWith("```", StringComparison.Ordinal) || text.Length < 6)
        {
            return text;
        }

        var body = text[3..^3];
        var newline = body.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? body : body[(newline + 1)..];
    }

    private static List<ProposedCandidate> Candidates(JsonNode? root)
    {
        if (root is not JsonObject answer || answer["candidates"] is not JsonArray candidates)
        {
            throw new InvalidAnswerException("the model's answer is not an object with a candidates array");
        }

        return candidates.Take(MaxCandidatesRead).Select(Candidate).ToList();
    }

    private static ProposedCandidate Candidate(JsonNode? node)
    {
        if (node is not JsonObject candidate)
        {
            return new ProposedCandidate("", [], 0, "", [], "the candidate is not a JSON object");
        }

        var id = Text(candidate["playbook_id"]);
        var confidence = candidate["confidence"] is JsonValue c && c.GetValueKind() == JsonValueKind.Number ? c.GetValue<double>() : double.NaN;
        var problem = id is null ? "the candidate has no playbook_id string"
            : double.IsNaN(confidence) ? "the candidate's confidence is not a number"
            : null;
        var (inputs, inputProblem) = Inputs(candidate["inputs"]);
        var fields = candidate["fields_used"] is JsonArray f ? f.Select(Text).OfType<string>().ToList() : [];
        return new ProposedCandidate(id ?? "", inputs, double.IsNaN(confidence) ? 0 : confidence, Text(candidate["rationale"]) ?? "", fields, problem ?? inputProblem);
    }

    /// <summary>Name/value pairs (the schema's shape) or, from a server that ignored the schema, an object of inputs.</summary>
    private static (List<KeyValuePair<string, JsonNode?>> Inputs, string? Problem) Inputs(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return ([], null);
            case JsonObject map:
                return (map.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())).ToList(), null);
            case JsonArray pairs:
                var inputs = new List<KeyValuePair<string, JsonNode?>>();
                foreach (var pair in pairs)
                {
                    if (pair is not JsonObject entry || Text(entry["name"]) is not { } name)
                    {
                        return ([], "an input is not a {name, value} pair");
                    }

                    inputs.Add(KeyValuePair.Create(name, entry["value"]?.DeepClone()));
                }

                return (inputs, null);
            default:
                return ([], "the candidate's inputs are neither a list of {name, value} pairs nor an object");
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
