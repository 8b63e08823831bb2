using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AgentSoar.Connectors.Ldap.Tests.TestSupport;

/// <summary>
/// A real OpenLDAP server for the tests: cn=config made with slapadd in a temporary folder, back_mdb,
/// the core, cosine, inetorgperson, nis and msuser (Active Directory's user and group classes) schemas,
/// the ppolicy overlay with a default policy that honours locks, and seed users and groups added with
/// ldapadd. It listens on a free loopback port and is stopped and deleted when the collection ends.
/// </summary>
public sealed class SlapdServer : IAsyncLifetime
{
    public const string Suffix = "dc=example,dc=test";
    public const string AdminDn = "cn=admin," + Suffix;
    public const string People = "ou=people," + Suffix;
    public const string Groups = "ou=groups," + Suffix;
    public const string AdPeople = "ou=ad," + Suffix;

    /// <summary>The administrator's password, a canary no output, error or log may show.</summary>
    public static string AdminPassword { get; } = "canary-ldap-" + Guid.NewGuid().ToString("N");

    private Process? _slapd;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "agentsoar-slapd-" + Guid.NewGuid().ToString("N"));

    public int Port { get; private set; }

    public string Uri => $"ldap://127.0.0.1:{Port}";

    public static string UserDn(string uid) => $"uid={uid},{People}";

    public async Task InitializeAsync()
    {
        try
        {
            Directory.CreateDirectory(Path.Combine(Folder, "config"));
            Directory.CreateDirectory(Path.Combine(Folder, "data"));
            var configLdif = Path.Combine(Folder, "config.ldif");
            await File.WriteAllTextAsync(configLdif, ConfigLdif());
            await LdapTools.RunAsync("slapadd", ["-n", "0", "-F", Path.Combine(Folder, "config"), "-l", configLdif]);

            Port = FreePort();
            _slapd = Process.Start(new ProcessStartInfo("slapd", ["-d", "0", "-h", Uri + "/", "-F", Path.Combine(Folder, "config")])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("slapd did not start.");
            _slapd.BeginErrorReadLine();
            _slapd.BeginOutputReadLine();
            AppDomain.CurrentDomain.ProcessExit += StopOnExit;
            await WaitUntilListeningAsync();

            var seed = Path.Combine(Folder, "seed.ldif");
            await File.WriteAllTextAsync(seed, SeedLdif);
            await LdapTools.RunAsync("ldapadd", ["-x", "-H", Uri, "-D", AdminDn, "-w", AdminPassword, "-f", seed]);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        if (_slapd is { } slapd)
        {
            if (!slapd.HasExited)
            {
                slapd.Kill(entireProcessTree: true);
                await slapd.WaitForExitAsync();
            }

            slapd.Dispose();
            _slapd = null;
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private void StopOnExit(object? sender, EventArgs e)
    {
        try
        {
            _slapd?.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(10) && !_slapd!.HasExited)
            {
                await Task.Delay(10);
            }
        }
    }

    private string ConfigLdif()
    {
        var config = new StringBuilder();
        config.Append($$"""
            dn: cn=config
            objectClass: olcGlobal
            cn: config
            olcPidFile: {{Folder}}/slapd.pid

            dn: cn=module{0},cn=config
            objectClass: olcModuleList
            cn: module{0}
            olcModulePath: /usr/lib/ldap
            olcModuleLoad: back_mdb
            olcModuleLoad: ppolicy

            dn: cn=schema,cn=config
            objectClass: olcSchemaConfig
            cn: schema


            """);
        foreach (var schema in new[] { "core", "cosine", "inetorgperson", "nis", "msuser" })
        {
            config.Append($"include: file:///etc/ldap/schema/{schema}.ldif\n\n");
        }

        config.Append($$"""
            dn: olcDatabase={1}mdb,cn=config
            objectClass: olcDatabaseConfig
            objectClass: olcMdbConfig
            olcDatabase: {1}mdb
            olcDbDirectory: {{Folder}}/data
            olcDbMaxSize: 16777216
            olcSuffix: {{Suffix}}
            olcRootDN: {{AdminDn}}
            olcRootPW: {{AdminPassword}}
            olcAccess: {0}to attrs=userPassword by self write by anonymous auth by * none
            olcAccess: {1}to * by * read

            dn: olcOverlay={0}ppolicy,olcDatabase={1}mdb,cn=config
            objectClass: olcOverlayConfig
            objectClass: olcPPolicyConfig
            olcOverlay: {0}ppolicy
            olcPPolicyDefault: cn=default,ou=policies,{{Suffix}}

            """);
        return config.ToString();
    }

    // Users with their passwords: "<uid>-old-password". Each test class works on its own users.
    private static string SeedLdif => $"""
        dn: {Suffix}
        objectClass: dcObject
        objectClass: organization
        o: Example
        dc: example

        dn: ou=policies,{Suffix}
        objectClass: organizationalUnit
        ou: policies

        dn: cn=default,ou=policies,{Suffix}
        objectClass: device
        objectClass: pwdPolicy
        cn: default
        pwdAttribute: userPassword
        pwdLockout: TRUE

        dn: {People}
        objectClass: organizationalUnit
        ou: people

        dn: ou=contractors,{Suffix}
        objectClass: organizationalUnit
        ou: contractors

        dn: {Groups}
        objectClass: organizationalUnit
        ou: groups

        {Person("alice", "Alice Archer")}
        {Person("bob", "Bob Baker")}
        {Person("carol", "Carol Cooper")}
        {Person("dave", "Dave Dunn")}
        {Person("erin", "Erin Evans")}
        {Person("frank", "Frank Fisher")}
        {Person("grace", "Grace Green")}
        {Person("heidi", "Heidi Hall")}
        {Person("kim", "Kim King")}
        {Person("leo", "Leo Lane")}
        {Person("mia", "Mia Moss")}
        {Person("ned", "Ned Nash")}
        {Person("olga", "Olga Orr")}
        {Person("pat", "Pat Price")}
        {Person("twin", "Twin One")}
        dn: uid=twin,ou=contractors,{Suffix}
        objectClass: inetOrgPerson
        uid: twin
        cn: Twin Two
        sn: Two

        {Person("paren(x)", "Paren X")}
        {Person("star*", "Star Struck")}
        dn: cn=admins,{Groups}
        objectClass: groupOfNames
        cn: admins
        member: {UserDn("alice")}
        member: {UserDn("carol")}

        dn: cn=helpdesk,{Groups}
        objectClass: groupOfNames
        cn: helpdesk
        member: {UserDn("alice")}
        member: {UserDn("bob")}

        dn: cn=vpn,{Groups}
        objectClass: groupOfNames
        cn: vpn
        member: {UserDn("frank")}
        member: {UserDn("carol")}

        dn: cn=solo,{Groups}
        objectClass: groupOfNames
        cn: solo
        member: {UserDn("grace")}

        dn: cn=developers,{Groups}
        objectClass: posixGroup
        cn: developers
        gidNumber: 5000
        memberUid: alice

        dn: {AdPeople}
        objectClass: organizationalUnit
        ou: ad

        {AdUser("ivan", 512)}
        {AdUser("judy", 514)}
        {AdUser("mallory", 66048)}
        {AdUser("peggy", 512)}
        {AdUser("trent", 512)}
        dn: cn=ad-admins,{AdPeople}
        objectClass: group
        cn: ad-admins
        groupType: -2147483646
        instanceType: 4
        nTSecurityDescriptor: AA==
        objectCategory: cn=Group,cn=Schema,cn=Configuration,{Suffix}
        member: cn=ivan,{AdPeople}

        """;

    private static string Person(string uid, string cn) => $"""
        dn: {UserDn(uid)}
        objectClass: inetOrgPerson
        uid: {uid}
        cn: {cn}
        sn: {cn.Split(' ')[1]}
        mail: {uid}@example.test
        title: Engineer
        userPassword: {uid}-old-password

        """;

    // Active Directory users as the msuser schema describes them (which puts sAMAccountName in no
    // class, hence extensibleObject). sAMAccountName has no equality rule there, so the AD-mode tests
    // find users by cn.
    private static string AdUser(string cn, int userAccountControl) => $"""
        dn: cn={cn},{AdPeople}
        objectClass: user
        objectClass: extensibleObject
        cn: {cn}
        sn: {cn}
        sAMAccountName: {cn}
        userAccountControl: {userAccountControl}
        instanceType: 4
        nTSecurityDescriptor: AA==
        objectCategory: cn=Person,cn=Schema,cn=Configuration,{Suffix}

        """;
}
