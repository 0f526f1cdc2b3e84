-- Art. 394(5): an application is decided within one month of its submission; customs may extend the consideration to
-- at most two months (its new day and who extended it are kept), and a decision after its day is recorded as late.
alter table register_applications
    add column consideration_extended_on date,
    add column consideration_extended_by text,
    add column consideration_extension_reason text,
    add column decided_late boolean not null default false;
update register_applications set decided_late = decided_on > decide_by where decided_on is not null;
