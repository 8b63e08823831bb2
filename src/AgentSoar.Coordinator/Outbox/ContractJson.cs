using System.Text.Json;

namespace AgentSoar.Coordinator.Outbox;

/// <summary>How contract messages are written into the outbox and the database.</summary>
internal static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Only message types from the contracts assembly can come back out of the outbox: no arbitrary type loading.</summary>
    public static Type ResolveContract(string name) =>
        typeof(Contracts.ICorrelated).Assembly.GetType(name, throwOnError: false)
        ?? throw new InvalidOperationException($"The outbox holds a message of unknown type '{name}'.");
}
