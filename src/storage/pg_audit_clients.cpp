// Server step 19: the audit names the client whose record changed. Kept apart from
// pg_migrations.cpp, which holds the steps that mirror SQLite's schema.

#include "pg_migrations.h"

namespace glidepath::storage::detail {

namespace {

// Until step 19 an audit row named a table and a record id only: once a check-in, log or plan was
// deleted for good, nothing said whose it had been, so a client's history could not list the
// deletion. Each row now also keeps the client's id and the record's own date (a plan's week
// and version too), copied by the trigger from the row as it was, so a deleted record can still
// be named ("Check-in of 3 Nov deleted"). The rows already there get them from the records
// that still exist; a record deleted before this step stays without (nothing says whose it was).
// The trigger function runs as the role that writes, which may INSERT into audit, and the
// columns come with the table's rights, so no GRANT changes.
constexpr std::string_view kAuditClients = R"sql(
ALTER TABLE audit
    ADD COLUMN client_id    bigint,
    ADD COLUMN record_date  text,
    ADD COLUMN plan_version bigint;
CREATE INDEX audit_by_client ON audit (client_id, at) WHERE client_id IS NOT NULL;

CREATE OR REPLACE FUNCTION glidepath_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb;
    client  bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := to_jsonb(OLD);
    ELSE
        changed := to_jsonb(NEW);
    END IF;
    -- Exercises and templates belong to no client: no client_id key, so NULL.
    IF TG_TABLE_NAME = 'clients' THEN
        client := (changed ->> 'id')::bigint;
    ELSE
        client := (changed ->> 'client_id')::bigint;
    END IF;
    INSERT INTO audit (table_name, record_id, kind, client_id, record_date, plan_version)
    VALUES (TG_TABLE_NAME, (changed ->> TG_ARGV[0])::bigint, lower(TG_OP), client,
            CASE WHEN TG_TABLE_NAME = 'plans' THEN changed ->> 'week_start'
                 WHEN TG_TABLE_NAME IN ('check_ins', 'session_logs', 'psfs_assessments',
                                        'clinician_reviews') THEN changed ->> 'date' END,
            CASE WHEN TG_TABLE_NAME = 'plans' THEN (changed ->> 'version')::bigint END);
    RETURN NULL;
END
$$;

UPDATE audit SET client_id = record_id
    WHERE table_name IN ('clients', 'client_surgery', 'client_hip_balance');
UPDATE audit AS a SET client_id = r.client_id, record_date = r.date
    FROM check_ins AS r WHERE a.table_name = 'check_ins' AND a.record_id = r.id;
UPDATE audit AS a SET client_id = r.client_id, record_date = r.week_start, plan_version = r.version
    FROM plans AS r WHERE a.table_name = 'plans' AND a.record_id = r.id;
UPDATE audit AS a SET client_id = r.client_id, record_date = r.date
    FROM session_logs AS r WHERE a.table_name = 'session_logs' AND a.record_id = r.id;
UPDATE audit AS a SET client_id = r.client_id, record_date = r.date
    FROM psfs_assessments AS r WHERE a.table_name = 'psfs_assessments' AND a.record_id = r.id;
UPDATE audit AS a SET client_id = r.client_id, record_date = r.date
    FROM clinician_reviews AS r WHERE a.table_name = 'clinician_reviews' AND a.record_id = r.id;
)sql";

} // namespace

std::string_view auditClientsStepSql()
{
    return kAuditClients;
}

} // namespace glidepath::storage::detail
