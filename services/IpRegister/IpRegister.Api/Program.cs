using Customs.IpRegister.Api.Extensions;
using Customs.IpRegister.Api.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapGrpcService<IpRegisterGrpcService>();

app.MapDefaultEndpoints();

app.Run();
