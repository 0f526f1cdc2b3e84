namespace Customs.IpRegister.Api.Domain.China;

/// <summary>
/// An act of the GAC procedure that leaves the goods where they stand: an inspection with customs' consent (Arts. 22, 26),
/// or a request for an advisory opinion (Art. 27(2)) to <see cref="Authority"/>. <see cref="Reference"/> is customs' consent
/// or its request.
/// </summary>
public sealed record GacProcedureAct(GacActKind Kind, GacParty Party, DateOnly On, string Reference, string? Authority);
