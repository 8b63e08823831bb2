namespace AgentSoar.Cacao.Schemas;

/// <summary>One way an instance fails a schema: where (a JSON pointer into the instance) and why.</summary>
public sealed record SchemaError(string Pointer, string Message);
