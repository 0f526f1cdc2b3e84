-- Art. 397(1): an extension is a written decision of the head of the office or the deputy.
alter table suspensions
    add column extension_decided_on          date,
    add column extension_decided_by          text,
    add column extension_decided_by_role     text,
    add column extension_decision_reference  text;
