using AgentSoar.Contracts.Connectors;

namespace AgentSoar.Contracts.Queries;

/// <summary>A connector as its host last announced it, and how its actions fared in recent runs.</summary>
/// <param name="Name">The connector's name, as playbooks call it (<c>name.action</c>).</param>
/// <param name="Version">Its version.</param>
/// <param name="Description">What it connects to.</param>
/// <param name="Simulated">Whether it only simulates its actions (records what it would do, changes nothing).</param>
/// <param name="HostId">The connector host that announced it.</param>
/// <param name="LastSeenAt">When that host announced it last (by the host's clock).</param>
/// <param name="Activity">How its actions ended in recent runs.</param>
/// <param name="Actions">Its actions: risk, whether they change anything, the undo action, the OpenC2 mapping and the schemas.</param>
public sealed record ConnectorView(
    string Name,
    string Version,
    string Description,
    bool Simulated,
    string HostId,
    DateTimeOffset LastSeenAt,
    ConnectorActivityView Activity,
    IReadOnlyList<ActionInfo> Actions);
