using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel;

/// <summary>One configured source. Implementations are shared by concurrent lookups.</summary>
internal interface IIntelSource
{
    string Name { get; }

    bool Optional { get; }

    bool Handles(IndicatorKind kind);

    Task<SourceOutcome> LookupAsync(Indicator indicator, ActionContext context);

    /// <summary>Loads what needs loading (a feed) and says how the source is.</summary>
    SourceStatus Status();
}
