namespace AgentSoar.Playbooks.Model;

public enum InputType
{
    Any,
    String,
    Number,
    Boolean,
    Ip,
    Hostname,
    User,
    Url,
    List,
    Object,
}
