using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Tests.Loading;

namespace AgentSoar.Playbooks.Tests.Schema;

/// <summary>
/// The shape check against playbooks the loader accepts and ones it refuses: it must pass the first and catch the
/// second, or the check of the shipped playbooks proves nothing.
/// </summary>
public sealed class SchemaShapeCheckTests
{
    /// <summary>Every key the loader knows, every step kind, nested through every kind of branch.</summary>
    private const string EveryKey = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: every-key, name: Every key, version: 2, description: All of them, tags: [attack.t1071] }
        triggers:
          - match: "${{ alert.severity_id >= 3 }}"
        inputs:
          ip: { type: ip, required: true, from: "${{ first_observable(alert, 'ip') }}", default: 10.0.0.1, description: An address }
        steps:
          - id: remember
            set: { hours: 24 }
            if: "${{ inputs.ip != null }}"
            on_failure: continue
          - id: check
            if: "${{ vars.hours > 1 }}"
            then:
              - id: route
                switch: "${{ inputs.ip }}"
                cases:
                  10.0.0.1:
                    - id: both
                      parallel:
                        join: any
                        branches:
                          fast: [ { id: block, action: firewall.block_ip, with: { ip: "${{ inputs.ip }}" }, timeout: 10s, retry: { attempts: 3, backoff: linear, delay: 0s }, approval: { approvers: 2, role: responder, expires: 15m } } ]
                          slow: [ { id: note, action: case.comment, with: { text: slow } } ]
                default: []
            else: []
          - id: pause
            name: Give the EDR time
            description: The sensor reports isolation within a few minutes.
            wait: { for: 5m }
          - id: settle
            wait: { until: "${{ vars.hours > 0 }}", timeout: 1h, every: 1m }
            timeout: 2h
          - id: each
            foreach: "${{ [inputs.ip] }}"
            concurrency: 2
            max_items: 10
            do:
              - id: unblock
                action: firewall.unblock_ip
                with: { ip: "${{ loop.item }}" }
                retry: { attempts: 2, on: [transient, not_found] }
          - id: poll
            while: "${{ vars.hours < 0 }}"
            max_iterations: 3
            do: [ { id: tick, wait: { for: 1m } } ]
          - id: sub
            playbook: enrich-ip
            with: { ip: "${{ inputs.ip }}" }
            on_failure:
              steps: [ { id: undo, action: case.comment, with: { text: undo } } ]
              then: continue
          - id: ask
            approval: { question: "Isolate ${{ inputs.ip }}?", answer: choice, choices: [isolate, block], default: block, approvers: 1, role: responder, expires: 30m }
        outputs:
          hours: "${{ vars.hours }}"
        """;

    [Fact]
    public void Problems_PlaybookUsingEveryKey_NoneAndTheLoaderAgrees()
    {
        Assert.Empty(LoadAssert.Load(EveryKey).Diagnostics);
        Assert.Empty(SchemaShapeCheck.Problems(PlaybookSchema.Instance, YamlToJson.Convert(EveryKey)));
    }

    [Fact]
    public void EveryKeySample_UsesEveryKeyTheLoaderKnows()
    {
        var used = Keys(YamlToJson.Convert(EveryKey)!).ToHashSet(StringComparer.Ordinal);
        var known = new[] { PlaybookKeys.TopLevel, PlaybookKeys.Metadata, PlaybookKeys.Trigger, PlaybookKeys.Input, PlaybookKeys.Step, PlaybookKeys.Retry, PlaybookKeys.Approval, PlaybookKeys.Parallel, PlaybookKeys.Wait, PlaybookKeys.OnFailure, PlaybookKeys.Question };

        Assert.Empty(known.SelectMany(keys => keys).Except(used).ToList());
    }

    [Fact]
    public void Problems_ReferenceExample_None() =>
        Assert.Empty(SchemaShapeCheck.Problems(PlaybookSchema.Instance, YamlToJson.Convert(SamplePlaybooks.BlockIp)));

    [Theory]
    [InlineData("name: Every key", "nmae: Every key", "$.metadata: unknown key 'nmae'")]
    [InlineData("kind: Playbook", "kind: Workflow", "$.kind: must be \"Playbook\"")]
    [InlineData("id: every-key", "id: Every-Key", "$.metadata.id: 'Every-Key' does not match")]
    [InlineData("type: ip", "type: address", "$.inputs.ip.type: must be one of")]
    [InlineData("join: any", "join: first", "join: must be one of")]
    [InlineData("timeout: 10s", "timeout: 10", "timeout: must be string, not integer")]
    [InlineData("timeout: 10s", "timeout: 10s1h", "timeout: '10s1h' does not match")]
    [InlineData("version: 2", "version: two", "$.metadata.version: must be integer, not string")]
    [InlineData("with: { text: slow }", "with: { text: slow }, then: [ { id: x, action: a.b } ]", "matches 0 of the 10 choices")]
    [InlineData("backoff: linear", "bakoff: linear", "retry: unknown key 'bakoff'")]
    [InlineData("hours: \"${{ vars.hours }}\"", "Hours: 1", "$.outputs key 'Hours': 'Hours' does not match")]
    public void Problems_DocumentTheLoaderRefuses_AreFound(string from, string to, string problem)
    {
        var yaml = EveryKey.Replace(from, to, StringComparison.Ordinal);

        Assert.NotEqual(EveryKey, yaml);
        Assert.False(LoadAssert.Load(yaml).Succeeded);
        Assert.Contains(SchemaShapeCheck.Problems(PlaybookSchema.Instance, YamlToJson.Convert(yaml)), p => p.Contains(problem, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Keys(JsonNode node) => node switch
    {
        JsonObject map => map.SelectMany(p => p.Value is null ? [p.Key] : Keys(p.Value).Prepend(p.Key)),
        JsonArray list => list.OfType<JsonNode>().SelectMany(Keys),
        _ => [],
    };
}
