using Customs.AppHost;
using Customs.AppHost.Resources;
using Customs.DevTokens;

var builder = DistributedApplication.CreateBuilder(args);

// Nothing of a run outlives it: Ctrl+C, kill -9 of the AppHost or a cancelled test run (AppHost/Resources/RunGuard.cs).
builder.GuardTheRun();

// Every call is authenticated. In development the tokens are signed with a key of the data folder (./customs token
// mints them); each service gets only its public half.
var signingKey = DevelopmentSigningKey.LoadOrCreate(builder.GetDataDirectory());

// Infrastructure: one PostgreSQL server with a database per service, Redis for register lookups, RabbitMQ for events.
// Executables from the Debian packages (no container runtime here); AppHost/Resources says how each one runs.
var postgres = builder.AddLocalPostgres("postgres");
var declarationsDb = postgres.AddDatabase("declarations-db", "declarations");
var paymentsDb = postgres.AddDatabase("payments-db", "payments");
var ipRegisterDb = postgres.AddDatabase("ipregister-db", "ipregister");
var examinationDb = postgres.AddDatabase("examination-db", "examination");

var redis = builder.AddLocalRedis("redis");
var messaging = builder.AddLocalRabbitMQ("messaging");

// Services. They tell each other what happened through RabbitMQ; Declarations asks Payments over gRPC for the central
// bank's rates and the memo's allowances (with its service token), so it holds Payments' endpoints.
var ipRegister = builder.AddProject<Projects.IpRegister_Api>("ipregister")
    .WithHealthEndpoint("/health", endpointName: "http")
    .WithTokenValidation(signingKey)
    .WithReference(ipRegisterDb).WaitFor(ipRegisterDb)
    .WithReference(redis).WaitFor(redis)
    .WithReference(messaging).WaitFor(messaging);

var payments = builder.AddProject<Projects.Payments_Api>("payments")
    .WithHealthEndpoint("/health", endpointName: "http")
    .WithTokenValidation(signingKey)
    .WithReference(paymentsDb).WaitFor(paymentsDb)
    .WithReference(redis).WaitFor(redis)
    .WithReference(messaging).WaitFor(messaging)
    .WithDevelopmentReferenceData();

builder.AddProject<Projects.Examination_Api>("examination")
    .WithHealthEndpoint("/health", endpointName: "http")
    .WithTokenValidation(signingKey)
    .WithReference(examinationDb).WaitFor(examinationDb)
    .WithReference(messaging).WaitFor(messaging);

builder.AddProject<Projects.Declarations_Api>("declarations")
    .WithHealthEndpoint("/health", endpointName: "http")
    .WithTokenValidation(signingKey)
    .WithReference(declarationsDb).WaitFor(declarationsDb)
    .WithReference(redis).WaitFor(redis)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(payments).WaitFor(payments)
    .WithDemoCommand(payments, ipRegister); // the dashboard runs ./customs demo's scenarios against this graph

builder.KeepTelemetryConnectionsOpen();
builder.ReportWhenReady();
builder.Build().Run();
