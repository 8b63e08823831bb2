using AgentSoar.Contracts.Approvals;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Engine.Events;
using MassTransit;

namespace AgentSoar.Coordinator.Approvals;

/// <summary>Hands a final approval decision to its run, which dispatches the action or records the denial.</summary>
public sealed class ApprovalDecidedConsumer(RunCoordinator runs) : IConsumer<ApprovalDecided>
{
    public Task Consume(ConsumeContext<ApprovalDecided> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        return runs.ApplyAsync(
            m.RunId,
            new ApprovalResolved(m.DecidedAt, m.ApprovalId, m.StepId, m.Status == "approved", m.Status, m.DecidedBy, m.Reason),
            context.CancellationToken);
    }
}
