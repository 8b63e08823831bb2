namespace AgentSoar.Contracts.Queries;

/// <summary>A playbook in service as a list shows it.</summary>
/// <param name="Id">Its metadata.id.</param>
/// <param name="Name">Its metadata.name.</param>
/// <param name="Version">The version in service.</param>
/// <param name="Description">Its metadata.description.</param>
/// <param name="Tags">Its metadata.tags.</param>
/// <param name="Triggers">The trigger conditions as written (the expression text).</param>
/// <param name="Risk">The connector actions it can call, with their risk as the connectors declare it.</param>
/// <param name="RecentRuns">How many of the most recent runs (the newest 500 of all) ran it.</param>
/// <param name="Valid">False when its file changed and no longer validates: the version before stays in service.</param>
/// <param name="Problems">How many errors and warnings its file has now.</param>
public sealed record PlaybookSummaryView(
    string Id,
    string Name,
    int Version,
    string? Description,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Triggers,
    PlaybookRiskView Risk,
    int RecentRuns,
    bool Valid,
    int Problems);
