using Customs.Payments.Api.Extensions;
using Customs.Payments.Api.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapGrpcService<PaymentsGrpcService>();
app.MapGrpcService<DeferralGrpcService>();
app.MapGrpcService<CollectionGrpcService>();
app.MapGrpcService<RefundGrpcService>();
app.MapGrpcService<GuarantorRegisterGrpcService>();
app.MapGrpcService<GuaranteeGrpcService>();
app.MapGrpcService<GuarantorDemandGrpcService>();

app.MapDefaultEndpoints();

app.Run();
