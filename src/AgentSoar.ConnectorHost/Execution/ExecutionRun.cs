using AgentSoar.Contracts.Actions;

namespace AgentSoar.ConnectorHost.Execution;

/// <summary>How all the attempts of one execution went: an output, or the error to report.</summary>
internal sealed record ExecutionRun(object? Output, ActionErrorKind? ErrorKind, string? Error, int Attempts);
