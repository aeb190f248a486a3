// Server schema step 1: the decision records read by every member, as a file shows them.
// In a file every signed-in member reads the round's whole decision record
// (paneldesk-cli decision: every version with its date, decider, fingerprint, outcomes and
// reasons, its announcement, reopening and final events; every appeal with its grounds,
// committee and ruling; only nobody signed in is limited to the announced versions), and a
// conflict hides none of it. The one part no member's screen shows is what a version was
// computed from: `decisions.inputs` (every submitted score, the findings) and
// `decisions.standings` (every team's figures); a member who is not the chair gets neither
// (column grants), so the server keeps single scores from them as everywhere else. The chair
// keeps the whole table (ServerRoles.cpp). Writes stay the chair's functions'
// (ServerDecisionFunctions.cpp): no member holds INSERT, UPDATE or DELETE on these tables.
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kDecisionRecords[] = {
    uR"(GRANT SELECT (round_id, version, decided_on, decided_by, recorded_at, fingerprint, rating_rows)
        ON decisions TO @EXPERT@, @SECRETARIAT@, @OBSERVER@)",
    uR"(GRANT SELECT ON decision_outcomes, decision_events, appeals, appeal_committee, appeal_rulings
        TO @EXPERT@, @SECRETARIAT@, @OBSERVER@)",
    uR"(CREATE POLICY member_read ON decisions FOR SELECT TO @EXPERT@, @SECRETARIAT@, @OBSERVER@ USING (true))",
    uR"(CREATE POLICY member_read ON decision_outcomes FOR SELECT TO @EXPERT@, @SECRETARIAT@, @OBSERVER@ USING (true))",
    uR"(CREATE POLICY member_read ON decision_events FOR SELECT TO @EXPERT@, @SECRETARIAT@, @OBSERVER@ USING (true))",
    uR"(CREATE POLICY member_read ON appeals FOR SELECT TO @EXPERT@, @SECRETARIAT@, @OBSERVER@ USING (true))",
    uR"(CREATE POLICY member_read ON appeal_committee FOR SELECT TO @EXPERT@, @SECRETARIAT@, @OBSERVER@ USING (true))",
    uR"(CREATE POLICY member_read ON appeal_rulings FOR SELECT TO @EXPERT@, @SECRETARIAT@, @OBSERVER@ USING (true))",
};

} // namespace

void createDecisionRecords(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kDecisionRecords)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
