using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.Console.BrowserTests.Infrastructure;

/// <summary>The all-in-one service on a free loopback port, with a private data folder and a first admin account.</summary>
public sealed class ConsoleDeployment : Deployment
{
    public const string AdminUser = "ada";

    /// <summary>Addresses the deployment's approval policy calls critical assets.</summary>
    public const string CrownJewelsNetwork = "192.0.2.0/24";

    // Generated per run: nothing here is a password anyone uses.
    public string AdminPassword { get; } = "pw-" + Guid.NewGuid().ToString("N");

    private readonly string _data = Directory.CreateTempSubdirectory("agentsoar-console-").FullName;
    private ServiceProcess? _process;

    public override IReadOnlyList<ServiceProcess> Processes => _process is null ? [] : [_process];

    public static async Task<ConsoleDeployment> StartAsync()
    {
        var deployment = new ConsoleDeployment();
        var environment = deployment.CommonEnvironment();
        environment["AgentSoar__DataPath"] = deployment._data;
        environment["AgentSoar__Accounts__FirstAdmin__UserName"] = AdminUser;
        environment["AgentSoar__Accounts__FirstAdmin__Password"] = deployment.AdminPassword;

        // The shipped policy, plus one asset class the approval cards can show.
        var policy = Path.Combine(deployment._data, "approval-policy.yaml");
        File.WriteAllText(policy, $$"""
            approvers: { low: 0, medium: 1, high: 1, critical: 2 }
            default_expiry: 15m
            unknown_action_risk: critical
            assets:
              - name: crown jewels
                criticality: critical
                match: ["{{CrownJewelsNetwork}}"]
            criticality:
              approvers: { critical: 2 }
            """);
        environment["AgentSoar__Coordinator__ApprovalPolicyPath"] = policy;

        // Only block-malicious-ip starts by itself: any other plan waits in the room for Run or Dismiss.
        environment["AgentSoar__Coordinator__AutoStartPlaybooks__0"] = "block-malicious-ip";
        deployment._process = ServiceProcess.Start("AgentSoar.AllInOne", environment, "--urls", deployment.ApiBase);
        await deployment.WaitUntilReadyAsync($"{deployment.ApiBase}/health");
        return deployment;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
