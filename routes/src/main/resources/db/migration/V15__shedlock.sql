-- Scheduled jobs run on one hub node at a time (issue 11): ShedLock's lock row per job. A node that starts a job sets
-- lock_until ahead (the database's clock, not the node's); another node whose schedule fires meanwhile skips the run.
-- A node that dies holding a lock blocks that job until lock_until passes (the job's lockAtMostFor).
CREATE TABLE shedlock (
    name        varchar(64)  NOT NULL PRIMARY KEY,  -- the job (SchedulerLocks names them)
    lock_until  timestamp    NOT NULL,              -- UTC
    locked_at   timestamp    NOT NULL,              -- UTC
    locked_by   varchar(255) NOT NULL               -- the node's host name
);
