using System.ComponentModel.DataAnnotations;
using AgentSoar.Connectors.OpenC2.Language;

namespace AgentSoar.Connectors.OpenC2;

/// <summary>The openc2 connector's settings, under <c>AgentSoar:Connectors:openc2</c>.</summary>
public sealed class OpenC2Options : IValidatableObject
{
    /// <summary>The actuators commands may be sent to, by name. Only these hosts are ever called.</summary>
    public IDictionary<string, OpenC2ActuatorOptions> Actuators { get; } =
        new Dictionary<string, OpenC2ActuatorOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long to wait for an actuator's answer. Default 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Non-standard profile namespaces (<c>x-acme</c>) whose arguments, actuator specifiers and results
    /// <c>send_command</c> accepts without checking their content. The <c>slpf</c> profile is always known.
    /// </summary>
    public IList<string> ExtensionProfiles { get; } = [];

    /// <summary>The most bytes of an actuator's answer that are read. Default 1 MiB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult("must be more than zero and at most 10 minutes.", [nameof(Timeout)]);
        }

        foreach (var (name, actuator) in Actuators)
        {
            if (!Uri.TryCreate(actuator.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                yield return new ValidationResult("must be an absolute http or https URL.", [$"Actuators:{name}:Url"]);
            }

            if (string.IsNullOrWhiteSpace(actuator.ApiKeyHeader) || actuator.ApiKeyHeader.Any(c => c <= ' ' || c == ':'))
            {
                yield return new ValidationResult("must be a header name.", [$"Actuators:{name}:ApiKeyHeader"]);
            }
        }

        for (var i = 0; i < ExtensionProfiles.Count; i++)
        {
            if (!ExtensionProfiles[i].StartsWith("x-", StringComparison.Ordinal) || !OpenC2Profile.IsNamespace(ExtensionProfiles[i]))
            {
                yield return new ValidationResult("must be x- and lowercase letters, digits or _ (x-acme).", [$"ExtensionProfiles:{i}"]);
            }
        }
    }

    /// <summary>The language <c>send_command</c> checks commands and every action checks responses with.</summary>
    /// <returns>The core language, <c>slpf</c> and the extension profiles.</returns>
    public OpenC2Language CreateLanguage() =>
        new([OpenC2Profile.Slpf, .. ExtensionProfiles.Distinct(StringComparer.Ordinal).Select(OpenC2Profile.Opaque)]);
}
