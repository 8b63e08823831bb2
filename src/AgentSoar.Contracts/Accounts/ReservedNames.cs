namespace AgentSoar.Contracts.Accounts;

/// <summary>
/// Names the system itself writes under in incident rooms and the audit trail (the planner's answers, the engine's
/// steps): no account or API key may take one, or it could pass its words off as the system's.
/// </summary>
public static class ReservedNames
{
    public static IReadOnlyList<string> All { get; } = ["planner", "engine", "system", "watchdog", "anonymous"];

    public static bool IsReserved(string name) => All.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase);
}
