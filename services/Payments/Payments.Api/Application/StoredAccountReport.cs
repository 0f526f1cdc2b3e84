using Customs.Payments.Api.Domain.Payments;

namespace Customs.Payments.Api.Application;

/// <summary>A report of the use of advances (Art. 330(4)) as issued: its number, the request it answers, its days.</summary>
public sealed record StoredAccountReport(
    string Number, string RequestReference, DateOnly RequestedOn, DateOnly DueBy, DateOnly IssuedOn, DateTimeOffset IssuedAt, string IssuedBy,
    AccountUseReport Report);
