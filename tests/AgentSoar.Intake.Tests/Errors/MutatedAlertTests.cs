using System.Text.Json.Nodes;
using AgentSoar.Intake.Errors;
using AgentSoar.Intake.Tests.TestSupport;

namespace AgentSoar.Intake.Tests.Errors;

/// <summary>Every value of real alerts replaced by values of other kinds: the normaliser answers or refuses with a typed error, never anything else.</summary>
public sealed class MutatedAlertTests
{
    private static readonly Func<JsonNode?>[] Replacements =
    [
        () => null,
        () => JsonValue.Create(42),
        () => JsonValue.Create(-1.5),
        () => JsonValue.Create(true),
        () => JsonValue.Create(string.Empty),
        () => JsonValue.Create("-"),
        () => new JsonArray(JsonValue.Create("x"), new JsonObject()),
        () => new JsonObject { ["Name"] = new JsonArray() },
    ];

    private readonly AlertNormalizer _normalizer = new(time: new FixedClock());

    public static TheoryData<string> Alerts() =>
    [
        File.ReadAllText(Path.Combine(RepositoryRoot.SharedTestData, "sigma-alerts", "0ba1da6d-b6ce-4366-828c-18826c9de23e.alert.json")),
        TestFiles.Read("elastic/credential-dumping.json"),
        TestFiles.Read("wazuh/windows-mimikatz.json"),
        TestFiles.Read("ocsf/minimal-finding.json"),
    ];

    [Theory]
    [MemberData(nameof(Alerts))]
    public void Normalize_AnyValueReplacedByAnotherKind_SucceedsOrRefusesWithATypedError(string alert)
    {
        var paths = Paths(JsonNode.Parse(alert)!, []).ToList();
        var unexpected = new List<string>();

        foreach (var path in paths)
        {
            foreach (var replacement in Replacements)
            {
                var mutated = JsonNode.Parse(alert)!;
                Replace(mutated, path, replacement());
                try
                {
                    _ = _normalizer.Normalize(mutated.ToJsonString()).Facts;
                }
                catch (AlertNormalizationException)
                {
                }
#pragma warning disable CA1031 // the point is to catch whatever escapes
                catch (Exception e)
#pragma warning restore CA1031
                {
                    unexpected.Add($"{string.Join('.', path)}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.True(paths.Count > 15);
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Distinct().Take(40)));
    }

    private static IEnumerable<List<object>> Paths(JsonNode node, List<object> prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var path = new List<object>(prefix) { key };
                    yield return path;
                    if (value is not null)
                    {
                        foreach (var inner in Paths(value, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var path = new List<object>(prefix) { i };
                    yield return path;
                    if (array[i] is { } value)
                    {
                        foreach (var inner in Paths(value, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode root, List<object> path, JsonNode? value)
    {
        var parent = root;
        foreach (var step in path.SkipLast(1))
        {
            parent = step is int i ? parent[i]! : parent[(string)step]!;
        }

        if (path[^1] is int index)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent.AsObject()[(string)path[^1]] = value;
        }
    }
}
