using System.Text.Json;

namespace AgentSoar.Connectors.OpenC2.Language;

/// <summary>Checks one value of an OpenC2 message; throws <see cref="OpenC2FormatException"/> naming <paramref name="path"/> when it is wrong.</summary>
/// <param name="value">The value.</param>
/// <param name="path">Its JSON path.</param>
public delegate void OpenC2ValueCheck(JsonElement value, string path);
