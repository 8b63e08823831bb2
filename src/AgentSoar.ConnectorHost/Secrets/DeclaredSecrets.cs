using System.Collections;
using System.Reflection;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Secrets;

/// <summary>Finds the values of the <see cref="SecretAttribute"/> properties in a bound options object, nested ones included.</summary>
internal static class DeclaredSecrets
{
    private const int MaxDepth = 8;

    public static IEnumerable<string> In(object? options)
    {
        var found = new List<string>();
        Collect(options, found, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        return found;
    }

    private static void Collect(object? value, List<string> found, HashSet<object> seen, int depth)
    {
        if (value is null or string || depth > MaxDepth || value.GetType().IsPrimitive || !seen.Add(value))
        {
            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (var item in dictionary.Values)
            {
                Collect(item, found, seen, depth + 1);
            }

            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Collect(item, found, seen, depth + 1);
            }

            return;
        }

        // Framework types (Uri, TimeSpan, ...) hold no declared secrets and can be deep.
        if (value.GetType().Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length != 0 || !property.CanRead)
            {
                continue;
            }

            var propertyValue = property.GetValue(value);
            if (property.IsDefined(typeof(SecretAttribute), inherit: true))
            {
                if (propertyValue is string secret)
                {
                    found.Add(secret);
                }
            }
            else
            {
                Collect(propertyValue, found, seen, depth + 1);
            }
        }
    }
}
