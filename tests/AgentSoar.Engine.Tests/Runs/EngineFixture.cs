using System.Text.Json.Nodes;
using AgentSoar.Contracts;
using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Tests.Runs;

/// <summary>Builds playbooks from YAML text and runs with a fixed clock, for engine tests.</summary>
internal static class EngineFixture
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    public const string BlockIp = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: block-ip, name: Block IP }
        inputs:
          ip: { type: ip, required: true, from: "${{ first_observable(alert, 'ip') }}" }
        steps:
          - id: enrich
            action: intel.lookup
            with: { ip: "${{ inputs.ip }}" }
          - id: verdict
            if: "${{ steps.enrich.output.verdict == 'malicious' }}"
            then:
              - id: block
                action: fw.block
                with: { ip: "${{ inputs.ip }}", duration: 24h }
            else:
              - id: note
                action: case.comment
                with: { text: "clean: ${{ inputs.ip }}" }
          - id: ticket
            action: case.comment
            if: "${{ inputs.ip != '10.0.0.1' }}"
            with: { text: "done" }
        outputs:
          blocked: "${{ steps.block.status == 'succeeded' }}"
        """;

    public static Playbook Load(string yaml)
    {
        var result = PlaybookLoader.LoadText(yaml, "test.yaml");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Playbook!;
    }

    public static EngineContext Context(Playbook playbook) => new(playbook, ApprovalPolicy.Default, new Traits())
    {
        DefaultActionTimeout = TimeSpan.FromSeconds(30),
        DispatchGrace = TimeSpan.FromSeconds(60),
    };

    public static JsonObject Alert(string ip = "203.0.113.7") => new()
    {
        ["class_uid"] = 2004,
        ["severity_id"] = 4,
        ["finding_info"] = new JsonObject { ["uid"] = "f-1", ["title"] = "C2 beacon" },
        ["observables"] = new JsonArray(new JsonObject { ["name"] = "dst_endpoint.ip", ["type_id"] = 2, ["type"] = "IP Address", ["value"] = ip }),
    };

    public static RunState NewRun(Playbook playbook, string ip = "203.0.113.7")
    {
        var alert = Alert(ip);
        var incident = new JsonObject { ["id"] = "inc-1", ["title"] = "C2 beacon" };
        var inputs = InputResolver.Resolve(playbook, null, alert, incident);
        Assert.True(inputs.Succeeded, string.Join("; ", inputs.Errors));
        return RunEngine.Create(Guid.Parse("0195a3c4-0000-7000-8000-000000000001"), Guid.NewGuid(), playbook, "planner:rules", alert, incident, inputs.Inputs, T0);
    }

    internal sealed class Traits : IActionTraitsLookup
    {
        public ActionTraits? Find(string connector, string action) => $"{connector}.{action}" switch
        {
            "intel.lookup" => new ActionTraits(RiskLevel.Low, Mutating: false),
            "fw.block" => new ActionTraits(RiskLevel.High, Mutating: true) { UndoAction = "unblock", InputNames = ["ip", "duration"] },
            "fw.unblock" => new ActionTraits(RiskLevel.Medium, Mutating: true) { InputNames = ["ip", "rule_id"] },
            "case.comment" => new ActionTraits(RiskLevel.Low, Mutating: true),
            "case.tag" => new ActionTraits(RiskLevel.Low, Mutating: true) { UndoAction = "untag" },
            "case.untag" => new ActionTraits(RiskLevel.Low, Mutating: true),
            _ => null,
        };
    }
}
