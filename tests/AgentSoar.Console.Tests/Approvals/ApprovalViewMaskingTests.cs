using System.Text.Json;
using AgentSoar.Console.Approvals;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Queries;

namespace AgentSoar.Console.Tests.Approvals;

public sealed class ApprovalViewMaskingTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Mask_ApprovalWithASecretInput_HidesItAndKeepsTheRestAndTheHash()
    {
        var inputs = JsonDocument.Parse("""{"url": "https://hooks.example/x", "api_token": "s3cr3t", "headers": {"Authorization": "Bearer abc"}}""").RootElement;
        var approval = new ApprovalView(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "post", "pending", "webhook", "post", inputs,
            "hash-of-the-exact-action", RiskLevel.Medium, 1, null, [], "planner", "medium-risk action", At, At.AddMinutes(15), null);

        var masked = ApprovalViewMasking.Mask(approval);

        var text = masked.Inputs.GetRawText();
        Assert.DoesNotContain("s3cr3t", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer abc", text, StringComparison.Ordinal);
        Assert.Contains("https://hooks.example/x", text, StringComparison.Ordinal);
        Assert.Equal("hash-of-the-exact-action", masked.ActionHash);
    }

    [Fact]
    public void Mask_PlanWithASecretInAProposedInput_HidesIt()
    {
        var decision = JsonDocument.Parse("""{"action": "proposed", "candidates": [{"playbook_id": "p", "inputs": {"ip": "203.0.113.9", "password": "hunter2"}}]}""").RootElement;

        var masked = ApprovalViewMasking.Mask(new PlanView(Guid.NewGuid(), Guid.NewGuid(), "rules", At, decision));

        Assert.DoesNotContain("hunter2", masked.Decision.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("203.0.113.9", masked.Decision.GetRawText(), StringComparison.Ordinal);
    }
}
