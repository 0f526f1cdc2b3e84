namespace Customs.ServiceDefaults;

/// <summary>One problem with one field of a request, named by its path (<c>items[2].tariff_code</c>).</summary>
public sealed record FieldViolation(string Field, string Description);
