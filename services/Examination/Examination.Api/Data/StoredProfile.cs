using Customs.Examination.Api.Domain.Risk;

namespace Customs.Examination.Api.Data;

public sealed record StoredProfile(RiskProfile Profile, DateTimeOffset UpdatedAt, string UpdatedBy);
