-- Art. 397(1): a match holds the release until the head of the office or the deputy decides in writing.
alter table suspensions
    add column detected_on          date,
    add column decide_by            date,
    add column decision             text,
    add column decided_on           date,
    add column decided_by           text,
    add column decided_by_role      text,
    add column decision_reference   text;

-- Suspensions made before decisions were recorded took effect on detection.
update suspensions set detected_on = suspended_on;
alter table suspensions alter column detected_on set not null;

create index suspensions_held_until on suspensions (until) where status = 'held';
