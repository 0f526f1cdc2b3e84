using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Domain.China;
using Dapper;
using Npgsql;

namespace Customs.IpRegister.Api.Data;

/// <summary>The GAC detention procedure of suspensions at Chinese offices (gac_detentions, gac_confiscation_notices).</summary>
public sealed class GacDetentionRepository
{
    // A procedure with its suspension's goods items (for the voucher) and its confiscation notice, if any.
    private const string Select = """
            select d.*, s.item_numbers, c.decision_reference, c.goods_name, c.quantity, c.consignee, c.consignor, c.declared_on,
                   c.penalty_effective_on, c.place_of_departure, c.destination, c.other_information, c.announced_on, c.confiscable_from
              from gac_detentions d
              join suspensions s on s.id = d.suspension_id
              left join gac_confiscation_notices c on c.suspension_id = d.suspension_id
        """;

    public async Task<ChinaDetention?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid suspensionId, bool forUpdate, CancellationToken ct)
    {
        var sql = Select + " where d.suspension_id = @suspensionId" + (forUpdate ? " for update of d" : "");
        var row = await connection.QuerySingleOrDefaultAsync<GacDetentionRow>(new CommandDefinition(sql, new { suspensionId }, transaction, cancellationToken: ct));
        if (row is null)
        {
            return null;
        }

        var acts = await ActsAsync(connection, transaction, [suspensionId], ct);
        return row.ToDomain(acts.TryGetValue(suspensionId, out var mine) ? mine : []);
    }

    /// <summary>The procedures of several suspensions at once (one round trip), by suspension id.</summary>
    public async Task<IReadOnlyDictionary<Guid, ChinaDetention>> GetManyAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyCollection<Guid> suspensionIds, CancellationToken ct)
    {
        const string sql = Select + " where d.suspension_id = any(@ids)";
        var rows = (await connection.QueryAsync<GacDetentionRow>(new CommandDefinition(sql, new { ids = suspensionIds.ToArray() }, transaction, cancellationToken: ct))).ToList();
        var acts = rows.Count == 0 ? new Dictionary<Guid, List<GacProcedureAct>>() : await ActsAsync(connection, transaction, suspensionIds, ct);
        return rows.ToDictionary(r => r.SuspensionId, r => r.ToDomain(acts.TryGetValue(r.SuspensionId, out var mine) ? mine : []));
    }

    /// <summary>Inserts the procedure (the notice's delivery) or writes its later stages over it.</summary>
    public async Task SaveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid suspensionId, ChinaDetention detention, string recordedBy, DateTimeOffset now,
        CancellationToken ct)
    {
        const string sql = """
            insert into gac_detentions (suspension_id, notice_reference, notice_delivered_on, holder_answer_due, outcome, not_detained_because,
                applied_on, application_reference, goods_value_amount, goods_value_currency, required_guarantee_amount, guarantee_amount,
                guarantee_currency, general_guarantee_amount, general_guarantee_currency, general_guarantee_approved_on,
                general_guarantee_valid_until, general_guarantee_reference, detained_on, investigation_due, court_assistance_due, provisional,
                voucher_consignee, voucher_consignor, release_applied_on, release_application_reference, release_agreement_reference,
                investigation_terminated, release_requested_by, release_guarantee_amount, release_guarantee_currency,
                release_guarantee_reference, undetermined_notified_on, undetermined_notice_reference, recorded_by, updated_at)
            values (@SuspensionId, @NoticeReference, @NoticeDeliveredOn, @HolderAnswerDue, @Outcome, @NotDetainedBecause,
                @AppliedOn, @ApplicationReference, @GoodsValueAmount, @GoodsValueCurrency, @RequiredGuaranteeAmount, @GuaranteeAmount,
                @GuaranteeCurrency, @GeneralGuaranteeAmount, @GeneralGuaranteeCurrency, @GeneralGuaranteeApprovedOn,
                @GeneralGuaranteeValidUntil, @GeneralGuaranteeReference, @DetainedOn, @InvestigationDue, @CourtAssistanceDue, @Provisional,
                @VoucherConsignee, @VoucherConsignor, @ReleaseAppliedOn, @ReleaseApplicationReference, @ReleaseAgreementReference,
                @InvestigationTerminated, @ReleaseRequestedBy, @ReleaseGuaranteeAmount, @ReleaseGuaranteeCurrency,
                @ReleaseGuaranteeReference, @UndeterminedNotifiedOn, @UndeterminedNoticeReference, @RecordedBy, @UpdatedAt)
            on conflict (suspension_id) do update set holder_answer_due = excluded.holder_answer_due, outcome = excluded.outcome,
                not_detained_because = excluded.not_detained_because, applied_on = excluded.applied_on,
                application_reference = excluded.application_reference, goods_value_amount = excluded.goods_value_amount,
                goods_value_currency = excluded.goods_value_currency, required_guarantee_amount = excluded.required_guarantee_amount,
                guarantee_amount = excluded.guarantee_amount, guarantee_currency = excluded.guarantee_currency,
                general_guarantee_amount = excluded.general_guarantee_amount, general_guarantee_currency = excluded.general_guarantee_currency,
                general_guarantee_approved_on = excluded.general_guarantee_approved_on,
                general_guarantee_valid_until = excluded.general_guarantee_valid_until,
                general_guarantee_reference = excluded.general_guarantee_reference, detained_on = excluded.detained_on,
                investigation_due = excluded.investigation_due, court_assistance_due = excluded.court_assistance_due,
                provisional = excluded.provisional, voucher_consignee = excluded.voucher_consignee,
                voucher_consignor = excluded.voucher_consignor, release_applied_on = excluded.release_applied_on,
                release_application_reference = excluded.release_application_reference,
                release_agreement_reference = excluded.release_agreement_reference, investigation_terminated = excluded.investigation_terminated,
                release_requested_by = excluded.release_requested_by, release_guarantee_amount = excluded.release_guarantee_amount,
                release_guarantee_currency = excluded.release_guarantee_currency, release_guarantee_reference = excluded.release_guarantee_reference,
                undetermined_notified_on = excluded.undetermined_notified_on, undetermined_notice_reference = excluded.undetermined_notice_reference,
                updated_at = excluded.updated_at
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, GacDetentionRow.ParametersOf(suspensionId, detention, recordedBy, now), transaction, cancellationToken: ct));
    }

    /// <summary>An inspection (Arts. 22, 26) or a request for an advisory opinion (Art. 27(2)).</summary>
    public Task InsertActAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid suspensionId, GacProcedureAct act, string recordedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            insert into gac_procedure_acts (suspension_id, kind, party, on_date, reference, authority, recorded_by, recorded_at)
            values (@SuspensionId, @Kind, @Party, @On, @Reference, @Authority, @RecordedBy, @Now)
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            SuspensionId = suspensionId, Kind = EnumCodes.Of(act.Kind), Party = EnumCodes.Of(act.Party), act.On, act.Reference, act.Authority,
            RecordedBy = recordedBy, Now = now,
        }, transaction, cancellationToken: ct));
    }

    private static async Task<Dictionary<Guid, List<GacProcedureAct>>> ActsAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyCollection<Guid> suspensionIds, CancellationToken ct)
    {
        const string sql = """
            select suspension_id, kind, party, on_date, reference, authority from gac_procedure_acts where suspension_id = any(@ids) order by id
            """;
        var rows = await connection.QueryAsync<(Guid SuspensionId, string Kind, string Party, DateOnly OnDate, string Reference, string? Authority)>(
            new CommandDefinition(sql, new { ids = suspensionIds.ToArray() }, transaction, cancellationToken: ct));
        return rows.GroupBy(r => r.SuspensionId).ToDictionary(g => g.Key, g => g.Select(r =>
            new GacProcedureAct(EnumCodes.Parse<GacActKind>(r.Kind), EnumCodes.Parse<GacParty>(r.Party), r.OnDate, r.Reference, r.Authority)).ToList());
    }

    /// <summary>Art. 30: the confiscation notice, once.</summary>
    public async Task InsertConfiscationAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid suspensionId, ConfiscationNotice notice, string decidedBy, DateTimeOffset now,
        CancellationToken ct)
    {
        const string sql = """
            insert into gac_confiscation_notices (suspension_id, decision_reference, goods_name, quantity, consignee, consignor, declared_on,
                detained_on, penalty_effective_on, place_of_departure, destination, other_information, announced_on, confiscable_from,
                decided_by, created_at)
            values (@SuspensionId, @DecisionReference, @GoodsName, @Quantity, @Consignee, @Consignor, @DeclaredOn, @DetainedOn,
                @PenaltyEffectiveOn, @PlaceOfDeparture, @Destination, @OtherInformation, @AnnouncedOn, @ConfiscableFrom, @DecidedBy, @Now)
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            SuspensionId = suspensionId, notice.DecisionReference, notice.GoodsName, notice.Quantity, notice.Consignee, notice.Consignor,
            notice.DeclaredOn, notice.DetainedOn, notice.PenaltyEffectiveOn, notice.PlaceOfDeparture, notice.Destination,
            notice.OtherInformation, notice.AnnouncedOn, notice.ConfiscableFrom, DecidedBy = decidedBy, Now = now,
        }, transaction, cancellationToken: ct));
    }
}
