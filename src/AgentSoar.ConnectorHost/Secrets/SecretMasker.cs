using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;

namespace AgentSoar.ConnectorHost.Secrets;

/// <summary>
/// Replaces every known secret value with <c>***</c> in what leaves the host: outputs, errors and
/// connector logs. It learns secrets from configuration at start and from every secret a connector
/// reads; it cannot know a secret a connector got some other way, or a transformed one (base64).
/// </summary>
public sealed class SecretMasker
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Replacement = "***";

    /// <summary>
    /// Values shorter than this are not masked: masking "1" or "yes" everywhere would mangle every
    /// output, and a value that short protects nothing anyway.
    /// </summary>
    public const int MinimumLength = 4;

    private ImmutableArray<string> _secrets = [];

    /// <summary>Whether any secret is known.</summary>
    public bool HasSecrets => !_secrets.IsEmpty;

    /// <summary>Remembers a secret value; empty and too-short values are ignored.</summary>
    /// <param name="secret">The value.</param>
    public void Add(string? secret)
    {
        if (secret is null || secret.Length < MinimumLength)
        {
            return;
        }

        ImmutableInterlocked.Update(ref _secrets, static (known, value) =>
        {
            if (known.Contains(value))
            {
                return known;
            }

            // Longest first, so a secret that contains another is masked whole.
            return [.. known.Add(value).OrderByDescending(s => s.Length)];
        }, secret);
    }

    /// <summary>Returns <paramref name="text"/> with every known secret replaced by <see cref="Replacement"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The masked text.</returns>
    public string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Replacement, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Returns a copy of <paramref name="element"/> with every known secret masked in its strings and property names.</summary>
    /// <param name="element">The JSON value.</param>
    /// <returns>The masked copy (the same value when no secret is known).</returns>
    public JsonElement Mask(JsonElement element)
    {
        if (!HasSecrets)
        {
            return element;
        }

        // Rewriting the tree rather than the text: a secret may be escaped differently in JSON text.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, element);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(Mask(property.Name));
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(Mask(element.GetString()!));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
