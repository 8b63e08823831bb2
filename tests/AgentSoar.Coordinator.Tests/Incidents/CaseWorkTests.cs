using AgentSoar.Contracts.Incidents;
using AgentSoar.Coordinator.Incidents;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Tests.Incidents;

/// <summary>The rules of case work, without storage.</summary>
public sealed class CaseWorkTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static IncidentRecord Open() => new(Guid.NewGuid(), "Beacon", 3, IncidentStatuses.Open, Now.AddHours(-1), Now.AddHours(-1), 4);

    [Fact]
    public void Tag_NewAndExistingTags_NormalisesAddsOnceAndAdvancesTheVersion()
    {
        var incident = Open() with { TagsJson = """["phishing"]""" };

        var decision = CaseWork.Tag(incident, new TagIncident(incident.Id, ["VIP", "phishing", " attack:T1059 "], [], "alice"), Now);

        Assert.Equal(IncidentChangeOutcome.Changed, decision.Outcome);
        Assert.Equal("""["phishing","vip","attack:t1059"]""", decision.Change!.Incident.TagsJson);
        Assert.Equal(5, decision.Change.Incident.Version);
        Assert.Equal(Now, decision.Change.Incident.UpdatedAt);
        Assert.Equal("added vip, attack:t1059", decision.Detail);
    }

    [Fact]
    public void Tag_RemovingWhatItHasAndAddingWhatItHas_IsUnchanged()
    {
        var incident = Open() with { TagsJson = """["phishing"]""" };

        var decision = CaseWork.Tag(incident, new TagIncident(incident.Id, ["phishing"], ["never-had"], "alice"), Now);

        Assert.Equal(IncidentChangeOutcome.Unchanged, decision.Outcome);
        Assert.Null(decision.Change);
    }

    [Theory]
    [InlineData("bad tag", "may only hold")]
    [InlineData("-leading", "must start with a letter or digit")]
    [InlineData("", "empty")]
    [InlineData("<script>", "may only hold")]
    public void Tag_MalformedTag_IsInvalidAndSaysWhy(string tag, string expected)
    {
        var incident = Open();

        var decision = CaseWork.Tag(incident, new TagIncident(incident.Id, [tag], [], "alice"), Now);

        Assert.Equal(IncidentChangeOutcome.Invalid, decision.Outcome);
        Assert.Contains(expected, decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_MoreThanTheLimit_IsInvalid()
    {
        var incident = Open();
        var many = Enumerable.Range(0, CaseText.MaxTags + 1).Select(i => $"t{i}").ToList();

        var decision = CaseWork.Tag(incident, new TagIncident(incident.Id, many, [], "alice"), Now);

        Assert.Equal(IncidentChangeOutcome.Invalid, decision.Outcome);
        Assert.Contains($"at most {CaseText.MaxTags}", decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_SameTagAddedAndRemoved_IsInvalid()
    {
        var incident = Open();

        var decision = CaseWork.Tag(incident, new TagIncident(incident.Id, ["x"], ["X"], "alice"), Now);

        Assert.Equal(IncidentChangeOutcome.Invalid, decision.Outcome);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("bell\u0007", "control characters")]
    public void Comment_UnacceptableText_IsInvalid(string text, string expected)
    {
        var incident = Open();

        var decision = CaseWork.Comment(incident, new CommentOnIncident(incident.Id, "alice", text), Guid.NewGuid(), Now);

        Assert.Equal(IncidentChangeOutcome.Invalid, decision.Outcome);
        Assert.Contains(expected, decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Comment_TooLong_IsInvalidWithTheLimit()
    {
        var incident = Open();

        var decision = CaseWork.Comment(incident, new CommentOnIncident(incident.Id, "alice", new string('a', CaseText.MaxCommentLength + 1)), Guid.NewGuid(), Now);

        Assert.Equal(IncidentChangeOutcome.Invalid, decision.Outcome);
        Assert.Contains(CaseText.MaxCommentLength.ToString(System.Globalization.CultureInfo.InvariantCulture), decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Comment_MultiLineText_IsKeptAsWritten()
    {
        var incident = Open();
        var id = Guid.NewGuid();

        var decision = CaseWork.Comment(incident, new CommentOnIncident(incident.Id, "alice", "line one\n\tline two"), id, Now);

        Assert.Equal(new IncidentCommentRecord(id, incident.Id, "alice", "line one\n\tline two", Now), decision.Change!.Comment);
    }

    [Fact]
    public void Assign_SameAssignee_IsUnchanged_OtherAssigneeRecordsThePrevious()
    {
        var incident = Open() with { Assignee = "alice" };

        var same = CaseWork.Assign(incident, new AssignIncident(incident.Id, "alice", "bob"), Now);
        var other = CaseWork.Assign(incident, new AssignIncident(incident.Id, "bob", "bob"), Now);
        var nobody = CaseWork.Assign(incident, new AssignIncident(incident.Id, null, "bob"), Now);

        Assert.Equal(IncidentChangeOutcome.Unchanged, same.Outcome);
        Assert.Equal("bob", other.Change!.Incident.Assignee);
        Assert.Equal("alice", other.Change.AuditData["previous"]!.GetValue<string>());
        Assert.Null(nobody.Change!.Incident.Assignee);
    }

    [Fact]
    public void Assign_AssigneeWithSurroundingSpaces_IsInvalid()
    {
        var incident = Open();

        var decision = CaseWork.Assign(incident, new AssignIncident(incident.Id, " alice", "bob"), Now);

        Assert.Equal(IncidentChangeOutcome.Invalid, decision.Outcome);
    }

    [Fact]
    public void Close_OpenIncident_SetsStatusTimeAndResolution()
    {
        var incident = Open();

        var decision = CaseWork.Close(incident, new CloseIncident(incident.Id, IncidentResolutions.FalsePositive, "test traffic", "alice"), Now);

        var closed = decision.Change!.Incident;
        Assert.Equal((IncidentStatuses.Closed, Now, "false_positive"), (closed.Status, closed.ClosedAt, closed.Resolution));
        Assert.Equal("incident_closed", decision.Change.AuditKind);
    }

    [Fact]
    public void Close_AlreadyClosed_IsAConflict()
    {
        var incident = Open() with { Status = IncidentStatuses.Closed, Resolution = "benign", ClosedAt = Now };

        var decision = CaseWork.Close(incident, new CloseIncident(incident.Id, IncidentResolutions.TruePositive, null, "alice"), Now);

        Assert.Equal(IncidentChangeOutcome.Conflict, decision.Outcome);
        Assert.Contains("benign", decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_UnknownResolution_IsInvalidAndListsTheKnownOnes()
    {
        var incident = Open();

        var decision = CaseWork.Close(incident, new CloseIncident(incident.Id, "solved", null, "alice"), Now);

        Assert.Equal(IncidentChangeOutcome.Invalid, decision.Outcome);
        Assert.Contains("true_positive, false_positive, benign, duplicate, other", decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Reopen_ClosedIncident_ClearsTheResolution_OpenIncidentIsAConflict()
    {
        var closed = Open() with { Status = IncidentStatuses.Closed, Resolution = "benign", ClosedAt = Now };

        var reopened = CaseWork.Reopen(closed, new ReopenIncident(closed.Id, "it came back", "alice"), Now);
        var again = CaseWork.Reopen(reopened.Change!.Incident, new ReopenIncident(closed.Id, null, "alice"), Now);

        Assert.Equal((IncidentStatuses.Open, (DateTimeOffset?)null, (string?)null), (reopened.Change.Incident.Status, reopened.Change.Incident.ClosedAt, reopened.Change.Incident.Resolution));
        Assert.Equal("benign", reopened.Change.AuditData["previous_resolution"]!.GetValue<string>());
        Assert.Equal(IncidentChangeOutcome.Conflict, again.Outcome);
    }
}
