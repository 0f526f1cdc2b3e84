-- Art. 396 with 395(2): an entry's term is extended only while a security of at least the minimum covers the new term.
-- The entry keeps the security in force: the one of its application, or the one renewed on an extension.
alter table register_entries
    add column security_kind text, add column security_amount numeric, add column security_currency text,
    add column security_reference text;
update register_entries e
set security_kind = a.security_kind, security_amount = a.security_amount, security_currency = a.security_currency,
    security_reference = a.security_reference
from register_applications a where a.id = e.application_id;
alter table register_entries
    alter column security_kind set not null, alter column security_amount set not null,
    alter column security_currency set not null, alter column security_reference set not null;
