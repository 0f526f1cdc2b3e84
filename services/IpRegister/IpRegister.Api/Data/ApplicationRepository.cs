using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Entries;
using Dapper;
using Npgsql;

namespace Customs.IpRegister.Api.Data;

/// <summary>Applications for entry in the register (Art. 394).</summary>
public sealed class ApplicationRepository
{
    public async Task InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, RegisterApplication a, DateOnly decideBy, DateTimeOffset at, CancellationToken ct)
    {
        const string sql = """
            insert into register_applications (id, applicant_name, applicant_address, applicant_taxpayer_number, applicant_capacity,
                power_of_attorney_reference, right_holder_name, right_holder_address, object_kind, object_name, registration_number,
                object_classes, protection_ends_on, tariff_codes, brand_spellings, goods_features, requested_until, supporting_documents,
                damage_compensation_obligation, security_kind, security_amount, security_currency, security_reference,
                security_valid_until, submitted_on, decide_by, status, submitted_at)
            values (@Id, @ApplicantName, @ApplicantAddress, @ApplicantTaxpayerNumber, @ApplicantCapacity,
                @PowerOfAttorneyReference, @RightHolderName, @RightHolderAddress, @ObjectKind, @ObjectName, @RegistrationNumber,
                @ObjectClasses, @ProtectionEndsOn, @TariffCodes, @BrandSpellings, @GoodsFeatures, @RequestedUntil, @SupportingDocuments,
                @DamageCompensationObligation, @SecurityKind, @SecurityAmount, @SecurityCurrency, @SecurityReference,
                @SecurityValidUntil, @SubmittedOn, @DecideBy, 'submitted', @At)
            """;
        var security = a.Security!;
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id,
            ApplicantName = a.Applicant.Name,
            ApplicantAddress = a.Applicant.Address,
            ApplicantTaxpayerNumber = a.Applicant.TaxpayerNumber,
            ApplicantCapacity = EnumCodes.Of(a.Capacity),
            a.PowerOfAttorneyReference,
            RightHolderName = a.RightHolder.Name,
            RightHolderAddress = a.RightHolder.Address,
            ObjectKind = EnumCodes.Of(a.Object.Kind),
            ObjectName = a.Object.Name,
            a.Object.RegistrationNumber,
            ObjectClasses = a.Object.Classes.ToArray(),
            ProtectionEndsOn = a.Object.ProtectionEndsOn!.Value,
            TariffCodes = a.Goods.TariffCodes.ToArray(),
            BrandSpellings = a.Goods.BrandSpellings.ToArray(),
            GoodsFeatures = a.Goods.Features,
            RequestedUntil = a.RequestedUntil!.Value,
            SupportingDocuments = a.SupportingDocuments.ToArray(),
            a.DamageCompensationObligation,
            SecurityKind = EnumCodes.Of(security.Kind),
            SecurityAmount = security.Amount.Amount,
            SecurityCurrency = security.Amount.Currency,
            SecurityReference = security.Reference,
            SecurityValidUntil = security.ValidUntil,
            a.SubmittedOn,
            DecideBy = decideBy,
            At = at,
        }, transaction, cancellationToken: ct));
    }

    public async Task<ApplicationRow?> GetForUpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken ct)
    {
        const string sql = "select * from register_applications where id = @id for update";
        return await connection.QuerySingleOrDefaultAsync<ApplicationRow>(new CommandDefinition(sql, new { id }, transaction, cancellationToken: ct));
    }

    public async Task MarkDecidedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, string status, string? refusalReason,
        DateOnly decidedOn, string decidedBy, Guid? entryId, bool decidedLate, CancellationToken ct)
    {
        const string sql = """
            update register_applications
            set status = @status, refusal_reason = @refusalReason, decided_on = @decidedOn, decided_by = @decidedBy, register_entry_id = @entryId,
                decided_late = @decidedLate
            where id = @id
            """;
        await connection.ExecuteAsync(new CommandDefinition(
            sql, new { id, status, refusalReason, decidedOn, decidedBy, entryId, decidedLate }, transaction, cancellationToken: ct));
    }

    /// <summary>Art. 394(5): the consideration's new day, when and by whom it was extended, and why.</summary>
    public async Task ExtendConsiderationAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ApplicationConsideration consideration, DateOnly on, string by, string reason,
        CancellationToken ct)
    {
        const string sql = """
            update register_applications
            set decide_by = @DecideBy, consideration_extended_on = @on, consideration_extended_by = @by, consideration_extension_reason = @reason
            where id = @ApplicationId
            """;
        await connection.ExecuteAsync(new CommandDefinition(
            sql, new { consideration.ApplicationId, consideration.DecideBy, on, by, reason }, transaction, cancellationToken: ct));
    }
}
