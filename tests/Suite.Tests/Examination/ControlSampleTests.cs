using Customs.Examination.V1;
using Customs.Suite.Tests.Declarations;
using Google.Rpc;
using Google.Type;
using Grpc.Core;

namespace Customs.Suite.Tests.Examination;

/// <summary>
/// Art. 383 outside any expert analysis: a sample customs takes for an examination (383(1)) and keeps reduces the item's customs
/// value in the Declarations service (383(4)); an agency's sample (383(2)) is returned with its results recorded (383(9)).
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ControlSampleTests(GraphFixture graph)
{
    [Fact]
    public async Task A_sample_customs_keeps_reduces_the_declared_value_and_an_agencys_is_returned_with_its_results()
    {
        using var examination = new ExaminationDriver(graph);
        using var declarations = new DeclarationCalls(graph);
        using var channel = graph.App.CreateGrpcChannel("examination");
        var samples = new ControlSampleService.ControlSampleServiceClient(channel);
        var filed = (await declarations.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), declarations.AsDeclarant)).Declaration;
        await declarations.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer());
        await examination.DecisionAsync(filed.DeclarationId);

        var forExamination = new TakeControlSampleRequest
        {
            DeclarationId = filed.DeclarationId, Form = ControlForm.Examination,
            Sample = new TakeSampleRequest
            {
                ItemNumber = 1, Quantity = WireDecimals.Dec(2), CustomsValue = new Money { CurrencyCode = "RUB", Units = 900 }, DeclarantPresent = true,
                RecordReference = "sampling record 10005020/1",
            },
        };
        var noForm = forExamination.Clone();
        noForm.Form = ControlForm.Unspecified;
        var refused = await Assert.ThrowsAsync<RpcException>(() => samples.TakeControlSampleAsync(noForm, examination.AsOfficer).ResponseAsync);
        Assert.Equal((StatusCode.InvalidArgument, "form"), (refused.StatusCode, refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field));
        var taken = (await samples.TakeControlSampleAsync(forExamination, examination.AsOfficer)).Sample;
        var byAgency = (await samples.TakeControlSampleAsync(new TakeControlSampleRequest
        {
            DeclarationId = filed.DeclarationId, Purpose = "sanitary investigation of the fabric",
            Sample = new TakeSampleRequest
            {
                ItemNumber = 1, Quantity = WireDecimals.Dec(1), CustomsValue = new Money { CurrencyCode = "RUB", Units = 450 }, Taker = SampleTaker.OtherStateAgency,
                TakerName = "I. Kuznetsova", Agency = "Rospotrebnadzor", RecordReference = "sampling record 10005020/2", AuthorisationReference = "authorisation 4",
                ConditionsMet =
                {
                    SampleAuthorisationCondition.DoesNotImpedeControl, SampleAuthorisationCondition.DoesNotAffectProperties,
                    SampleAuthorisationCondition.NoEvasionOrBreachOfProhibitions,
                },
            },
        }, examination.AsOfficer)).Sample;
        Assert.Equal((1, 2), (taken.Sample.Number, byAgency.Sample.Number));

        var kept = await samples.DisposeOfControlSampleAsync(new DisposeOfControlSampleRequest
        {
            DeclarationId = filed.DeclarationId, SampleNumber = 1, Disposition = SampleDisposition.KeptByCustoms,
        }, examination.AsOfficer);
        Assert.Equal(900, kept.ValueReduction.Units);
        var today = await graph.App.TodayAsync();
        await samples.RecordControlSampleResultsAsync(new RecordControlSampleResultsRequest
        {
            DeclarationId = filed.DeclarationId, SampleNumber = 2, Results = "meets the sanitary rules",
            ReceivedOn = new Date { Year = today.Year, Month = today.Month, Day = today.Day },
        }, examination.AsOfficer);
        await samples.DisposeOfControlSampleAsync(new DisposeOfControlSampleRequest
        {
            DeclarationId = filed.DeclarationId, SampleNumber = 2, Disposition = SampleDisposition.Returned,
        }, examination.AsOfficer);

        var listed = await samples.ListControlSamplesAsync(new ListControlSamplesRequest { DeclarationId = filed.DeclarationId }, examination.AsOfficer);
        Assert.Equal([SampleDisposition.KeptByCustoms, SampleDisposition.Returned], listed.Samples.Select(s => s.Sample.Disposition));
        Assert.Equal("meets the sanitary rules", listed.Samples[1].Sample.AgencyResults.Results);
        Assert.Equal(900, listed.ValueReduction.Units);

        // Art. 383(4): the Declarations service records the kept sample's value against the item.
        await Eventually.WaitAsync(async () => (await declarations.GetAsync(filed.DeclarationId)).Items[0].KeptSamplesValue?.Units,
            units => units == 900, TimeSpan.FromSeconds(60), "the kept sample's value recorded in Declarations");
    }
}
