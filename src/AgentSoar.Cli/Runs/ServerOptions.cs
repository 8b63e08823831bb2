using System.CommandLine;

namespace AgentSoar.Cli.Runs;

/// <summary>Where the AgentSoar API is and the key to call it with: options, else environment, else the all-in-one defaults.</summary>
internal sealed class ServerOptions
{
    public const string UrlVariable = "AGENTSOAR_URL";
    public const string KeyVariable = "AGENTSOAR_API_KEY";
    private const string DefaultUrl = "http://127.0.0.1:5080";
    private const string DefaultKeyFile = ".data/admin.key";

    public Option<string?> Server { get; } = new("--server")
    {
        Description = $"The AgentSoar API's base URL (default: ${UrlVariable}, else {DefaultUrl}, where the all-in-one mode listens).",
    };

    public Option<string?> KeyFile { get; } = new("--key-file")
    {
        Description = $"A file holding the API key (default: ${KeyVariable} when set, else {DefaultKeyFile}, the all-in-one mode's bootstrap key). Never pass a key on the command line.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Server);
        command.Options.Add(KeyFile);
    }

    /// <summary>The base URL and key, or an error message saying what is missing.</summary>
    public (Uri? Url, string? Key, string? Error) Resolve(ParseResult parse)
    {
        var url = parse.GetValue(Server) ?? Environment.GetEnvironmentVariable(UrlVariable) ?? DefaultUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            return (null, null, $"'{url}' is not an http(s) URL");
        }

        var file = parse.GetValue(KeyFile);
        var key = file is null ? Environment.GetEnvironmentVariable(KeyVariable) : null;
        if (key is null)
        {
            file ??= DefaultKeyFile;
            if (!File.Exists(file))
            {
                return (null, null, $"no API key: give --key-file FILE or set ${KeyVariable} (there is no {file})");
            }

            key = File.ReadAllText(file).Trim();
        }

        return key.Length == 0 ? (null, null, "the API key is empty") : (baseUrl, key, null);
    }
}
