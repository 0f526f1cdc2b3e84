-- Art. 330(4) sets 30 days for the report; a report drawn up later (a request received long before it is entered) is still
-- the payer's report, only late: its issued_on may fall after due_by, which the report states. 0044's check forbade it.
alter table account_use_reports drop constraint account_use_reports_check;
alter table account_use_reports add constraint account_use_reports_days check (period_from <= period_to and requested_on <= issued_on);
