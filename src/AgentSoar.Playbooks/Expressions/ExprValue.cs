using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>A typed expression value: null, bool, number, string, list, map, timestamp, duration or IP address.</summary>
public abstract class ExprValue
{
    public static ExprValue FromJson(JsonNode? node) => throw new NotImplementedException();

    public abstract JsonNode? ToJson();

    public abstract bool IsTruthy { get; }
}
