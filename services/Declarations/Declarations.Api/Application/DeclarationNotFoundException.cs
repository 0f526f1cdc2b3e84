namespace Customs.Declarations.Api.Application;

public sealed class DeclarationNotFoundException(Guid declarationId) : Exception($"Declaration {declarationId} does not exist.");
