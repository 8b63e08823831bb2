namespace AgentSoar.Engine.Runs;

/// <summary>
/// Why a step went the way it did, structured: the expression that decided, the value it took, and what followed
/// (<c>then</c>/<c>else</c>, a switch case or <c>default</c>, <c>skipped</c> for a false guard, <c>stop</c> for a while loop).
/// </summary>
public sealed record BranchDecision(string Expression, string Value, string Branch);
