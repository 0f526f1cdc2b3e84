using Customs.Examination.Api.Extensions;
using Customs.Examination.Api.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapGrpcService<RiskManagementGrpcService>();
app.MapGrpcService<ExaminationGrpcService>();
app.MapGrpcService<ExpertAnalysisGrpcService>();
app.MapGrpcService<ControlSampleGrpcService>();

app.MapDefaultEndpoints();

app.Run();
