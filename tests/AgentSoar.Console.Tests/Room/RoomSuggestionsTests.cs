using AgentSoar.Console.Ui.Room;

namespace AgentSoar.Console.Tests.Room;

public sealed class RoomSuggestionsTests
{
    [Fact]
    public void For_ARoom_FillsTheCommandsInWithItsApprovalsRunsAndCandidates()
    {
        var run = Guid.Parse("3f2a9c1d-0000-4000-8000-000000000001");

        var suggestions = RoomSuggestions.For([2, 5], [run], ["block-malicious-ip", "enrich-ips", "block-malicious-ip"], "ann");

        Assert.Contains("/approve 2", suggestions);
        Assert.Contains("/reject 5 ", suggestions);
        Assert.Contains("/rollback 3f2a9c1d ", suggestions);
        Assert.Contains("/run enrich-ips ", suggestions);
        Assert.Contains("/assign ann", suggestions);
        Assert.Single(suggestions, s => s == "/run block-malicious-ip ");
        Assert.DoesNotContain("/approve 1", suggestions);
    }
}
