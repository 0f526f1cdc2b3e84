using Customs.BuildingBlocks.Identity;
using Customs.Suite.Tests.Authentication;
using CsCheck;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;

namespace Customs.Suite.Tests.Wire;

/// <summary>
/// Every RPC of every service, driven with generated requests. A malformed value anywhere (NUL and other control
/// characters, 1 MB strings, strings over their limit, undefined enum values, years above 9999, 2^63-1 money units,
/// decimals out of range) is INVALID_ARGUMENT with a field violation, never INTERNAL or UNKNOWN, answered without
/// echoing the value, and nothing of it is stored. Well-shaped requests with arbitrary values never crash either.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class MalformedRequestTests(GraphFixture graph)
{
    /// <summary>Tables only RPCs insert into (no consumer does), in each service's database.</summary>
    private static readonly (string Database, string[] Tables)[] Stores =
    [
        ("declarations-db", ["declarations", "goods_items", "filing_requests", "registration_counters"]),
        ("ipregister-db", ["register_applications", "register_entries", "authorised_importers", "inspection_permissions"]),
        ("payments-db", ["exchange_rates", "assessments", "postal_weeks", "obligations", "payer_accounts", "account_entries", "demands", "deferrals", "collection_acts", "overpayment_notices", "refunds", "guarantor_applications", "guarantor_register", "securities", "security_reservations", "security_releases", "guarantor_demands", "guarantor_payments"]),
        ("examination-db", ["risk_profiles", "risk_profile_heads", "selectivity_settings", "exemptions", "examinations", "expert_analyses"]),
    ];

    private static readonly MethodDescriptor[] Methods = [.. GrpcServices.All.SelectMany(s => s.Methods)];

    [Fact]
    public async Task A_malformed_value_anywhere_in_any_request_is_a_field_violation_and_nothing_is_stored()
    {
        var before = await CountRowsAsync();

        await Gen.Select(Gen.Int[0, Methods.Length - 1], Gen.Int).SampleAsync(async pick =>
        {
            var (index, seed) = pick;
            var method = Methods[index];
            var request = RequestFactory.Malformed(method.InputType, new Random(seed));

            var answer = await CallAsync(method, request);

            Assert.True(answer.StatusCode == StatusCode.InvalidArgument,
                $"{method.Name} answered {answer.StatusCode} ({answer.Status.Detail}) to {RequestFactory.Describe(request)}");
            var details = answer.GetRpcStatus()!;
            Assert.NotEmpty(details.GetDetail<BadRequest>().FieldViolations);
            Assert.Equal("INVALID_REQUEST", details.GetDetail<ErrorInfo>().Reason);
            Assert.True(details.CalculateSize() < 8_192, $"{method.Name}: {details.CalculateSize()} bytes of status details");
        }, iter: 400, threads: 1);

        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_well_shaped_request_with_arbitrary_values_is_never_an_internal_or_unknown_failure()
    {
        await Gen.Select(Gen.Int[0, Methods.Length - 1], Gen.Int).SampleAsync(async pick =>
        {
            var (index, seed) = pick;
            var method = Methods[index];
            var request = RequestFactory.WellShaped(method.InputType, new Random(seed));

            var answer = await CallAsync(method, request);

            Assert.True(answer.StatusCode is not (StatusCode.Internal or StatusCode.Unknown or StatusCode.Unavailable),
                $"{method.Name} answered {answer.StatusCode} ({answer.Status.Detail}) to {RequestFactory.Describe(request)}");
        }, iter: 400, threads: 1);
    }

    [Fact]
    public async Task A_60_kb_metadata_header_is_refused_as_invalid_not_internal()
    {
        var listing = Methods.First(m => m.Name == "ListDeclarations");
        var headers = CallerOf(listing);
        headers.Add("x-correlation", new string('7', 60 * 1024));

        var answer = await CallAsync(listing, new Customs.Declarations.V1.ListDeclarationsRequest(), headers);

        Assert.Equal(StatusCode.InvalidArgument, answer.StatusCode);
    }

    /// <summary>A caller the RPC's role rule lets in, so the request itself is what is judged (RoleMatrixTests).</summary>
    private Metadata CallerOf(MethodDescriptor method) => method.Name switch
    {
        "FileDeclaration" or "WithdrawDeclaration" => graph.App.As(Callers.NewDeclarant()),
        "SubmitApplication" => graph.App.As(Callers.RightHolder),
        "CreateRiskProfile" or "UpdateRiskProfile" or "SetSelectivitySettings" => graph.App.As(Callers.RiskAnalyst),
        _ => graph.App.As(Authentication.RoleMatrixTests.AllowedCaller($"{method.Service.FullName}/{method.Name}")),
    };

    private async Task<RpcException> CallAsync(MethodDescriptor method, IMessage request, Metadata? headers = null)
    {
        using var channel = graph.App.CreateGrpcChannel(GrpcServices.Resource(method.Service.File.Package));
        return await GrpcServices.CallAsync(channel.CreateCallInvoker(), method, request, headers ?? CallerOf(method));
    }

    private async Task<IReadOnlyList<long>> CountRowsAsync()
    {
        var counts = new List<long>();
        foreach (var (database, tables) in Stores)
        {
            await using var dataSource = await graph.App.CreateDataSourceAsync(database);
            foreach (var table in tables)
            {
                await using var command = dataSource.CreateCommand($"select count(*) from {table}");
                counts.Add((long)(await command.ExecuteScalarAsync())!);
            }
        }

        return counts;
    }
}
