using System.CommandLine;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.ConnectorHost.Plugins;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Connectors.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.Cli.Connectors;

/// <summary>
/// <c>agentsoar connector test PATH</c>: loads a built plugin as the connector host does and runs the conformance kit
/// against every connector in it.
/// </summary>
internal static class ConnectorTestCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "The built plugin: its folder (bin/Release/net10.0) or its .dll." };
        var config = new Option<string?>("--config") { Description = "A JSON file of the connector's settings, as under AgentSoar:Connectors:<name> (default: none)." };
        var samples = new Option<string?>("--samples") { Description = "A JSON file of valid inputs by action name ({\"block_ip\": {\"ip\": \"192.0.2.10\"}}); other actions get inputs derived from their schema." };
        var canaryKey = new Option<string>("--canary-key") { Description = "The setting the canary secret is configured as, relative to the connector's section.", DefaultValueFactory = _ => "ApiKey" };
        var command = new Command("test", "Runs the conformance kit against a built connector plugin: metadata, schemas, simulation, cancellation, invalid inputs and secret leaks. Actions run for real: point the connector at nothing that matters (--config).")
        {
            path,
            config,
            samples,
            canaryKey,
        };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var plugin = parse.GetValue(path)!;
            IReadOnlyList<Type> types;
            ConformanceOptions options;
            try
            {
                types = ConnectorPlugin.LoadConnectorTypes(plugin);
                options = Options(parse.GetValue(config), parse.GetValue(samples), parse.GetValue(canaryKey)!);
            }
            catch (Exception exception) when (exception is IOException or BadImageFormatException or InvalidOperationException or FormatException
                or InvalidDataException or JsonException or UnauthorizedAccessException or ReflectionTypeLoadException or ArgumentException)
            {
                await error.WriteLineAsync($"agentsoar: {plugin}: {exception.Message}");
                return ExitCodes.CommandFailed;
            }

            var output = parse.InvocationConfiguration.Output;
            var failed = 0;
            foreach (var type in types)
            {
                await output.WriteLineAsync($"{NameOf(type)} ({type.FullName})");
                var runner = new ConformanceRunner(services => (Connector)ActivatorUtilities.CreateInstance(services, type), options);
                foreach (var result in await runner.RunAllAsync(ct))
                {
                    await output.WriteLineAsync($"  {(result.Passed ? "pass" : "FAIL")}  {result.Check.Name}: {result.Check.Description}");
                    foreach (var problem in result.Problems)
                    {
                        await output.WriteLineAsync($"        {problem.ReplaceLineEndings(" ")}");
                    }

                    failed += result.Passed ? 0 : 1;
                }
            }

            var total = types.Count * ConformanceRunner.Checks.Count;
            await error.WriteLineAsync($"{types.Count} connector(s), {total} check(s): {total - failed} passed, {failed} failed");
            return failed == 0 ? ExitCodes.Success : ExitCodes.ProblemsFound;
        });
        return command;
    }

    private static ConformanceOptions Options(string? configFile, string? samplesFile, string canaryKey)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (configFile is not null)
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false).Build();
            foreach (var (key, value) in configuration.AsEnumerable(makePathsRelative: true).Where(pair => pair.Value is not null))
            {
                settings[key] = value;
            }
        }

        var samples = samplesFile is null
            ? new JsonObject()
            : JsonNode.Parse(File.ReadAllText(samplesFile)) as JsonObject
                ?? throw new FormatException($"{samplesFile} must hold a JSON object of inputs by action name");
        return new ConformanceOptions
        {
            ConnectorSettings = settings,
            CanarySecretKey = canaryKey,
            SampleInput = action => samples[action.Metadata.Name] is JsonObject sample
                ? sample.DeepClone().AsObject()
                : ConformanceSamples.SampleInput(action),
        };
    }

    /// <summary>The connector's name, from an instance made with no services beyond logging and the clock; the class name if that fails.</summary>
    private static string NameOf(Type type)
    {
        using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).BuildServiceProvider();
        try
        {
            var connector = (Connector)ActivatorUtilities.CreateInstance(services, type);
            (connector as IDisposable)?.Dispose();
            return connector.Name;
        }
        catch (Exception exception) when (exception is InvalidOperationException or TargetInvocationException or MissingMethodException)
        {
            return type.Name;
        }
    }
}
