namespace AgentSoar.AllInOne;

/// <summary>
/// What the all-in-one mode assumes when nothing is configured: everything on 127.0.0.1, the
/// in-memory bus, SQLite in a data folder, the shipped playbooks, and connectors simulating.
/// Any of it can be overridden by appsettings, the environment (<c>AgentSoar__...</c>) or the command line.
/// </summary>
public static class AllInOneDefaults
{
    public static Dictionary<string, string?> For(string dataPath) => new()
    {
        ["urls"] = "http://127.0.0.1:5080",
        ["AgentSoar:Bus:Transport"] = "inmemory",
        ["AgentSoar:Storage:Provider"] = "sqlite",
        ["AgentSoar:Storage:ConnectionString"] = $"Data Source={Path.Combine(dataPath, "agentsoar.db")}",
        ["AgentSoar:Coordinator:PlaybooksPath"] = "playbooks",
        ["AgentSoar:Coordinator:ApprovalPolicyPath"] = Path.Combine("config", "approval-policy.yaml"),
        ["AgentSoar:Planner:PlaybooksPath"] = "playbooks",
        ["AgentSoar:Api:BootstrapKeyFile"] = Path.Combine(dataPath, "admin.key"),
        ["AgentSoar:Connectors:Simulation"] = "true",
    };
}
