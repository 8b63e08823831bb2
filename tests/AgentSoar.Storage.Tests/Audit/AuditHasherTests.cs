namespace AgentSoar.Storage.Tests;

public sealed class AuditHasherTests
{
    private static readonly AuditDraft Draft = new(
        new DateTimeOffset(2025, 3, 14, 11, 26, 53, TimeSpan.FromHours(2)).AddTicks(5_897_931),
        "coordinator",
        "run.step.started",
        Guid.Parse("11111111-1111-1111-1111-111111111111"),
        Guid.Parse("22222222-2222-2222-2222-222222222222"),
        "enrich",
        """{"ip":"203.0.113.7","note":"é"}""");

    // Computed independently (Python, from the encoding written in AuditHasher's remarks). Stored chains
    // depend on these bytes: if this test fails, existing audit trails would stop verifying.
    [Fact]
    public void Compute_KnownDraft_MatchesTheDocumentedEncoding()
    {
        Assert.Equal("6fd1547e6338c4d93efc3d8e2536e260de8abb66eb251eea1a8de500bcd76c20", AuditHasher.Compute(42, Draft, AuditHasher.GenesisHash));
        Assert.Equal(
            "5fe1cd8cae41333738f654490e7861b8f43f7d8e83130a4174967983d6c8be33",
            AuditHasher.Compute(42, Draft with { IncidentId = null, StepId = null }, AuditHasher.GenesisHash));
    }

    [Fact]
    public void Compute_NullAndEmptyStep_HashDifferently()
    {
        Assert.NotEqual(
            AuditHasher.Compute(1, Draft with { StepId = null }, AuditHasher.GenesisHash),
            AuditHasher.Compute(1, Draft with { StepId = "" }, AuditHasher.GenesisHash));
    }

    [Fact]
    public void Compute_SameTextSplitDifferentlyAcrossFields_HashesDifferently()
    {
        Assert.NotEqual(
            AuditHasher.Compute(1, Draft with { Actor = "ab", Kind = "c" }, AuditHasher.GenesisHash),
            AuditHasher.Compute(1, Draft with { Actor = "a", Kind = "bc" }, AuditHasher.GenesisHash));
    }

    [Fact]
    public void Compute_AnyFieldChanged_ChangesTheHash()
    {
        var other = Guid.Parse("33333333-3333-3333-3333-333333333333");
        var hashes = new[]
        {
            AuditHasher.Compute(1, Draft, AuditHasher.GenesisHash),
            AuditHasher.Compute(2, Draft, AuditHasher.GenesisHash),
            AuditHasher.Compute(1, Draft, new string('1', 64)),
            AuditHasher.Compute(1, Draft with { At = Draft.At.AddTicks(1) }, AuditHasher.GenesisHash),
            AuditHasher.Compute(1, Draft with { Actor = "alice" }, AuditHasher.GenesisHash),
            AuditHasher.Compute(1, Draft with { Kind = "run.step.failed" }, AuditHasher.GenesisHash),
            AuditHasher.Compute(1, Draft with { IncidentId = other }, AuditHasher.GenesisHash),
            AuditHasher.Compute(1, Draft with { RunId = other }, AuditHasher.GenesisHash),
            AuditHasher.Compute(1, Draft with { IncidentId = Draft.RunId, RunId = Draft.IncidentId }, AuditHasher.GenesisHash),
            AuditHasher.Compute(1, Draft with { StepId = "block" }, AuditHasher.GenesisHash),
            AuditHasher.Compute(1, Draft with { DataJson = "{}" }, AuditHasher.GenesisHash),
        };

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    [Fact]
    public void Compute_SameInstantInAnotherOffset_HashesTheSame()
    {
        Assert.Equal(
            AuditHasher.Compute(1, Draft, AuditHasher.GenesisHash),
            AuditHasher.Compute(1, Draft with { At = Draft.At.ToOffset(TimeSpan.FromHours(-5)) }, AuditHasher.GenesisHash));
    }

    [Fact]
    public void FormatTime_AnyOffset_IsUtcWithSevenFractionDigits()
    {
        Assert.Equal("2025-03-14T09:26:53.5897931Z", AuditHasher.FormatTime(Draft.At));
        Assert.Equal("2025-03-14T09:26:53.0000000Z", AuditHasher.FormatTime(new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero)));
    }

    [Fact]
    public void Compute_Entry_EqualsTheDraftItWasMadeFrom()
    {
        var hash = AuditHasher.Compute(7, Draft, AuditHasher.GenesisHash);
        var entry = new AuditEntry(
            7, Draft.At, Draft.Actor, Draft.Kind, Draft.IncidentId, Draft.RunId, Draft.StepId, Draft.DataJson, AuditHasher.GenesisHash, hash);

        Assert.Equal(hash, AuditHasher.Compute(entry));
    }
}
