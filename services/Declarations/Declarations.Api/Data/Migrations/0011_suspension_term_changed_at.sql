-- When the IP register last moved a suspension's term (ReleaseSuspensionTermChanged.ChangedAt): a move delivered after
-- a later one is skipped, so the declaration keeps the latest term.
alter table release_suspensions add column term_changed_at timestamptz;
