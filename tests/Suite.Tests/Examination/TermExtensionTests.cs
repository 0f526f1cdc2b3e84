using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.V1;
using Customs.Examination.V1;
using Customs.Suite.Tests.Declarations;
using Customs.Suite.Tests.Payments;
using Dapper;
using Npgsql;

namespace Customs.Suite.Tests.Examination;

/// <summary>
/// Art. 359(2): "The customs authorities have the right to extend the time terms of goods inspection": one term of the declaration,
/// whichever service's officers extend it. An extension decided in Declarations (ExtendControlTerm) moves the open examination; one
/// decided on the examination moves the declaration's check; neither is announced back, and a copy of either under another message
/// id changes nothing (each is applied once per extension id).
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class TermExtensionTests(GraphFixture graph)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Extensions_decided_in_either_service_move_one_term_once_without_loops()
    {
        using var examination = new ExaminationDriver(graph);
        using var declarations = new DeclarationCalls(graph);
        using var payments = new PaymentsDriver(graph.App);
        await TodaysTestRates.ImportAsync(graph.App, payments);
        var filed = (await declarations.Client.FileDeclarationAsync(EventDrivenAssessmentTests.LuggageWithWine(5), declarations.AsDeclarant)).Declaration;
        var registered = (await declarations.Client.RegisterDeclarationAsync(
            new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer())).Declaration;
        await examination.DecisionAsync(filed.DeclarationId);
        var opened = (await examination.Examinations.OpenExaminationAsync(new OpenExaminationRequest
        {
            DeclarationId = filed.DeclarationId, Kind = ExaminationKind.Examination,
        }, examination.AsOfficer)).Examination;
        var russia = WorkingCalendars.Default.Russia;
        var due = Day(registered.ControlDeadline);
        Assert.Equal(due, Day(opened.DueOn));

        // Declarations' officer extends the check by 2 working days: the examination follows.
        var extended = (await declarations.Client.ExtendControlTermAsync(new ExtendControlTermRequest
        {
            DeclarationId = filed.DeclarationId, ExpectedVersion = registered.Version, Ground = ControlTermExtensionGround.ConsignmentNotDividedIntoLots,
            WorkingDays = 2, Circumstances = "the wine and the glasses are in one lot",
        }, declarations.AsOfficer("officer-31"))).Declaration;
        var fromDeclarations = extended.ControlTermExtensions.Single().ExtensionId;
        Assert.Equal(russia.AddWorkingDays(due, 2), Day(extended.ControlDeadline));
        var followed = await ExaminationAsync(examination, opened.ExaminationId, e => e.Extensions.Count == 1);
        Assert.Equal((fromDeclarations, ExtensionDecidedIn.Declarations, Day(extended.ControlDeadline)),
            (followed.Extensions[0].ExtensionId, followed.Extensions[0].DecidedIn, Day(followed.DueOn)));

        // The examination's officer extends it by 1 more: Declarations follows, on the same extension id.
        var own = (await examination.Examinations.ExtendExaminationTermAsync(new ExtendExaminationTermRequest
        {
            ExaminationId = opened.ExaminationId, Ground = ExtensionGround.PackingAndMarkingNotStated, WorkingDays = 1,
            Circumstances = "the waybill does not say which box holds the wine",
        }, examination.AsOfficer)).Examination;
        var fromExamination = own.Extensions[1].ExtensionId;
        Assert.Equal(russia.AddWorkingDays(due, 3), Day(own.DueOn));
        var both = await DeclarationAsync(declarations, filed.DeclarationId, d => d.ControlTermExtensions.Count == 2);
        Assert.Equal([fromDeclarations, fromExamination], both.ControlTermExtensions.Select(x => x.ExtensionId));
        Assert.Equal(Day(own.DueOn), Day(both.ControlDeadline));

        // Each side announced only its own decision: one event each, none sent back.
        await using var declarationsDb = await graph.App.CreateDataSourceAsync("declarations-db");
        await using var examinationDb = await graph.App.CreateDataSourceAsync("examination-db");
        Assert.Equal(1, await EventsAsync(declarationsDb, "ControlTermExtended", filed.DeclarationId));
        Assert.Equal(1, await EventsAsync(examinationDb, "ExaminationTermExtended", filed.DeclarationId));

        // A copy of each event under a new message id is handled (its inbox row) and extends nothing.
        var copyToExamination = await CopyAsync(declarationsDb, "ControlTermExtended", fromDeclarations);
        var copyToDeclarations = await CopyAsync(examinationDb, "ExaminationTermExtended", fromExamination);
        await HandledAsync(examinationDb, copyToExamination);
        await HandledAsync(declarationsDb, copyToDeclarations);
        var after = (await examination.Examinations.GetExaminationAsync(new() { ExaminationId = opened.ExaminationId }, examination.AsOfficer)).Examination;
        var declaration = (await declarations.Client.GetDeclarationAsync(new() { DeclarationId = filed.DeclarationId }, declarations.AsOfficer())).Declaration;
        Assert.Equal((2, russia.AddWorkingDays(due, 3)), (after.Extensions.Count, Day(after.DueOn)));
        Assert.Equal((2, russia.AddWorkingDays(due, 3)), (declaration.ControlTermExtensions.Count, Day(declaration.ControlDeadline)));
    }

    private static DateOnly Day(Google.Type.Date d) => new(d.Year, d.Month, d.Day);

    private static Task<Customs.Examination.V1.Examination> ExaminationAsync(ExaminationDriver driver, string id, Func<Customs.Examination.V1.Examination, bool> done) =>
        Eventually.WaitAsync(async () => (await driver.Examinations.GetExaminationAsync(new() { ExaminationId = id }, driver.AsOfficer)).Examination,
            done, Patience, "the examination's extensions");

    private static Task<Declaration> DeclarationAsync(DeclarationCalls calls, string id, Func<Declaration, bool> done) =>
        Eventually.WaitAsync(async () => (await calls.Client.GetDeclarationAsync(new() { DeclarationId = id }, calls.AsOfficer())).Declaration,
            done, Patience, "the declaration's extensions");

    private static async Task<int> EventsAsync(NpgsqlDataSource db, string type, string declarationId)
    {
        await using var c = await db.OpenConnectionAsync();
        return await c.ExecuteScalarAsync<int>(
            "select count(*)::int from outbox_messages where message_type like '%.' || @Type and payload->>'declarationId' = @Id",
            new { Type = type, Id = declarationId });
    }

    private static async Task<Guid> CopyAsync(NpgsqlDataSource db, string type, string extensionId)
    {
        var id = Guid.CreateVersion7();
        await using var c = await db.OpenConnectionAsync();
        var copied = await c.ExecuteAsync("""
            insert into outbox_messages (id, message_type, payload, occurred_at)
            select @Id, message_type, payload, now() from outbox_messages where message_type like '%.' || @Type and payload->>'extensionId' = @ExtensionId
            """, new { Id = id, Type = type, ExtensionId = extensionId });
        Assert.Equal(1, copied);
        return id;
    }

    private static Task HandledAsync(NpgsqlDataSource db, Guid messageId) => Eventually.WaitAsync(async () =>
    {
        await using var c = await db.OpenConnectionAsync();
        return await c.ExecuteScalarAsync<int>("select count(*)::int from inbox_messages where message_id = @Id", new { Id = messageId });
    }, n => n == 1, Patience, $"message {messageId} handled");
}
