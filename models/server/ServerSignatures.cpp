// Server schema step 1: member keys and signed audit entries (ServerSignatures.h).
#include "server/ServerSignatures.h"

namespace pd::server::schema {
namespace {

const char16_t *const kSignatures[] = {
    // Signing an entry: the only UPDATE the audit log allows.
    uR"(CREATE FUNCTION pd_audit_sign_only() RETURNS trigger
        LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
    BEGIN
        IF OLD.signer IS NULL AND OLD.signature IS NULL
           AND NEW.signer IS NOT NULL AND octet_length(NEW.signature) = 64
           AND NEW.signer = OLD.actor AND OLD.actor = pd_me()
           AND (NEW.id, NEW.at, NEW.actor, NEW.action, NEW.entity, NEW.old_value, NEW.new_value,
                NEW.reason, NEW.prev_hash, NEW.hash)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.at, OLD.actor, OLD.action, OLD.entity, OLD.old_value, OLD.new_value,
                OLD.reason, OLD.prev_hash, OLD.hash) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the audit log is append-only: entries cannot be changed or removed (only '
                        'their actor signs an unsigned entry once)' USING ERRCODE = '55000';
    END $$)",
    uR"(CREATE TRIGGER audit_log_sign_only BEFORE UPDATE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION pd_audit_sign_only())",
    uR"(GRANT UPDATE (signer, signature) ON audit_log TO @MEMBERS@)",
    uR"(CREATE POLICY audit_sign_own ON audit_log FOR UPDATE TO @MEMBERS@
        USING (actor = pd_me() AND signature IS NULL) WITH CHECK (actor = pd_me()))",

    uR"(CREATE FUNCTION pd_my_key() RETURNS TABLE (public_key BYTEA, sealed_key BYTEA)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT m.public_key, m.sealed_key FROM members m
            WHERE m.id = pd_me() AND m.public_key IS NOT NULL AND m.sealed_key IS NOT NULL
    $$)",

    uR"(CREATE FUNCTION pd_store_key(p_member TEXT, p_public BYTEA, p_sealed BYTEA,
                                     p_established BOOLEAN) RETURNS TEXT
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_me TEXT := pd_me();
        v_role TEXT;
    BEGIN
        SELECT role INTO v_role FROM members WHERE id = p_member;
        IF v_role IS NULL THEN
            RAISE EXCEPTION 'unknown member "%"', p_member USING ERRCODE = '22023';
        END IF;
        IF v_me IS NULL OR (p_member <> v_me
                            AND NOT (p_established AND pd_my_role() = 'chair')) THEN
            RAISE EXCEPTION 'a member stores only their own key; the chair issues a new key to another member'
                USING ERRCODE = '42501';
        END IF;
        IF octet_length(p_public) <> 32 OR p_sealed IS NULL OR octet_length(p_sealed) = 0 THEN
            RAISE EXCEPTION 'a member key is a 32-byte public key and a sealed secret key'
                USING ERRCODE = '22023';
        END IF;
        IF NOT p_established AND (SELECT public_key FROM members WHERE id = p_member) IS DISTINCT FROM p_public THEN
            RAISE EXCEPTION 'resealing keeps the key: a new key is established by a member-key entry'
                USING ERRCODE = '22023';
        END IF;
        UPDATE members SET public_key = p_public, sealed_key = p_sealed WHERE id = p_member;
        RETURN v_role;
    END $$)",

    uR"(CREATE FUNCTION pd_clear_key(p_member TEXT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_me TEXT := pd_me();
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM members WHERE id = p_member) THEN
            RAISE EXCEPTION 'unknown member "%"', p_member USING ERRCODE = '22023';
        END IF;
        IF v_me IS NULL OR (p_member <> v_me AND coalesce(pd_my_role(), '') NOT IN ('chair', 'secretariat')) THEN
            RAISE EXCEPTION 'only the member, the chair or the secretariat clears a member''s key'
                USING ERRCODE = '42501';
        END IF;
        UPDATE members SET public_key = NULL, sealed_key = NULL WHERE id = p_member;
    END $$)",

    uR"(REVOKE EXECUTE ON FUNCTION pd_audit_sign_only(), pd_my_key(), pd_store_key(text, bytea, bytea, boolean),
        pd_clear_key(text) FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION pd_my_key(), pd_store_key(text, bytea, bytea, boolean),
        pd_clear_key(text) TO @MEMBERS@)",
};

} // namespace

void createSignatures(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kSignatures)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
