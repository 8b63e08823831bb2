using AgentSoar.Console.Auth;
using AgentSoar.Contracts.ApiKeys;
using Microsoft.Extensions.Options;

namespace AgentSoar.Console.Tests.Auth;

public sealed class ApiKeyStoreTests
{
    [Fact]
    public void Find_InternalKeyAndNoConfiguredKey_BootstrapKeyIsStillMadeAndBothAreAccepted()
    {
        var folder = Directory.CreateTempSubdirectory("agentsoar-keys-").FullName;
        try
        {
            var options = new ApiKeyOptions { BootstrapKeyFile = Path.Combine(folder, "admin.key") };
            options.InternalKeys.Add(Entry("cases-connector", "internal-key-0123456789", "analyst"));

            var store = new ApiKeyStore(Options.Create(options));

            Assert.NotNull(store.BootstrapKeyPath);
            Assert.Equal("admin", store.Find(File.ReadAllText(options.BootstrapKeyFile))!.Name);
            var internalKey = store.Find("internal-key-0123456789")!;
            Assert.Equal("cases-connector", internalKey.Name);
            Assert.Equal(["analyst"], internalKey.Roles);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Find_ConfiguredKey_NoBootstrapKeyIsMade()
    {
        var folder = Directory.CreateTempSubdirectory("agentsoar-keys-").FullName;
        try
        {
            var options = new ApiKeyOptions { BootstrapKeyFile = Path.Combine(folder, "admin.key") };
            options.Keys.Add(Entry("siem", "siem-key-0123456789", "ingest"));

            var store = new ApiKeyStore(Options.Create(options));

            Assert.Null(store.BootstrapKeyPath);
            Assert.False(File.Exists(options.BootstrapKeyFile));
            Assert.Null(store.Find("some-other-key-0123456789"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Constructor_InternalKeyTooShort_NamesTheSetting()
    {
        var options = new ApiKeyOptions();
        options.InternalKeys.Add(Entry("x", "short", "analyst"));

        var error = Assert.Throws<InvalidOperationException>(() => new ApiKeyStore(Options.Create(options)));

        Assert.StartsWith("AgentSoar:Api:InternalKeys:0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_KeyNamedAsTheSystem_IsRefusedNamingTheSetting()
    {
        var options = new ApiKeyOptions();
        options.Keys.Add(Entry("Planner", "a-key-long-enough-0123456789", "analyst"));

        var error = Assert.Throws<InvalidOperationException>(() => new ApiKeyStore(Options.Create(options)));

        Assert.StartsWith("AgentSoar:Api:Keys:0", error.Message, StringComparison.Ordinal);
        Assert.Contains("reserved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplaceStored_KeyAddedThenLeftOut_IsAcceptedThenRefusedAndConfiguredKeysStay()
    {
        var options = new ApiKeyOptions();
        options.Keys.Add(Entry("siem", "siem-key-0123456789", "ingest"));
        var store = new ApiKeyStore(Options.Create(options));
        const string stored = "as_0123456789abcdef0123456789abcdef0123456789abcdef";
        var hash = Convert.ToHexStringLower(ApiKeyStore.Hash(stored));

        store.ReplaceStored([new ActiveApiKey("edr", hash, ["ingest"], "ocsf", 3, 4)]);
        var accepted = store.Find(stored);
        store.ReplaceStored([]);

        Assert.Equal(("edr", "ocsf", 3, 4), (accepted!.Name, accepted.AlertFormat, accepted.AlertsPerSecond, accepted.AlertBurst));
        Assert.Null(store.Find(stored));
        Assert.Equal("siem", store.Find("siem-key-0123456789")!.Name);
        Assert.True(store.IsConfigured("SIEM"));
        Assert.False(store.IsConfigured("edr"));
    }

    private static ApiKeyEntry Entry(string name, string key, string role)
    {
        var entry = new ApiKeyEntry { Name = name, Key = key };
        entry.Roles.Add(role);
        return entry;
    }
}
