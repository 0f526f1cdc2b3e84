using Customs.Payments.Api.Domain.Demands;

namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// Art. 350(4), (5): how a demand to a guarantor was delivered, the day it counts as received, and the last day to meet it;
/// provisional when the term crosses a year whose working-day calendar act is not loaded.
/// </summary>
public sealed record GuarantorDemandTerm(DemandDelivery Delivery, DateOnly ReceivedOn, DateOnly MeetBy, bool MeetByProvisional);
