#pragma once

// Internal to src/storage: one rule, used on opening a server and by Test Connection, for
// whether a login may change records.

namespace glidepath::storage::detail {

// "t" when the login may add, change and delete records: not on a standby or in sessions that
// are read-only by default, and INSERT, UPDATE and DELETE on every table of records. The audit
// (written by triggers in the clinician's name, never changed: the documented grants revoke
// UPDATE and DELETE on it) and the schema table (the migrating owner's) do not count.
inline constexpr const char* kLoginMayWriteSql =
    "SELECT NOT (pg_is_in_recovery() OR "
    "current_setting('default_transaction_read_only') = 'on') AND "
    "coalesce(bool_and(has_table_privilege(c.oid, 'INSERT') AND "
    "has_table_privilege(c.oid, 'UPDATE') AND has_table_privilege(c.oid, 'DELETE')), false) "
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind = 'r' AND n.nspname = current_schema() "
    "AND c.relname NOT IN ('glidepath_schema', 'audit')";

} // namespace glidepath::storage::detail
