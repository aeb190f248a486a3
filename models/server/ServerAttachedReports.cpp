// Server schema step 1: provenance reports attached as evidence to a component (the SQLite
// schema's step 13, storage/AttachedReportsStore.h; docs/server.md, "Findings and the
// decision on a server").
//
// attached_reports is read exactly as the findings are: chair, experts and the secretariat,
// never on a team the reader declared a conflict with (pd_may_see_component, as for notes);
// RLS enabled and forced with the owner's policy by createPolicies (ServerPolicies.cpp; the
// table is in tableNames(), and this step runs just before the policies). Nobody holds INSERT, UPDATE or DELETE on it: a report is attached
// only through pd_attach_report(round, component, bytes), SECURITY DEFINER with a pinned
// search_path, which checks the caller (a chair or expert member: 42501), the component
// (visible to them: P0002), the caller's conflicts (42501) and the round (open: 55000), and
// then stores the bytes with the SHA-256 the server computes, the caller as attached_by and
// the server's time. Rows are never updated (trigger, whoever asks); they go with their
// component (ON DELETE CASCADE). The evidence text and the audit entry are written by the
// client in the same transaction (server/PgAttachedReports.cpp), under the findings' own
// grants and policies.
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kAttachedReports[] = {
    uR"(CREATE TABLE attached_reports (
        round_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        component_seq BIGINT NOT NULL,
        report BYTEA NOT NULL,
        sha256 TEXT NOT NULL CONSTRAINT report_sha256_is_hex CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        attached_by TEXT NOT NULL REFERENCES members (id),
        attached_at TEXT NOT NULL,
        PRIMARY KEY (round_id, seq),
        FOREIGN KEY (round_id, component_seq) REFERENCES component_findings (round_id, seq) ON DELETE CASCADE
    ))",
    uR"(CREATE INDEX attached_reports_by_component ON attached_reports (round_id, component_seq))",
    uR"(CREATE FUNCTION pd_attached_report_unchanged() RETURNS trigger
        LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
    BEGIN
        RAISE EXCEPTION 'an attached report is never changed' USING ERRCODE = '42501';
    END $$)",
    uR"(REVOKE ALL ON FUNCTION pd_attached_report_unchanged() FROM PUBLIC)",
    uR"(CREATE TRIGGER attached_reports_unchanged BEFORE UPDATE ON attached_reports
        FOR EACH ROW EXECUTE FUNCTION pd_attached_report_unchanged())",
    uR"(CREATE POLICY report_read ON attached_reports FOR SELECT TO @CHAIR@, @EXPERT@, @SECRETARIAT@
        USING (pd_may_see_component(round_id, component_seq)))",
    uR"(REVOKE ALL ON attached_reports FROM PUBLIC)",
    uR"(GRANT SELECT ON attached_reports TO @CHAIR@, @EXPERT@, @SECRETARIAT@)",

    uR"(CREATE FUNCTION pd_attach_report(p_round TEXT, p_component BIGINT, p_report BYTEA)
        RETURNS TABLE (seq BIGINT, sha256 TEXT)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_team TEXT;
        v_state TEXT;
        v_seq BIGINT;
        v_sha TEXT;
    BEGIN
        IF pd_me() IS NULL OR NOT (pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER')
                                   OR pg_has_role(session_user, @EXPERT_NAME@, 'MEMBER')) THEN
            RAISE EXCEPTION 'reports are attached by the chair and the experts' USING ERRCODE = '42501';
        END IF;
        SELECT c.team_id INTO v_team FROM component_findings c
            WHERE c.round_id = p_round AND c.seq = p_component FOR KEY SHARE;
        IF v_team IS NULL THEN
            RAISE EXCEPTION 'there is no model component % in round %', p_component, p_round
                USING ERRCODE = 'P0002';
        END IF;
        IF pd_conflicted(v_team) THEN
            RAISE EXCEPTION 'a member with a conflict of interest attaches no reports to findings of team %', v_team
                USING ERRCODE = '42501';
        END IF;
        SELECT r.lifecycle INTO v_state FROM rounds r WHERE r.id = p_round FOR KEY SHARE;
        IF v_state IS DISTINCT FROM 'open' THEN
            RAISE EXCEPTION 'round % is %: its findings are frozen', p_round, v_state USING ERRCODE = '55000';
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('paneldesk.attached_reports.seq'));
        SELECT coalesce(max(a.seq) + 1, 0) INTO v_seq FROM attached_reports a WHERE a.round_id = p_round;
        v_sha := encode(sha256(p_report), 'hex');
        INSERT INTO attached_reports (round_id, seq, component_seq, report, sha256, attached_by, attached_at)
            VALUES (p_round, v_seq, p_component, p_report, v_sha, pd_me(), pd_now());
        RETURN QUERY SELECT v_seq, v_sha;
    END $$)",
    uR"(REVOKE ALL ON FUNCTION pd_attach_report(text, bigint, bytea) FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION pd_attach_report(text, bigint, bytea) TO @CHAIR@, @EXPERT@)",
};

} // namespace

void createAttachedReports(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kAttachedReports)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
