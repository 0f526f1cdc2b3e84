using Customs.AppHost;
using Customs.AppHost.Hosting;
using Customs.DevTokens;

var builder = DistributedApplication.CreateBuilder(args);

// Every call is authenticated. In development the tokens are signed with a key of the data folder (./customs token
// mints them); each service gets only its public half.
var signingKey = DevelopmentSigningKey.LoadOrCreate(builder.DataDirectory);

// Infrastructure: one PostgreSQL server with a database per service, Redis for register lookups,
// RabbitMQ for events.
var postgres = builder.AddPostgres("postgres");
var declarationsDb = postgres.AddDatabase("declarations-db", "declarations");
var paymentsDb = postgres.AddDatabase("payments-db", "payments");
var ipRegisterDb = postgres.AddDatabase("ipregister-db", "ipregister");
var examinationDb = postgres.AddDatabase("examination-db", "examination");

var redis = builder.AddRedis("redis");
var messaging = builder.AddRabbitMQ("messaging");

// Services. None calls another over gRPC yet, so none holds another's endpoints; they talk through RabbitMQ.
builder.AddProject("ipregister", "../services/IpRegister/IpRegister.Api/IpRegister.Api.csproj")
    .WithTokenValidation(signingKey)
    .WithReference(ipRegisterDb).WaitFor(ipRegisterDb)
    .WithReference(redis).WaitFor(redis)
    .WithReference(messaging).WaitFor(messaging);

builder.AddProject("payments", "../services/Payments/Payments.Api/Payments.Api.csproj")
    .WithTokenValidation(signingKey)
    .WithReference(paymentsDb).WaitFor(paymentsDb)
    .WithReference(redis).WaitFor(redis)
    .WithReference(messaging).WaitFor(messaging);

builder.AddProject("examination", "../services/Examination/Examination.Api/Examination.Api.csproj")
    .WithTokenValidation(signingKey)
    .WithReference(examinationDb).WaitFor(examinationDb)
    .WithReference(messaging).WaitFor(messaging);

builder.AddProject("declarations", "../services/Declarations/Declarations.Api/Declarations.Api.csproj")
    .WithTokenValidation(signingKey)
    .WithReference(declarationsDb).WaitFor(declarationsDb)
    .WithReference(messaging).WaitFor(messaging);

builder.Build().Run();
