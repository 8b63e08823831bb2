namespace AgentSoar.Contracts.Queries;

/// <summary>A playbook in service with everything its page shows.</summary>
/// <param name="Summary">What the list shows of it.</param>
/// <param name="File">Its file's path inside the playbook folder.</param>
/// <param name="ContentHash">The SHA-256 of the version in service.</param>
/// <param name="Source">
/// The file's YAML as it is now (what <paramref name="Problems"/> point into), or the text of the version in service
/// when the file cannot be read. Secrets appear in it only as <c>secret:</c> references: nothing is resolved.
/// </param>
/// <param name="SourceInService">Whether <paramref name="Source"/> is exactly the version in service (false: the file changed and was refused).</param>
/// <param name="Problems">Its file's errors and warnings now, in line order.</param>
/// <param name="Versions">The version in service and those recent runs ran, newest first.</param>
/// <param name="RecentRuns">Its runs among the most recent, newest first.</param>
public sealed record PlaybookDetailView(
    PlaybookSummaryView Summary,
    string File,
    string ContentHash,
    string Source,
    bool SourceInService,
    IReadOnlyList<PlaybookProblemView> Problems,
    IReadOnlyList<PlaybookVersionView> Versions,
    IReadOnlyList<PlaybookRunView> RecentRuns);
