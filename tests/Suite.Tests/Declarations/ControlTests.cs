using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.V1;
using Google.Rpc;
using Grpc.Core;
using Npgsql;

namespace Customs.Suite.Tests.Declarations;

[Collection(GraphCollection.Name)]
public sealed class ControlTests(GraphFixture graph) : IDisposable
{
    private readonly DeclarationCalls _calls = new(graph);

    [Fact]
    public async Task A_quantity_established_by_examination_is_kept_beside_the_declared_one()
    {
        var declaration = await RegisteredAsync();

        var examined = (await _calls.Client.EstablishQuantityAsync(new EstablishQuantityRequest
        {
            DeclarationId = declaration.DeclarationId,
            ExpectedVersion = declaration.Version,
            ItemNumber = 1,
            EstablishedQuantity = WireDecimals.Dec(132),
            ControlForm = ControlForm.Examination,
        }, _calls.AsOfficer())).Declaration;

        Assert.Equal(("120", "132"), (examined.Items[0].Quantity.Value, examined.Items[0].EstablishedQuantity.Value));
        Assert.Contains("372(5)", examined.History[^1].LegalBasis);
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("twelve")]
    [InlineData("1000000000000000")]
    [InlineData("-5")]
    public async Task A_malformed_established_quantity_is_a_field_violation_and_nothing_is_recorded(string quantity)
    {
        var declaration = await RegisteredAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.EstablishQuantityAsync(new EstablishQuantityRequest
        {
            DeclarationId = declaration.DeclarationId,
            ExpectedVersion = declaration.Version,
            ItemNumber = 1,
            EstablishedQuantity = new Google.Type.Decimal { Value = quantity },
            ControlForm = ControlForm.Examination,
        }, _calls.AsOfficer()).ResponseAsync);
        var after = (await _calls.Client.GetDeclarationAsync(
            new GetDeclarationRequest { DeclarationId = declaration.DeclarationId }, _calls.AsOfficer())).Declaration;

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("established_quantity", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        Assert.Equal(declaration.Version, after.Version);
    }

    [Fact]
    public async Task A_declaration_still_under_control_after_its_third_working_day_is_listed_as_overdue()
    {
        var overdue = await RegisteredAsync();
        var onTime = await RegisteredAsync();
        // Moving the clock of the shared graph would move it for every other test too: backdate this one deadline instead.
        await using (var db = await graph.App.CreateDataSourceAsync("declarations-db"))
        await using (var command = db.CreateCommand("update declarations set control_deadline = control_deadline - 30 where id = $1"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = Guid.Parse(overdue.DeclarationId) });
            await command.ExecuteNonQueryAsync();
        }

        var listed = new List<string>();
        var request = new ListOverdueDeclarationsRequest { CustomsOfficeCode = "10005020", PageSize = 100 };
        do
        {
            var page = await _calls.Client.ListOverdueDeclarationsAsync(request, _calls.AsOfficer());
            listed.AddRange(page.Declarations.Select(d => d.DeclarationId));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");

        Assert.Contains(overdue.DeclarationId, listed);
        Assert.DoesNotContain(onTime.DeclarationId, listed);
    }

    [Fact]
    public async Task An_officer_extends_the_inspection_term_and_the_deadline_moves_by_the_working_days_granted()
    {
        var declaration = await RegisteredAsync();
        var deadline = Day(declaration.ControlDeadline);

        var extended = (await _calls.Client.ExtendControlTermAsync(new ExtendControlTermRequest
        {
            DeclarationId = declaration.DeclarationId,
            ExpectedVersion = declaration.Version,
            Ground = ControlTermExtensionGround.ConsignmentNotDividedIntoLots,
            WorkingDays = 2,
            Circumstances = "120 pcs of trousers in one lot without marking",
        }, _calls.AsOfficer("officer-31"))).Declaration;
        var read = (await _calls.Client.GetDeclarationAsync(new GetDeclarationRequest { DeclarationId = declaration.DeclarationId }, _calls.AsOfficer())).Declaration;

        // Art. 359(2): two more working days after the Art. 359(1) deadline.
        var expected = WorkingCalendars.Default.Russia.AddWorkingDays(deadline, 2);
        Assert.Equal(expected, Day(read.ControlDeadline));
        var extension = Assert.Single(read.ControlTermExtensions);
        Assert.Equal((ControlTermExtensionGround.ConsignmentNotDividedIntoLots, 2, "officer-31", expected),
            (extension.Ground, extension.WorkingDays, extension.Officer, Day(extension.ExtendedUntil)));
        Assert.Contains("359(2)", read.History[^1].LegalBasis);
        Assert.Equal(extended.Version, read.Version);
    }

    [Fact]
    public async Task An_extension_without_ground_days_or_circumstances_is_refused_field_by_field()
    {
        var declaration = await RegisteredAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.ExtendControlTermAsync(new ExtendControlTermRequest
        {
            DeclarationId = declaration.DeclarationId, ExpectedVersion = declaration.Version, WorkingDays = 61,
        }, _calls.AsOfficer()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["circumstances", "ground", "working_days"],
            error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
    }

    [Fact]
    public async Task A_declaration_is_accepted_on_the_date_of_its_office_in_the_offices_time_zone()
    {
        var request = DeclarationCalls.CommercialImport();
        request.CustomsOfficeCode = "10511000"; // Ural directorate: Yekaterinburg time, UTC+5
        var filed = (await _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant)).Declaration;
        var registered = (await _calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, _calls.AsOfficer())).Declaration;
        var now = await graph.App.NowAsync();

        var yekaterinburg = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(5)).DateTime);
        Assert.Equal(yekaterinburg, Day(registered.AcceptanceDate));
        Assert.StartsWith($"10511000/{yekaterinburg:ddMMyy}/", registered.RegistrationNumber);
    }

    [Fact]
    public async Task A_declaration_at_an_office_whose_time_zone_is_unknown_is_refused_on_its_code()
    {
        var request = DeclarationCalls.CommercialImport();
        request.CustomsOfficeCode = "99999999";

        var error = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("customs_office_code", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    private static DateOnly Day(Google.Type.Date date) => new(date.Year, date.Month, date.Day);

    private async Task<Declaration> RegisteredAsync()
    {
        var filed = (await _calls.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), _calls.AsDeclarant)).Declaration;
        return (await _calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version },
            _calls.AsOfficer())).Declaration;
    }

    public void Dispose() => _calls.Dispose();
}
