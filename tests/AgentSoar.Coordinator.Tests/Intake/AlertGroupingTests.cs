using AgentSoar.Coordinator.Intake;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Tests.Intake;

public sealed class AlertGroupingTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decide_ARepeat_WinsOverSharedKeysAndSaysOfWhat()
    {
        var earlier = new AlertRecord(Guid.NewGuid(), Guid.NewGuid(), "siem", "{}", Now.AddMinutes(-3));
        var matches = new[] { new IncidentKeyMatch(Guid.NewGuid(), new IncidentKey("host", "ws-1"), Now) };

        var grouping = AlertGrouping.Decide(earlier, matches, Now);

        Assert.Equal((AlertGroupingKind.Duplicate, earlier.IncidentId, earlier.Id), (grouping.Kind, grouping.IncidentId, grouping.DuplicateOf));
        Assert.Contains("3 min before", grouping.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_SeveralIncidents_JoinsTheOneSharingMostThenSeenLast()
    {
        var two = Guid.NewGuid();
        var recent = Guid.NewGuid();
        var matches = new[]
        {
            new IncidentKeyMatch(recent, new IncidentKey("user", "alice"), Now.AddMinutes(-1)),
            new IncidentKeyMatch(two, new IncidentKey("host", "ws-1"), Now.AddMinutes(-30)),
            new IncidentKeyMatch(two, new IncidentKey("ip", "10.0.0.5"), Now.AddMinutes(-20)),
        };

        var grouping = AlertGrouping.Decide(null, matches, Now);

        Assert.Equal((AlertGroupingKind.Correlated, two), (grouping.Kind, grouping.IncidentId!.Value));
        Assert.Equal($"shares host ws-1, ip 10.0.0.5 with incident {two}, last seen 20 min before", grouping.Reason);
    }

    [Fact]
    public void Decide_EqualSharing_TheIncidentSeenLastWins()
    {
        var older = Guid.NewGuid();
        var newer = Guid.NewGuid();
        var matches = new[]
        {
            new IncidentKeyMatch(older, new IncidentKey("host", "ws-1"), Now.AddMinutes(-50)),
            new IncidentKeyMatch(newer, new IncidentKey("host", "ws-1"), Now.AddMinutes(-5)),
        };

        Assert.Equal(newer, AlertGrouping.Decide(null, matches, Now).IncidentId);
    }

    [Fact]
    public void Decide_Nothing_OpensAnIncident()
    {
        var grouping = AlertGrouping.Decide(null, [], Now);

        Assert.Equal((AlertGroupingKind.NewIncident, (Guid?)null), (grouping.Kind, grouping.IncidentId));
    }
}
