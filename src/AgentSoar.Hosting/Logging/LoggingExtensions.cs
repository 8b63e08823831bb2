using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Formatting.Json;

namespace AgentSoar.Hosting.Logging;

public static class LoggingExtensions
{
    private const string ConsoleTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {Service} {SourceContext}{IncidentTag}{RunTag}{StepTag}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Serilog for every service: structured, with the service name and, inside message handling,
    /// the incident, run and step ids on every line. <c>AgentSoar:Logging:Json=true</c> writes JSON
    /// lines (for log shippers); <c>AgentSoar:Logging:File</c> adds a rolling JSON file.
    /// </summary>
    public static IHostApplicationBuilder AddAgentSoarLogging(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection("AgentSoar:Logging");
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("MassTransit", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("System.Net.Http", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Extensions.Diagnostics.HealthChecks", Serilog.Events.LogEventLevel.Error) // every probe of a degraded service would warn
            .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection", Serilog.Events.LogEventLevel.Error) // API keys protect nothing with it; its key-storage warning misleads
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Service", serviceName)
            .Enrich.With<CorrelationTagEnricher>();

        configuration = string.Equals(section["Json"], "true", StringComparison.OrdinalIgnoreCase)
            ? configuration.WriteTo.Console(new JsonFormatter(renderMessage: true))
            : configuration.WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);

        var file = section["File"];
        if (!string.IsNullOrWhiteSpace(file))
        {
            configuration = configuration.WriteTo.File(new JsonFormatter(renderMessage: true), file, rollingInterval: RollingInterval.Day);
        }

        Log.Logger = configuration.CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(Log.Logger, dispose: true);
        return builder;
    }
}
