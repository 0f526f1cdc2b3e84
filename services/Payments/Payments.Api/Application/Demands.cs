using Customs.BuildingBlocks.Clock;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Demands;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Application;

/// <summary>Issues a demand for payment (Art. 350) from the declaration's obligation and records it.</summary>
public sealed class Demands(ObligationStore obligations, DemandRules rules, DemandStore store, TimeProvider clock)
{
    public async Task<(Guid Id, Demand Demand)> IssueAsync(
        string declarationId, DateOnly discoveredOn, DateOnly dispatchedOn, DemandDelivery delivery, int workingDays, string issuedBy, CancellationToken ct)
    {
        var obligation = await obligations.GetAsync(declarationId, ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {declarationId} has no assessment.");
        var demand = rules.Issue(obligation, discoveredOn, dispatchedOn, delivery, workingDays);
        return (await store.InsertAsync(demand, issuedBy, clock.GetStoredNow(), ct), demand);
    }
}
