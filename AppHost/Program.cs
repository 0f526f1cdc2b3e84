using Customs.AppHost.Resources;

var builder = DistributedApplication.CreateBuilder(args);

// Infrastructure: one PostgreSQL server with a database per service, Redis for register lookups, RabbitMQ for events.
// Executables from the Debian packages (no container runtime here); AppHost/Resources says how each one runs.
var postgres = builder.AddLocalPostgres("postgres");
var declarationsDb = postgres.AddDatabase("declarations-db", "declarations");
var paymentsDb = postgres.AddDatabase("payments-db", "payments");
var ipRegisterDb = postgres.AddDatabase("ipregister-db", "ipregister");
var examinationDb = postgres.AddDatabase("examination-db", "examination");

var redis = builder.AddLocalRedis("redis");
var messaging = builder.AddLocalRabbitMQ("messaging");

// Services.
var ipRegister = builder.AddProject<Projects.IpRegister_Api>("ipregister")
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithReference(ipRegisterDb).WaitFor(ipRegisterDb)
    .WithReference(redis).WaitFor(redis)
    .WithReference(messaging).WaitFor(messaging);

var payments = builder.AddProject<Projects.Payments_Api>("payments")
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithReference(paymentsDb).WaitFor(paymentsDb)
    .WithReference(redis).WaitFor(redis)
    .WithReference(messaging).WaitFor(messaging);

var examination = builder.AddProject<Projects.Examination_Api>("examination")
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithReference(examinationDb).WaitFor(examinationDb)
    .WithReference(messaging).WaitFor(messaging);

builder.AddProject<Projects.Declarations_Api>("declarations")
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithReference(declarationsDb).WaitFor(declarationsDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(ipRegister)
    .WithReference(payments)
    .WithReference(examination);

builder.ReportWhenReady();
builder.Build().Run();
