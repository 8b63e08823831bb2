using System.ComponentModel;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed record HashInput([Description("An MD5, SHA-1 or SHA-256 file hash, in hex.")] string Hash)
{
    public ActionFailure? Check() => Hash.Length is 32 or 40 or 64 && Hash.All(Uri.IsHexDigit)
        ? null
        : ActionFailure.InvalidInput("hash must be an MD5, SHA-1 or SHA-256 in hex (32, 40 or 64 hex digits).");
}
