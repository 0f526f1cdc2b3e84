using Customs.BuildingBlocks.Data;
using Customs.Examination.Api.Domain.Valuation;
using Dapper;
using Npgsql;

namespace Customs.Examination.Api.Data;

/// <summary>Customs values customs determined (Art. 323(7)); each decision is kept, the latest of an item is in force.</summary>
public sealed class CustomsValueDecisionStore
{
    public Task InsertAsync(NpgsqlConnection c, NpgsqlTransaction tx, CustomsValueDecision d, CancellationToken ct)
    {
        const string sql = """
            insert into customs_value_decisions (decision_id, declaration_id, item_number, customs_value, currency, valuation_method, basis_kind, basis_id,
                                                 decision_reference, grounds, decided_by, decided_at)
            values (@Id, @DeclarationId, @ItemNumber, @CustomsValue, @Currency, @ValuationMethod, @BasisKind, @BasisId,
                    @DecisionReference, @Grounds, @DecidedBy, @DecidedAt)
            """;
        return c.ExecuteAsync(new CommandDefinition(sql, new
        {
            d.Id, d.DeclarationId, d.ItemNumber, d.CustomsValue, d.Currency, d.ValuationMethod, BasisKind = EnumCodes.Of(d.Basis), d.BasisId,
            d.DecisionReference, d.Grounds, d.DecidedBy, d.DecidedAt,
        }, tx, cancellationToken: ct));
    }
}
