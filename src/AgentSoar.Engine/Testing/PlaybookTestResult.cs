using AgentSoar.Engine.Runs;

namespace AgentSoar.Engine.Testing;

/// <summary>The outcome of one test case: what failed (empty when it passed) and the run as it ended.</summary>
public sealed record PlaybookTestResult(string Case, IReadOnlyList<string> Failures, RunState? Run)
{
    public bool Passed => Failures.Count == 0;
}
