using Customs.Guarantees.V1;
using Grpc.Core;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>
/// Art. 347(2) against the running graph: "the customs authorities shall accept the insurance contracts concluded with the
/// insurance companies included into the Register of Insurance Organisations whose insurance contracts may be accepted as
/// security". An insurance contract is accepted only on a day its insurer is in that register; an insurer excluded
/// yesterday gives none today, while one accepted last month stays.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class InsuranceRegisterTests(GraphFixture graph)
{
    [Fact]
    public async Task An_insurance_contract_is_accepted_only_on_a_day_its_insurer_is_in_the_register_of_insurers()
    {
        using var g = new GuaranteesDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var insurer = Callers.NewTaxpayerNumber();
        var enter = new EnterInsuranceRegisterRequest
        {
            TaxpayerNumber = insurer, Name = "Insurance company Test", EnteredFrom = Day(today.AddMonths(-2)), Act = "FCS order (test), entry No. 1",
        };
        AcceptSecurityRequest Contract(DateOnly on) => new()
        {
            SecurityReference = NewId("insurance"), Method = SecurityMethod.Insurance, PrincipalTaxpayerNumber = Callers.NewTaxpayerNumber(),
            GuarantorTaxpayerNumber = insurer, Amount = Amount(100_000m, "RUB"), AcceptedOn = Day(on),
        };

        var beforeEntry = await Refused(g.Securities.AcceptSecurityAsync(Contract(today.AddMonths(-3)), g.Inspector));
        var entered = await g.Register.EnterInsuranceRegisterAsync(enter, g.Head);
        var again = await g.Register.EnterInsuranceRegisterAsync(enter, g.Head);
        var overlapping = await Refused(g.Register.EnterInsuranceRegisterAsync(new EnterInsuranceRegisterRequest(enter) { EnteredFrom = Day(today.AddMonths(-1)) }, g.Head));
        var lastMonth = await g.Securities.AcceptSecurityAsync(Contract(today.AddMonths(-1)), g.Inspector);
        var excluded = await g.Register.ExcludeFromInsuranceRegisterAsync(new()
        {
            TaxpayerNumber = insurer, ExcludedFrom = Day(today.AddDays(-1)), Reason = "Licence revoked by the insurance authority",
        }, g.Head);
        var afterExclusion = await Refused(g.Securities.AcceptSecurityAsync(Contract(today), g.Inspector));
        var stillValid = await g.Securities.GetSecurityAsync(new() { SecurityId = lastMonth.Security.SecurityId }, g.Inspector);

        Assert.Equal((StatusCode.FailedPrecondition, "NOT_IN_INSURANCE_REGISTER"), beforeEntry);
        Assert.Equal((true, false), (entered.Created, again.Created));
        Assert.Equal((StatusCode.FailedPrecondition, "INSURER_ALREADY_ENTERED"), overlapping);
        Assert.True(lastMonth.Created);
        Assert.Equal(Day(today.AddDays(-1)), excluded.Entry.ExcludedFrom);
        Assert.Equal((StatusCode.FailedPrecondition, "NOT_IN_INSURANCE_REGISTER"), afterExclusion);
        Assert.True(stillValid.Security.InForce);
    }
}
