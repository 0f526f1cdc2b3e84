using Customs.Declarations.V1;
using Google.Type;
using Grpc.Core;

namespace Customs.Demo;

/// <summary>What both scenarios do: the day's rates, filing and registering, waiting on the declaration, saying what release waits for.</summary>
public sealed class Flow(DemoGraph graph, Narrator say, DateOnly today, TimeSpan patience)
{
    public DateOnly Today => today;

    public Date TodayOnTheWire => new() { Year = today.Year, Month = today.Month, Day = today.Day };

    /// <summary>
    /// Payments assesses at the central bank's rate of the acceptance day (Art. 326). A development graph has none for
    /// today: the demo imports a day file with demo figures, which Payments refuses when real rates are already set.
    /// </summary>
    public async Task EnsureTodaysRatesAsync()
    {
        var xml = $"""<ValCurs Date="{today:dd.MM.yyyy}" name="Foreign Currency Market"><Valute ID="R01239"><NumCode>978</NumCode><CharCode>EUR</CharCode><Nominal>1</Nominal><Name>Euro</Name><Value>100,0000</Value></Valute><Valute ID="R01375"><NumCode>156</NumCode><CharCode>CNY</CharCode><Nominal>10</Nominal><Name>Yuan</Name><Value>130,0000</Value></Valute></ValCurs>""";
        try
        {
            await graph.Payments.ImportExchangeRatesAsync(new() { CbrXml = xml }, graph.As(DemoGraph.Inspector));
            say.Step($"Payments: DEMO exchange rates imported for {today:yyyy-MM-dd} (1 EUR = 100 RUB; not the central bank's figures)");
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.FailedPrecondition or StatusCode.AlreadyExists)
        {
            say.Step($"Payments: rates for {today:yyyy-MM-dd} are already set; the demo uses them ({ex.Status.Detail})");
        }
    }

    public async Task<Declaration> FileAndRegisterAsync(FileDeclarationRequest filing, CallerIdentityText declarant)
    {
        var filed = (await graph.Declarations.FileDeclarationAsync(filing, graph.As(declarant.Identity))).Declaration;
        say.Step($"Declarations: {declarant.Name} files declaration {filed.DeclarationId} ({filing.Kind}, {filing.Items.Count} item(s))");
        var registered = (await graph.Declarations.RegisterDeclarationAsync(
            new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, graph.As(DemoGraph.Inspector))).Declaration;
        say.Step($"Declarations: registered as {registered.RegistrationNumber}; the IP register screens it, Examination decides the control, Payments assesses");
        return registered;
    }

    public async Task<Declaration> GetAsync(string declarationId) =>
        (await graph.Declarations.GetDeclarationAsync(new() { DeclarationId = declarationId }, graph.As(DemoGraph.Inspector))).Declaration;

    /// <summary>Polls the declaration until <paramref name="holds"/>; a scenario that does not get there in time fails with what it waited for.</summary>
    public async Task<Declaration> WaitAsync(string declarationId, Func<Declaration, bool> holds, string what)
    {
        var until = System.DateTime.UtcNow + patience;
        while (true)
        {
            var declaration = await GetAsync(declarationId);
            if (holds(declaration))
            {
                return declaration;
            }

            if (System.DateTime.UtcNow > until)
            {
                throw new DemoFailedException($"waited {patience.TotalSeconds:0} s for {what}; the declaration is {declaration.Status}:"
                    + string.Concat(declaration.ReleaseConditions?.Conditions.Where(c => !c.Met).Select(c => $" [{c.Kind}: {c.Note}]") ?? []));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>Prints what release waits for: each condition not met, by whom and until when, with its legal basis.</summary>
    public void SayConditions(Declaration declaration)
    {
        foreach (var c in declaration.ReleaseConditions.Conditions)
        {
            var until = c.Until is { } d ? $" until {d.Year:D4}-{d.Month:D2}-{d.Day:D2}" : "";
            say.Detail(c.Met
                ? $"{Name(c.Kind)}: met ({c.Note})"
                : $"{Name(c.Kind)}: waiting for {c.WaitingFor}{until}: {c.Note} [{c.LegalBasis}]");
        }
    }

    /// <summary>Pays what Payments says the declaration owes, as the payer: a transfer to its account, directed to the declaration (Arts. 330, 332).</summary>
    public async Task PayAsync(string declarationId, string payer)
    {
        var obligation = (await graph.Payments.GetObligationAsync(new() { DeclarationId = declarationId }, graph.As(DemoGraph.Inspector))).Obligation;
        var owed = Money.ToDecimal(obligation.Outstanding) + Money.ToDecimal(obligation.PenaltyToDate);
        var asPayer = graph.As(Customs.BuildingBlocks.Identity.CallerIdentity.Create(
            Customs.BuildingBlocks.Identity.CallerRole.Payer, payer, payer, null, null));
        var amount = Money.Rub(owed);
        await graph.Payments.RecordPaymentAsync(new()
        {
            PaymentReference = $"demo-{Guid.NewGuid():N}", PayerTaxpayerNumber = payer, Amount = amount, PaidOn = TodayOnTheWire,
        }, asPayer);
        await graph.Payments.DirectAdvanceAsync(new() { DeclarationId = declarationId, PayerTaxpayerNumber = payer, Amount = amount }, asPayer);
        say.Step($"Payments: the payer {payer} pays {owed:0.00} RUB and directs it to the declaration");
    }

    private static string Name(ReleaseConditionKind kind) => kind switch
    {
        ReleaseConditionKind.IpScreening => "IP register",
        ReleaseConditionKind.CustomsControl => "customs control",
        ReleaseConditionKind.Payments => "payments",
        ReleaseConditionKind.Permits => "permits",
        _ => kind.ToString(),
    };
}
