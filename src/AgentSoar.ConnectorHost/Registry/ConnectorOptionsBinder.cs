using System.ComponentModel.DataAnnotations;
using AgentSoar.ConnectorHost.Configuration;

namespace AgentSoar.ConnectorHost.Registry;

/// <summary>Binds a connector's options from its section and validates them, naming the configuration path of each error.</summary>
internal static class ConnectorOptionsBinder
{
    public static object? Bind(Type? optionsType, IConfiguration section, string sectionPath)
    {
        if (optionsType is null)
        {
            return null;
        }

        var options = Activator.CreateInstance(optionsType)
            ?? throw new ConnectorConfigurationException($"{sectionPath}: cannot create the options type {optionsType.Name}.");
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            throw new ConnectorConfigurationException($"{sectionPath}: {ex.Message}", ex);
        }

        RefuseDroppedEntries(options, section, sectionPath);

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var errors = results.SelectMany(result => Paths(result).Select(path => $"{sectionPath}{path}: {result.ErrorMessage}"));
            throw new ConnectorConfigurationException(string.Join(Environment.NewLine, errors));
        }

        return options;
    }

    /// <summary>
    /// The configuration binder leaves out a dictionary entry it can't read (a misspelt enum value in one of an intel
    /// connector's sources, say) without a word, and the connector would start as if it had never been configured.
    /// Each entry left out is bound again alone, to stop the start with the binder's own reason and the entry's path.
    /// </summary>
    private static void RefuseDroppedEntries(object options, IConfiguration section, string sectionPath)
    {
        foreach (var property in options.GetType().GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            var valueType = DictionaryValueType(property.PropertyType);
            if (valueType is null || property.GetValue(options) is not System.Collections.IDictionary bound)
            {
                continue;
            }

            foreach (var entry in section.GetSection(property.Name).GetChildren().Where(c => !bound.Contains(c.Key)))
            {
                var path = $"{sectionPath}:{property.Name}:{entry.Key}";
                try
                {
                    entry.Get(valueType);
                }
                catch (InvalidOperationException ex)
                {
                    throw new ConnectorConfigurationException($"{path}: {ex.Message}", ex);
                }

                throw new ConnectorConfigurationException($"{path}: this entry could not be read.");
            }
        }
    }

    private static Type? DictionaryValueType(Type type)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        return dictionary?.GetGenericArguments() is [var key, var value] && key == typeof(string) ? value : null;
    }

    private static IEnumerable<string> Paths(ValidationResult result) =>
        result.MemberNames.Any() ? result.MemberNames.Select(member => ":" + member) : [""];
}
