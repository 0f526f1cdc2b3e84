using Customs.Declarations.V1;
using Google.Rpc;
using Grpc.Core;

namespace Customs.Suite.Tests.Wire;

/// <summary>Every non-OK answer carries a google.rpc.ErrorInfo with a stable reason, whoever produced it.</summary>
[Collection(GraphCollection.Name)]
public sealed class ErrorModelTests(GraphFixture graph)
{
    [Fact]
    public async Task Refusals_of_the_token_of_the_role_of_a_rule_and_of_a_missing_declaration_each_name_their_reason()
    {
        using var channel = graph.App.CreateGrpcChannel("declarations");
        var client = new DeclarationService.DeclarationServiceClient(channel);
        var officer = graph.App.As(Callers.Officer());
        var missing = new GetDeclarationRequest { DeclarationId = Guid.NewGuid().ToString() };

        var reasons = new[]
        {
            await ReasonAsync(() => client.ListOverdueDeclarationsAsync(new ListOverdueDeclarationsRequest()).ResponseAsync),
            await ReasonAsync(() => client.ListOverdueDeclarationsAsync(new ListOverdueDeclarationsRequest(), graph.App.As(Callers.NewDeclarant())).ResponseAsync),
            await ReasonAsync(() => client.GetDeclarationAsync(missing, officer).ResponseAsync),
            await ReasonAsync(() => client.ListDeclarationsAsync(new ListDeclarationsRequest { PageToken = "not-a-token" }, officer).ResponseAsync),
        };

        Assert.Equal(
            [(StatusCode.Unauthenticated, "UNAUTHENTICATED"), (StatusCode.PermissionDenied, "PERMISSION_DENIED"),
             (StatusCode.NotFound, "DECLARATION_NOT_FOUND"), (StatusCode.InvalidArgument, "INVALID_REQUEST")],
            reasons.Select(r => (r.Code, r.Info.Reason)));
        Assert.All(reasons, r => Assert.Equal("customs.declarations.v1", r.Info.Domain));
    }

    [Fact]
    public async Task A_page_token_reused_with_another_filter_is_invalid()
    {
        using var channel = graph.App.CreateGrpcChannel("declarations");
        var client = new DeclarationService.DeclarationServiceClient(channel);
        var declarant = graph.App.As(Callers.NewDeclarant());
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await client.FileDeclarationAsync(Declarations.DeclarationCalls.CommercialImport(), declarant);
        }

        var first = await client.ListDeclarationsAsync(new ListDeclarationsRequest { PageSize = 1 }, declarant);
        var second = await client.ListDeclarationsAsync(new ListDeclarationsRequest { PageSize = 1, PageToken = first.NextPageToken }, declarant);
        var (code, info) = await ReasonAsync(() => client.ListDeclarationsAsync(
            new ListDeclarationsRequest { PageSize = 1, PageToken = first.NextPageToken, Status = DeclarationStatus.Filed }, declarant).ResponseAsync);

        Assert.NotEqual(first.Declarations[0].DeclarationId, second.Declarations[0].DeclarationId);
        Assert.Equal((StatusCode.InvalidArgument, "INVALID_REQUEST"), (code, info.Reason));
    }

    private static async Task<(StatusCode Code, ErrorInfo Info)> ReasonAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        return (error.StatusCode, error.GetRpcStatus()?.GetDetail<ErrorInfo>() ?? new ErrorInfo { Reason = "(none)" });
    }
}
