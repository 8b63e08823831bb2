using System.Text.Json.Nodes;
using AgentSoar.Intake.Json;

namespace AgentSoar.Intake.Sigma;

/// <summary>
/// The named fields of a Windows event in any of its JSON shapes: the XML rendering turned into JSON
/// (<c>Event.System</c>, <c>Event.EventData</c>, attributes under <c>#attributes</c> or <c>@Name</c>,
/// <c>EventData.Data</c> as a list of name/value pairs) or a flat object of fields as most Sigma tools
/// emit. The first occurrence of a name wins, searching breadth-first, and names ignore case.
/// </summary>
internal sealed class WindowsEventFields
{
    private const int MaxNodes = 20_000;
    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    public WindowsEventFields(JsonNode? @event)
    {
        var queue = new Queue<JsonNode?>();
        queue.Enqueue(@event);
        var visited = 0;
        while (queue.Count > 0 && visited++ < MaxNodes)
        {
            switch (queue.Dequeue())
            {
                case JsonObject obj:
                    Visit(obj, queue);
                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        queue.Enqueue(item);
                    }

                    break;
            }
        }
    }

    public string? this[string name] => _fields.GetValueOrDefault(name);

    /// <summary>The first of <paramref name="names"/> that has a value.</summary>
    public string? First(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (this[name] is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private void Visit(JsonObject obj, Queue<JsonNode?> queue)
    {
        // <Data Name="Image">C:\x.exe</Data> rendered as {"@Name": "Image", "#text": "..."} or {"#attributes": {"Name": "Image"}, "#text": "..."}.
        var dataName = AlertJson.ScalarText(obj["@Name"]) ?? AlertJson.ScalarText((obj["#attributes"] as JsonObject)?["Name"]);
        if (dataName is not null && obj.Count <= 3 && (obj["#text"] ?? obj["value"] ?? obj["Value"]) is { } dataValue)
        {
            Add(dataName, AlertJson.ScalarText(dataValue));
            return;
        }

        foreach (var (key, value) in obj)
        {
            if (value is JsonValue)
            {
                Add(key.TrimStart('@'), AlertJson.ScalarText(value));
            }
            else
            {
                queue.Enqueue(value);
            }
        }
    }

    private void Add(string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && name.Length > 0)
        {
            _fields.TryAdd(name, value);
        }
    }
}
