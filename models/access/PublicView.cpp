#include "access/PublicView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

const DecisionVersion *announcedVersion(const RoundStatus &status)
{
    const DecisionVersion *announced = nullptr;
    for (const DecisionVersion &v : status.versions)   // oldest first
        if (v.announcedOn)
            announced = &v;
    return announced;
}

PublicView publicView(const Panel &panel, const RoundStatus &status)
{
    PublicView view;
    view.program = panel.program.name;
    view.round = panel.round.id;
    view.roundName = panel.round.name;
    view.state = status.state;
    const DecisionVersion *announced = announcedVersion(status);
    if (announced) {
        view.announcedVersion = announced->version;
        view.announcedOn = announced->announcedOn->toString(Qt::ISODate);
    }
    for (const Team &t : panel.teams) {
        PublicTeam team{t.id, t.name, {}, {}};
        if (announced)
            if (const DecisionOutcome *o = announced->outcomeOf(t.id)) {
                team.outcome = toString(o->outcome);
                team.reason = o->reason;
            }
        view.teams.push_back(team);
    }
    return view;
}

ExportSheet publicSheet(const PublicView &view)
{
    ExportSheet sheet;
    sheet.name = QStringLiteral("public");
    sheet.header = {QStringLiteral("program"), QStringLiteral("round"), QStringLiteral("state"),
                    QStringLiteral("announced_version"), QStringLiteral("team"),
                    QStringLiteral("name"), QStringLiteral("outcome"), QStringLiteral("reason")};
    for (const PublicTeam &t : view.teams)
        sheet.rows.push_back({view.program, view.round, toString(view.state),
                              view.announcedVersion > 0 ? QVariant(double(view.announcedVersion))
                                                        : QVariant(),
                              t.id, t.name, t.outcome, t.reason});
    return sheet;
}

QByteArray publicJson(const PublicView &view)
{
    QJsonArray teams;
    for (const PublicTeam &t : view.teams) {
        QJsonObject team{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}};
        if (view.announcedVersion > 0) {
            team.insert(QStringLiteral("outcome"), t.outcome);
            team.insert(QStringLiteral("reason"), t.reason);
        }
        teams.append(team);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("paneldesk-public")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("program"), view.program},
                     {QStringLiteral("round"), view.round},
                     {QStringLiteral("state"), toString(view.state)},
                     {QStringLiteral("teams"), teams}};
    if (view.announcedVersion > 0) {
        root.insert(QStringLiteral("announced_version"), view.announcedVersion);
        root.insert(QStringLiteral("announced_on"), view.announcedOn);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pd
