using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Secrets;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts.Connectors;

namespace AgentSoar.ConnectorHost.Registry;

/// <summary>Starts one connector: binds and validates its options, gathers its secrets, creates and checks its actions.</summary>
internal sealed class ConnectorLoader(IConfiguration configuration, SecretMasker masker, ILoggerFactory loggerFactory, TimeProvider time)
{
    public const string ConnectorsSection = "AgentSoar:Connectors";

    public RegisteredConnector Load(Connector connector, bool simulateAll)
    {
        var sectionPath = $"{ConnectorsSection}:{connector.Name}";
        var section = ConnectorConfiguration.Resolve(configuration.GetSection(sectionPath), masker);
        var options = ConnectorOptionsBinder.Bind(connector.OptionsType, section, sectionPath);
        foreach (var secret in DeclaredSecrets.In(options))
        {
            masker.Add(secret);
        }

        // A connector's own setting wins over the global one: the all-in-one mode simulates
        // everything by default, and a connector the user has configured for real says so.
        var simulated = ConfigurationFlag.ReadOptional(section["Simulation"], $"{sectionPath}:Simulation") ?? simulateAll;
        var setup = new ConnectorSetup
        {
            Options = options,
            Secrets = new ConnectorSecretStore(section, masker),
            Logger = new ActionLogger(loggerFactory.CreateLogger($"AgentSoar.Connectors.{connector.Name}"), masker),
            Time = time,
        };

        IReadOnlyList<ConnectorAction> actions;
        try
        {
            actions = connector.CreateActions(setup) ?? [];
        }
        catch (Exception ex) when (ex is not ConnectorConfigurationException)
        {
            // No inner exception: its message and stack may carry the unmasked configuration.
            throw new ConnectorConfigurationException($"{sectionPath}: the connector '{connector.Name}' could not start: {ex.GetType().Name}: {masker.Mask(ex.Message)}");
        }

        Check(connector.Name, actions);
        return new RegisteredConnector(connector, setup, simulated, [.. actions.Select(action => Register(connector.Name, action))]);
    }

    private static void Check(string connector, IReadOnlyList<ConnectorAction> actions)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var metadata in actions.Select(action => action.Metadata))
        {
            if (!NameRules.IsValid(metadata.Name))
            {
                throw new ConnectorConfigurationException($"Connector '{connector}' has an action named '{metadata.Name}'; action names use {NameRules.Description}.");
            }

            if (!names.Add(metadata.Name))
            {
                throw new ConnectorConfigurationException($"Connector '{connector}' has two actions named '{metadata.Name}'.");
            }
        }

        foreach (var metadata in actions.Select(action => action.Metadata).Where(metadata => metadata.UndoAction is not null))
        {
            if (!names.Contains(metadata.UndoAction!))
            {
                throw new ConnectorConfigurationException($"Action '{connector}.{metadata.Name}' names the undo action '{metadata.UndoAction}', which the connector does not have.");
            }
        }
    }

    private static RegisteredAction Register(string connector, ConnectorAction action)
    {
        var metadata = action.Metadata;
        JsonNode input;
        JsonNode output;
        try
        {
            input = ConnectorJson.GetSchema(action.InputType);
            output = ConnectorJson.GetSchema(action.OutputType);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException or JsonException)
        {
            throw new ConnectorConfigurationException($"Action '{connector}.{metadata.Name}' has input or output types that cannot be described as JSON: {ex.Message}", ex);
        }

        if (input is not JsonObject inputObject || inputObject["type"]?.ToString() != "object")
        {
            throw new ConnectorConfigurationException($"Action '{connector}.{metadata.Name}' must take a record as input (a JSON object), not {action.InputType.Name}.");
        }

        var info = new ActionInfo(
            metadata.Name,
            metadata.Description,
            RiskLevels.From(metadata.Risk),
            metadata.Mutating,
            metadata.Idempotent,
            metadata.UndoAction,
            JsonSerializer.SerializeToElement(input),
            JsonSerializer.SerializeToElement(output))
        {
            OpenC2 = metadata.OpenC2 is { } openC2 ? new OpenC2Info(openC2.Action, openC2.Target, openC2.Profile) : null,
        };
        return new RegisteredAction(connector, action, inputObject, info);
    }
}
