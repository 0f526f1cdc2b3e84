-- Art. 383: samples and specimens taken outside any expert analysis (for a form of control of Art. 366, or by the declarant or
-- another state agency), numbered per declaration; the sample as one document, as in an analysis' samples.
create table control_samples (
    sample_id      uuid primary key,
    declaration_id uuid        not null references control_cases (declaration_id),
    number         int         not null,
    document       jsonb       not null,
    taken_at       timestamptz not null,
    unique (declaration_id, number)
);
