-- Art. 353(1): collection from "the payer's available unclaimed amounts of advance payments" takes those held in a foreign
-- currency too (330(2)): after the rouble advances, each currency's, converted as a direction of the payer's would be
-- (331(3)), each with an entry and a receipt of its own. The act keeps the first in receipt_number, the others here.
alter table collection_acts add column other_receipt_numbers text[] not null default '{}';
