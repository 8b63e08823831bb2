namespace AgentSoar.Storage;

/// <summary>One versioned schema change for one engine, as embedded in the assembly.</summary>
internal sealed record MigrationScript(int Version, string Name, string Sql);
