// Server schema step 1: the audit chain kept by the server (docs/server.md, "Audit log").
//
// Members INSERT only action, entity, old_value, new_value and reason. The trigger
// audit_log_chain fills the rest under a row lock on the one-row audit_chain_head, so the
// chain stays linear whatever the isolation level and however many clients write:
//   id        the head's seq + 1: gapless (a sequence would leave a gap at every rolled-back
//             insert, which the verifier reports as a deleted entry)
//   at        UTC ISO 8601 with milliseconds, as the SQLite store writes it
//   actor     the member of session_user (member_logins), or "system" for the administrator;
//             the member whose sheet the chair's import submits while pd_import_sheet names
//             them in audit_chain_head.acting_for (ServerSheetImport.cpp)
//   prev_hash the head's hash (NULL for the first entry)
//   hash      SHA-256 of the canonical entry exactly as pd::chain::canonicalEntry builds it
//             (trust/AuditChain.cpp): the compact JSON array
//             [id,"at","actor","action","entity","old","new","reason","prev_hash hex"]
//             (NULL as ""), UTF-8. to_json() escapes a string as QJsonDocument does
//             (\" \\ \b \f \n \r \t, other control characters as \u00xx, the rest as is).
//   signer, signature  NULL: the client signs its transaction's entries before COMMIT
//             (ServerSignatures.h); the trigger notes the transaction's first entry in the
//             transaction-local setting paneldesk.first_entry for it.
// DELETE and TRUNCATE are refused by triggers, UPDATE but for an actor signing their own
// unsigned entry (ServerSignatures.cpp); the table's owner and the superuser included; a
// superuser can disable triggers, which audit_verify() and `verify` then find.
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kAudit[] = {
    uR"(CREATE FUNCTION pd_audit_hash(p_id BIGINT, p_at TEXT, p_actor TEXT, p_action TEXT,
            p_entity TEXT, p_old TEXT, p_new TEXT, p_reason TEXT, p_prev BYTEA) RETURNS BYTEA
        LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
        SELECT sha256(convert_to('[' || p_id::text
            || ',' || to_json(coalesce(p_at, ''))::text
            || ',' || to_json(coalesce(p_actor, ''))::text
            || ',' || to_json(coalesce(p_action, ''))::text
            || ',' || to_json(coalesce(p_entity, ''))::text
            || ',' || to_json(coalesce(p_old, ''))::text
            || ',' || to_json(coalesce(p_new, ''))::text
            || ',' || to_json(coalesce(p_reason, ''))::text
            || ',"' || coalesce(encode(p_prev, 'hex'), '') || '"]', 'UTF8'))
    $$)",

    uR"(CREATE FUNCTION pd_audit_chain() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_seq BIGINT;
        v_hash BYTEA;
        v_acting TEXT;
    BEGIN
        SELECT seq, hash, acting_for INTO v_seq, v_hash, v_acting FROM audit_chain_head FOR UPDATE;
        NEW.id := v_seq + 1;
        NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        NEW.actor := coalesce(v_acting, pd_me(), 'system');
        NEW.reason := coalesce(NEW.reason, '');
        NEW.prev_hash := v_hash;
        NEW.signer := NULL;
        NEW.signature := NULL;
        IF coalesce(current_setting('paneldesk.first_entry', true), '') = '' THEN
            PERFORM set_config('paneldesk.first_entry', NEW.id::text, true);
        END IF;
        NEW.hash := pd_audit_hash(NEW.id, NEW.at, NEW.actor, NEW.action, NEW.entity,
                                  NEW.old_value, NEW.new_value, NEW.reason, NEW.prev_hash);
        UPDATE audit_chain_head SET seq = NEW.id, hash = NEW.hash;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
        FOR EACH ROW EXECUTE FUNCTION pd_audit_chain())",

    uR"(CREATE FUNCTION pd_audit_append_only() RETURNS trigger
        LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
    BEGIN
        RAISE EXCEPTION 'the audit log is append-only: entries cannot be changed or removed (%)', TG_OP
            USING ERRCODE = '55000';
    END $$)",
    uR"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION pd_audit_append_only())",
    uR"(CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION pd_audit_append_only())",
    uR"(CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
        FOR EACH STATEMENT EXECUTE FUNCTION pd_audit_append_only())",

    // The first bad entry of the chain, with the reason; no row when the chain verifies.
    // Checks every entry's number (gapless from 1), link and hash, and that the log ends at
    // the chain head (entries cut off the end).
    uR"(CREATE FUNCTION audit_verify() RETURNS TABLE (first_bad BIGINT, reason TEXT)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        r RECORD;
        v_expected BIGINT := 1;
        v_prev BYTEA := NULL;
        v_head_seq BIGINT;
        v_head_hash BYTEA;
    BEGIN
        IF pd_me() IS NOT NULL AND NOT pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER') THEN
            RAISE EXCEPTION 'verifying the audit log needs the chair' USING ERRCODE = '42501';
        END IF;
        FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
            IF r.id <> v_expected THEN
                first_bad := r.id;   -- as pd::chain::verifyChain names it
                reason := CASE WHEN r.id > v_expected
                               THEN format('entry %s is missing (deleted from the log)', v_expected)
                               ELSE format('out of order (expected entry %s here)', v_expected) END;
                RETURN NEXT;
                RETURN;
            END IF;
            IF r.prev_hash IS DISTINCT FROM v_prev THEN
                first_bad := r.id;
                reason := 'its link to the previous entry is wrong (entries removed, inserted or reordered before it)';
                RETURN NEXT;
                RETURN;
            END IF;
            IF r.hash IS NULL OR r.hash <> pd_audit_hash(r.id, r.at, r.actor, r.action, r.entity,
                                                        r.old_value, r.new_value, r.reason, r.prev_hash) THEN
                first_bad := r.id;
                reason := 'its content does not match its hash (changed after it was written)';
                RETURN NEXT;
                RETURN;
            END IF;
            v_prev := r.hash;
            v_expected := r.id + 1;
        END LOOP;
        SELECT seq, hash INTO v_head_seq, v_head_hash FROM audit_chain_head;
        IF v_head_seq <> v_expected - 1 OR v_head_hash IS DISTINCT FROM v_prev THEN
            first_bad := v_expected;
            reason := format('the log ends at entry %s but the chain head is entry %s (entries cut off the end)',
                             v_expected - 1, v_head_seq);
            RETURN NEXT;
        END IF;
        RETURN;
    END $$)",
};

} // namespace

void createAuditChain(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kAudit)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
