using System.Reflection;
using Xunit.Sdk;

namespace AgentSoar.Storage.Tests;

/// <summary>Runs a theory once per engine, so both engines are held to the very same test.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllEnginesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
    [
        [StorageProviders.Sqlite],
        [StorageProviders.PostgreSql],
    ];
}
