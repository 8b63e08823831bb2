using System.Collections.Concurrent;
using System.Data;
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
            var value = property.GetValue(Parameters);
            parameter.Value = value ?? DBNull.Value;
            if (value is null)
            {
                // A null keeps the type a value would have, so a statement stays one prepared statement whichever
                // of its columns are null (Npgsql prepares per parameter types, and an untyped null has none).
                parameter.DbType = NullType(property.PropertyType);
            }

            command.Parameters.Add(parameter);
        }
    }

    // Only PostgreSQL takes batches. The stores' parameters are text, numbers, and ids, which SqlDialect.Id hands
    // over as object (a uuid on PostgreSQL): the one object-typed kind of parameter there is.
    private static DbType NullType(Type declared) => (Nullable.GetUnderlyingType(declared) ?? declared) switch
    {
        var t when t == typeof(string) => DbType.String,
        var t when t == typeof(long) => DbType.Int64,
        var t when t == typeof(int) => DbType.Int32,
        var t when t == typeof(bool) => DbType.Boolean,
        var t when t == typeof(object) || t == typeof(Guid) => DbType.Guid,
        var t => throw new NotSupportedException($"A batch parameter of type {t.Name} has no database type here; add it."),
    };
}
