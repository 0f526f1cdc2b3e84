using Customs.AppHost.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

// Infrastructure: one PostgreSQL server with a database per service, Redis for register lookups,
// RabbitMQ for events.
var postgres = builder.AddPostgres("postgres");
var declarationsDb = postgres.AddDatabase("declarations-db", "declarations");
var paymentsDb = postgres.AddDatabase("payments-db", "payments");
var ipRegisterDb = postgres.AddDatabase("ipregister-db", "ipregister");
var examinationDb = postgres.AddDatabase("examination-db", "examination");

var redis = builder.AddRedis("redis");
var messaging = builder.AddRabbitMQ("messaging");

// Services.
var ipRegister = builder.AddProject("ipregister", "../services/IpRegister/IpRegister.Api/IpRegister.Api.csproj")
    .WithReference(ipRegisterDb).WaitFor(ipRegisterDb)
    .WithReference(redis).WaitFor(redis)
    .WithReference(messaging).WaitFor(messaging);

var payments = builder.AddProject("payments", "../services/Payments/Payments.Api/Payments.Api.csproj")
    .WithReference(paymentsDb).WaitFor(paymentsDb)
    .WithReference(redis).WaitFor(redis)
    .WithReference(messaging).WaitFor(messaging);

var examination = builder.AddProject("examination", "../services/Examination/Examination.Api/Examination.Api.csproj")
    .WithReference(examinationDb).WaitFor(examinationDb)
    .WithReference(messaging).WaitFor(messaging);

builder.AddProject("declarations", "../services/Declarations/Declarations.Api/Declarations.Api.csproj")
    .WithReference(declarationsDb).WaitFor(declarationsDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(ipRegister)
    .WithReference(payments)
    .WithReference(examination);

builder.Build().Run();
