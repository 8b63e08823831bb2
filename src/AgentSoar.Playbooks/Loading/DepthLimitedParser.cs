using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// Refuses YAML nested deeper than a limit. YamlDotNet builds its node tree recursively, so thousands of nested
/// brackets would overflow the stack, which no catch can handle; the events arrive flat and can be counted first.
/// </summary>
internal sealed class DepthLimitedParser(IParser inner, int maxDepth) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > maxDepth:
                throw new YamlException(inner.Current.Start, inner.Current.End, $"the document nests deeper than {maxDepth} levels");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }
}
