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

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var errors = results.SelectMany(result => Paths(result).Select(path => $"{sectionPath}{path}: {result.ErrorMessage}"));
            throw new ConnectorConfigurationException(string.Join(Environment.NewLine, errors));
        }

        return options;
    }

    private static IEnumerable<string> Paths(ValidationResult result) =>
        result.MemberNames.Any() ? result.MemberNames.Select(member => ":" + member) : [""];
}
