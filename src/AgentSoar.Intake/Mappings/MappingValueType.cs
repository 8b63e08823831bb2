namespace AgentSoar.Intake.Mappings;

/// <summary>What a mapped value is converted to (<c>type:</c> in a field).</summary>
internal enum MappingValueType
{
    String,
    Integer,
    Number,
    Boolean,
    Time,
    List,
}
