using System.Text.Json.Nodes;
using AgentSoar.Engine.Runs;

namespace AgentSoar.Engine.Testing;

/// <summary>Compares how a run ended with what a test case expects, saying each difference plainly.</summary>
internal static class PlaybookTestComparison
{
    public const string NotRun = "not_run";

    /// <summary>The expected status of a case whose alert does not give the playbook its required inputs.</summary>
    public const string NotStarted = "not_started";

    public static IEnumerable<string> Compare(PlaybookTestExpectation expect, RunState run)
    {
        var status = run.Status.ToWire();
        if (status != expect.Status)
        {
            yield return $"status: expected {expect.Status}, got {status}{(run.Reason is null ? string.Empty : $" ({run.Reason})")}";
        }

        foreach (var (id, expected) in expect.Steps)
        {
            var actual = run.FindStep(id)?.Status.ToWire() ?? NotRun;
            if (actual != expected)
            {
                yield return $"step '{id}': expected {expected}, got {actual}{(run.FindStep(id)?.Error is { } error ? $" ({error})" : string.Empty)}";
            }
        }

        var path = run.Steps.Select(s => s.Id).ToList();
        if (expect.Path is { } expectedPath && !expectedPath.SequenceEqual(path, StringComparer.Ordinal))
        {
            yield return $"path: expected [{string.Join(", ", expectedPath)}], got [{string.Join(", ", path)}]";
        }

        foreach (var (name, expected) in expect.Outputs ?? [])
        {
            var actual = run.Outputs?[name];
            if (!JsonNode.DeepEquals(expected, actual))
            {
                yield return $"output '{name}': expected {expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"}";
            }
        }
    }
}
