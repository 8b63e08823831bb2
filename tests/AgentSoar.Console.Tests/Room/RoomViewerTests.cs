using System.Text.Json;
using AgentSoar.Console.Ui.Room;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Queries;

namespace AgentSoar.Console.Tests.Room;

public sealed class RoomViewerTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static ApprovalView Approval(string proposedBy = "planner", string? role = null, params ApproverDecisionView[] decisions) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "block", "pending", "firewall", "block_ip", JsonDocument.Parse("{}").RootElement,
            "hash", RiskLevel.Critical, 2, role, decisions, proposedBy, "critical-risk action", At, At.AddMinutes(15), null);

    private static RoomViewer Responder(string name = "rita") => new(name, ["responder"], CanDecide: true, CanWorkCases: true, CanRun: true);

    [Fact]
    public void CannotDecide_ResponderOnSomeoneElsesProposal_MayDecide()
    {
        Assert.Null(Responder().CannotDecide(Approval()));
    }

    [Fact]
    public void CannotDecide_Viewer_IsToldTheRoleCannot()
    {
        var viewer = new RoomViewer("vic", ["viewer"], CanDecide: false, CanWorkCases: false, CanRun: false);

        Assert.Contains("role", viewer.CannotDecide(Approval()), StringComparison.Ordinal);
    }

    [Fact]
    public void CannotDecide_Proposer_IsToldSomeoneElseMust()
    {
        Assert.Contains("proposed", Responder("rita").CannotDecide(Approval(proposedBy: "rita")), StringComparison.Ordinal);
    }

    [Fact]
    public void CannotDecide_AlreadyApproved_IsToldItNeedsAnotherPerson()
    {
        var approval = Approval(decisions: new ApproverDecisionView("rita", true, null, At));

        Assert.Contains("another person", Responder("rita").CannotDecide(approval), StringComparison.Ordinal);
    }

    [Fact]
    public void CannotDecide_WithoutTheRequiredRole_NamesTheRole()
    {
        var analyst = new RoomViewer("ann", ["analyst"], CanDecide: true, CanWorkCases: true, CanRun: false);

        Assert.Contains("responder", analyst.CannotDecide(Approval(role: "responder")), StringComparison.Ordinal);
        Assert.Null(Responder().CannotDecide(Approval(role: "RESPONDER")));
    }
}
