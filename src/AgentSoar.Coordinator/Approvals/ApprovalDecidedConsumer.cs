using AgentSoar.Contracts.Approvals;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Engine.Events;
using MassTransit;

namespace AgentSoar.Coordinator.Approvals;

/// <summary>Hands a final approval decision to its run, which dispatches the action or records the denial.</summary>
// Events are stamped with this Coordinator's clock, not the sender's: deadlines computed
// from another machine's time (or from a message resent after an outage) would be wrong.
public sealed class ApprovalDecidedConsumer(RunCoordinator runs, TimeProvider clock) : IConsumer<ApprovalDecided>
{
    public Task Consume(ConsumeContext<ApprovalDecided> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        return runs.ApplyAsync(
            m.RunId,
            new ApprovalResolved(clock.GetUtcNow(), m.ApprovalId, m.StepId, m.Status == "approved", m.Status, m.DecidedBy, m.Reason) { Answer = m.Answer },
            context.CancellationToken);
    }
}
