#pragma once
// What anyone may see with nobody signed in (trust.md, "One door"): the program, the round,
// its state and the team list; once a decision version has been announced, each team's
// outcome and reason as that version published them (the latest announced version). No
// score, total, rank or count of sheets: the public report publishes the scores of the teams
// the chair chooses, and that choice is the chair's (report --disclosure public --publish).

#include "decision/Decision.h"
#include "domain/Panel.h"
#include "export/ExportSheets.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace pd {

struct PublicTeam {
    QString id;
    QString name;
    QString outcome;   // empty before an announcement
    QString reason;
};

struct PublicView {
    QString program;
    QString round;
    QString roundName;
    RoundState state = RoundState::Open;
    int announcedVersion = 0;   // 0: nothing announced yet
    QString announcedOn;        // ISO date, empty when nothing is announced
    std::vector<PublicTeam> teams;   // panel order
};

// The decision version whose public disclosure anyone sees: the latest one announced (also
// once an upheld appeal reopened the round), or nullptr before the first announcement. The
// one rule behind publicView (the CLI's public output) and the window's standings for
// nobody (StandingsAccess.h).
const DecisionVersion *announcedVersion(const RoundStatus &status);

PublicView publicView(const Panel &panel, const RoundStatus &status);

// One row per team: team, name, outcome, reason (the program, round, state and announced
// version in the sheet's first columns, for a file that travels alone).
ExportSheet publicSheet(const PublicView &view);

// The same as JSON (format paneldesk-public, version 1), deterministic.
QByteArray publicJson(const PublicView &view);

} // namespace pd
