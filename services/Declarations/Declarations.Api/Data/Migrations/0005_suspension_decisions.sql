-- Art. 397(1): the IP register first holds a release pending the written decision of the head of the customs office or
-- the deputy (pending_decision true), then announces the decision (false, with its day, reference and the decider's role).
-- Null while only a later event (extension, lift) of the suspension has arrived.
alter table release_suspensions
    add column pending_decision   boolean,
    add column decided_on         date,
    add column decision_reference text,
    add column decided_by_role    text;

-- Suspensions recorded before holds were told apart were taken as suspended.
update release_suspensions set pending_decision = false where suspended_on is not null;
