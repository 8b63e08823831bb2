using Serilog.Core;
using Serilog.Events;

namespace AgentSoar.Hosting.Logging;

/// <summary>Renders the correlation ids present on an event as short tags for the console template.</summary>
internal sealed class CorrelationTagEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        Tag(logEvent, propertyFactory, CorrelationProperties.IncidentId, "IncidentTag", " incident=");
        Tag(logEvent, propertyFactory, CorrelationProperties.RunId, "RunTag", " run=");
        Tag(logEvent, propertyFactory, CorrelationProperties.StepId, "StepTag", " step=");
    }

    private static void Tag(LogEvent logEvent, ILogEventPropertyFactory factory, string source, string target, string prefix)
    {
        var text = logEvent.Properties.TryGetValue(source, out var value) && value is ScalarValue { Value: not null } scalar
            ? prefix + scalar.Value
            : string.Empty;
        logEvent.AddOrUpdateProperty(factory.CreateProperty(target, text));
    }
}
