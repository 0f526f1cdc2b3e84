using Customs.Declarations.Api.Extensions;
using Customs.Declarations.Api.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapGrpcService<DeclarationGrpcService>();
app.MapDefaultEndpoints();

app.Run();
