namespace AgentSoar.Storage;

/// <summary>The outcome of re-checking the whole audit chain.</summary>
/// <remarks>
/// <c>EntriesChecked</c> counts the entries found intact before the check ended; <c>FirstBrokenSequence</c>
/// is the first sequence that is missing, altered or out of place and <c>Problem</c> says what is wrong in
/// plain words (both null when valid).
/// </remarks>
public sealed record AuditVerification(
    bool IsValid,
    long EntriesChecked,
    long? FirstBrokenSequence,
    string? Problem);
