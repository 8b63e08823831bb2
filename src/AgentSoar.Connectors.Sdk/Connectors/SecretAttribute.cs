namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// Marks a property of a connector's options class as a secret: the host masks its value as
/// <c>***</c> wherever it could leave the host (outputs, errors, logs).
/// </summary>
/// <remarks>
/// Keys whose last segment ends in <c>Secret</c>, <c>Password</c>, <c>ApiKey</c> or <c>Token</c>, and
/// every value read from a <c>_FILE</c> entry, are secrets without the attribute; mark the others
/// (a URL that embeds a token, a community string). The value is still bound into the options.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class SecretAttribute : Attribute
{
}
