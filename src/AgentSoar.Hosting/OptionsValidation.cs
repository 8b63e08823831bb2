using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Hosting;

/// <summary>Validates an options object with its data annotations at start; the errors name the configuration path.</summary>
public static class OptionsValidation
{
    public static void ThrowIfInvalid(object options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            throw new InvalidOperationException("Invalid configuration: " + string.Join(" ", results.Select(r => r.ErrorMessage)));
        }
    }
}
