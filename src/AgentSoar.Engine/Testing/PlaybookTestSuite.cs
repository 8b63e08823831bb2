namespace AgentSoar.Engine.Testing;

/// <summary>A test file: the playbook it tests and its cases.</summary>
public sealed record PlaybookTestSuite(string File, string PlaybookId, IReadOnlyList<PlaybookTestCase> Cases);
