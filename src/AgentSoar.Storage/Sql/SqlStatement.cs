using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;

namespace AgentSoar.Storage;

/// <summary>One statement of a batch, its parameters an object whose properties name them (as Dapper takes them).</summary>
internal sealed record SqlStatement(string Sql, object Parameters)
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>Adds the parameters to a batch command: the stores' parameters are already plain values (ticks, ids, text).</summary>
    public void BindTo(DbBatchCommand command)
    {
        foreach (var property in Properties.GetOrAdd(Parameters.GetType(), type => type.GetProperties()))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = property.Name;
            parameter.Value = property.GetValue(Parameters) ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }
}
