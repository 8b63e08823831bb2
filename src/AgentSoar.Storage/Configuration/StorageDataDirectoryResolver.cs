using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgentSoar.Storage;

/// <summary>
/// Makes a relative DataDirectory relative to the host's content root rather than to whatever the
/// working directory happens to be when a service manager starts the process.
/// </summary>
internal sealed class StorageDataDirectoryResolver(IHostEnvironment? environment = null) : IPostConfigureOptions<StorageOptions>
{
    public void PostConfigure(string? name, StorageOptions options)
    {
        if (environment is not null && !string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            options.DataDirectory = Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);
        }
    }
}
