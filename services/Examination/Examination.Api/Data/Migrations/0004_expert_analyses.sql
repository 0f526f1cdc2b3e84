-- Expert analyses (Arts. 378-383): the resolution with the declarant's requests, conclusions and samples as one document.
create table expert_analyses (
    analysis_id    uuid primary key,
    declaration_id uuid        not null references control_cases (declaration_id),
    status         text        not null,
    document       jsonb       not null,
    version        int         not null default 1,
    ordered_at     timestamptz not null
);

create index expert_analyses_declaration on expert_analyses (declaration_id);
