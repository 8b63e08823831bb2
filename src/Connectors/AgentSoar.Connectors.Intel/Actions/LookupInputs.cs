using System.ComponentModel;
using System.Net;

namespace AgentSoar.Connectors.Intel;

internal sealed record LookupIpInput([Description("The IPv4 or IPv6 address to look up.")] IPAddress Ip);

internal sealed record LookupDomainInput([Description("The domain name to look up, e.g. login-update.example.")] string Domain);

internal sealed record LookupUrlInput([Description("The absolute URL to look up.")] string Url);

internal sealed record LookupHashInput([Description("The file hash to look up: MD5, SHA-1, SHA-256 or SHA-512, in hex.")] string Hash);
