using AgentSoar.Contracts;
using MassTransit;

namespace AgentSoar.Hosting.Logging;

/// <summary>Puts the message's incident, run and step ids on every log line written while it is consumed.</summary>
public sealed class CorrelationLogFilter<T> : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Message is not ICorrelated correlated)
        {
            await next.Send(context);
            return;
        }

        using (Serilog.Context.LogContext.PushProperty(CorrelationProperties.IncidentId, correlated.IncidentId))
        using (Serilog.Context.LogContext.PushProperty(CorrelationProperties.RunId, correlated.RunId))
        using (Serilog.Context.LogContext.PushProperty(CorrelationProperties.StepId, correlated.StepId))
        {
            await next.Send(context);
        }
    }

    public void Probe(ProbeContext context) => context?.CreateFilterScope("correlationLog");
}
