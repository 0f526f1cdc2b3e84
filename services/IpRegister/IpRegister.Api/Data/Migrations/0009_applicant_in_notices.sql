-- Art. 397(2): the declarant is told who the register's applicant is, in the capacity it acts in (the right-holder
-- itself, its representative, a licensee, an importer) with its name and address exactly as recorded in its application.
alter table register_entries add column applicant_address text;
update register_entries e set applicant_address = a.applicant_address from register_applications a where a.id = e.application_id;
alter table register_entries alter column applicant_address set not null;

alter table suspensions add column applicant_name text, add column applicant_address text;
update suspensions s set applicant_name = e.applicant_name, applicant_address = e.applicant_address
from register_entries e where e.id = s.register_entry_id;
alter table suspensions alter column applicant_name set not null, alter column applicant_address set not null;

alter table suspension_notices
    add column applicant_capacity text, add column applicant_name text, add column applicant_address text;
update suspension_notices n set applicant_capacity = s.applicant_capacity, applicant_name = s.applicant_name,
    applicant_address = s.applicant_address
from suspensions s where s.id = n.suspension_id;
alter table suspension_notices alter column applicant_capacity set not null, alter column applicant_name set not null,
    alter column applicant_address set not null;
