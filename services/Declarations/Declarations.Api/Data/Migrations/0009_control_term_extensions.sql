-- Art. 359(2): the extensions of the term of the goods inspection, in the order decided (ControlTermExtension as JSON).
alter table declarations add column control_term_extensions jsonb not null default '[]';
