package apply

// The SQL of the history table and of the advisory lock, in one place.

// HistorySchema is the schema that holds Strata's history in a target
// database; the table is strata.revisions. Inspecting for apply, plan,
// diff and drift always leaves this schema out.
const HistorySchema = "strata"

// HistoryTable is the qualified name of the history table.
const HistoryTable = HistorySchema + ".revisions"

// LockKey is the key of the session-level advisory lock Apply holds for the
// whole run (pg_advisory_lock(bigint)). Advisory locks are per database, so
// the key needs no database name. In pg_locks it shows as locktype
// 'advisory' with classid 1937011297 and objid 1952526385 (the two halves
// of the key: the ASCII of "strata01").
const LockKey int64 = 0x7374726174613031

const createHistorySQL = `CREATE SCHEMA IF NOT EXISTS strata;
CREATE TABLE IF NOT EXISTS strata.revisions (
    id          bigserial PRIMARY KEY,
    label       text NOT NULL DEFAULT '',
    fingerprint text NOT NULL,
    class       text NOT NULL DEFAULT '',
    kind        text NOT NULL CHECK (kind IN ('apply', 'rollback')),
    model       jsonb NOT NULL,
    plan        jsonb NOT NULL,
    applied_by  text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    version     text NOT NULL
);
COMMENT ON TABLE strata.revisions IS 'Strata apply history: one row per apply or rollback (strata history)'`

// historyExistsSQL is true when the history table exists.
const historyExistsSQL = `SELECT pg_catalog.to_regclass('strata.revisions') IS NOT NULL`

const insertRevisionSQL = `INSERT INTO strata.revisions (label, fingerprint, class, kind, model, plan, applied_by, version)
VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, current_user || $7, $8)
RETURNING id, applied_by, applied_at`

const listRevisionsSQL = `SELECT id, label, fingerprint, class, kind, applied_by, applied_at, version
FROM strata.revisions ORDER BY id DESC`

const revisionByIDSQL = `SELECT id, label, fingerprint, class, kind, applied_by, applied_at, version, model::text, plan::text
FROM strata.revisions WHERE id = $1`

const revisionByLabelSQL = `SELECT id, label, fingerprint, class, kind, applied_by, applied_at, version, model::text, plan::text
FROM strata.revisions WHERE label = $1 ORDER BY id DESC LIMIT 1`

const latestHeadSQL = `SELECT id, label, fingerprint, class, kind, applied_by, applied_at, version
FROM strata.revisions ORDER BY id DESC LIMIT 1`

const latestRevisionSQL = `SELECT id, label, fingerprint, class, kind, applied_by, applied_at, version, model::text, plan::text
FROM strata.revisions ORDER BY id DESC LIMIT 1`

const tryLockSQL = `SELECT pg_catalog.pg_try_advisory_lock($1)`

const lockSQL = `SELECT pg_catalog.pg_advisory_lock($1)`

const unlockSQL = `SELECT pg_catalog.pg_advisory_unlock($1)`

// lockHolderSQL describes the session holding the advisory lock.
const lockHolderSQL = `SELECT l.pid, COALESCE(a.application_name, ''), COALESCE(a.usename::text, ''),
       COALESCE(host(a.client_addr), 'local'), COALESCE(a.backend_start, now())
FROM pg_catalog.pg_locks l
LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND l.classid = (($1::bigint >> 32) & 4294967295)::oid AND l.objid = ($1::bigint & 4294967295)::oid AND l.objsubid = 1
LIMIT 1`
