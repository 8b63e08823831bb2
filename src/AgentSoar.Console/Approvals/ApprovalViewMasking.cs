using AgentSoar.Contracts.Queries;
using AgentSoar.Contracts.Secrets;

namespace AgentSoar.Console.Approvals;

/// <summary>
/// Masks secret-named fields (see <see cref="SecretFields"/>) in what approval cards and plan cards show, as
/// <c>RunViewMasking</c> does for runs: the Coordinator masks its views already, and the console masks again at the
/// edge whatever it is given. The action hash is untouched: it still binds the approval to the exact action.
/// </summary>
public static class ApprovalViewMasking
{
    public static ApprovalView Mask(ApprovalView approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        return approval with { Inputs = SecretFields.Mask(approval.Inputs) };
    }

    public static IReadOnlyList<ApprovalView> Mask(IEnumerable<ApprovalView> approvals) => [.. approvals.Select(Mask)];

    public static PlanView Mask(PlanView plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan with { Decision = SecretFields.Mask(plan.Decision) };
    }
}
