namespace AgentSoar.Storage;

/// <summary>
/// The one thing the engines disagree on in parameters: PostgreSQL has a uuid type, SQLite stores ids as
/// lowercase text. Converting here, instead of relying on the provider's default (upper-case text) or on a
/// process-wide Dapper type handler, keeps the stored format explicit and leaves other Dapper users alone.
/// Times need no dialect: both engines store UTC ticks (see <see cref="StoredTime"/>).
/// </summary>
internal sealed class SqlDialect
{
    private readonly bool idsAsText;

    private SqlDialect(string engine, bool idsAsText)
    {
        Engine = engine;
        this.idsAsText = idsAsText;
    }

    public static SqlDialect Sqlite { get; } = new(StorageProviders.Sqlite, idsAsText: true);

    public static SqlDialect PostgreSql { get; } = new(StorageProviders.PostgreSql, idsAsText: false);

    public string Engine { get; }

    public object Id(Guid id) => idsAsText ? id.ToString("D") : id;

    public object? Id(Guid? id) => id is { } value ? Id(value) : null;
}
