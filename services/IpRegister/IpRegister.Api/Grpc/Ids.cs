using Customs.ServiceDefaults;

namespace Customs.IpRegister.Api.Grpc;

public static class Ids
{
    public static Guid Parse(string value, string field) =>
        Guid.TryParse(value, out var id) ? id : throw new RequestValidationException([new(field, "Must be a UUID.")]);

    public static Guid? ParseOptional(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : Parse(value, field);
}
