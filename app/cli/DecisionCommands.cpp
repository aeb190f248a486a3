// paneldesk-cli lock | reopen | decide | announce | finalize | decision (status)

#include "OpenStore.h"
#include "DecisionCommands.h"

#include "decision/VerifiedSteps.h"
#include "DecisionSupport.h"

#include "decision/Lifecycle.h"
#include "decision/RoundSteps.h"
#include "domain/Errors.h"
#include "report/TextTable.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString iso(const QDate &date) { return date.toString(Qt::ISODate); }

// Parses the options common to a chair's step; false when parsing already ended the run.
bool parseStep(QCommandLineParser &parser, const QString &description, const QStringList &arguments,
               QStringList required, Io &io, int &code)
{
    parser.setApplicationDescription(description);
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption(todayOption());
    required.prepend(QStringLiteral("db"));
    return parse(parser, arguments, required, 0, io, code);
}

// "KEY=VALUE" -> (KEY, VALUE); InputError naming the option otherwise.
std::pair<QString, QString> keyValue(const QString &option, const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1Char('='));
    if (at <= 0)
        throw InputError(Tr::tr("--%1: expected KEY=TEXT, got \"%2\"").arg(option, text));
    return {text.left(at).trimmed(), text.mid(at + 1)};
}

} // namespace

int runLock(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!parseStep(parser, Tr::tr("Locks the round (chair only): no more score, sheet or findings "
                                  "changes; the next step is decide."),
                   arguments, {}, io, code))
        return code;
    return guarded(io, [&] {
        todayFrom(parser);   // the clock rule, although locking records no date
        auto store = openStore(parser, io);
        const QString actor = chairSession(parser, *store, io, QStringLiteral("lock")).memberId();
        lockVerified(*store, actor);
        io.out << Tr::tr("locked round %1").arg(store->loadRoundStatus().round) << '\n';
        return int(Ok);
    });
}

int runReopen(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why the round is reopened (kept in the "
                                                       "audit log)."),
                      QStringLiteral("TEXT")});
    int code = Ok;
    if (!parseStep(parser, Tr::tr("Reopens a locked or decided round before its announcement "
                                  "(chair only); a decided version is kept and marked reopened."),
                   arguments, {QStringLiteral("reason")}, io, code))
        return code;
    return guarded(io, [&] {
        const QDate today = todayFrom(parser);
        auto store = openStore(parser, io);
        const QString actor = chairSession(parser, *store, io, QStringLiteral("reopen")).memberId();
        reopenRoundStep(*store, parser.value(QStringLiteral("reason")), today, actor);
        io.out << Tr::tr("reopened round %1").arg(store->loadRoundStatus().round) << '\n';
        return int(Ok);
    });
}

int runDecide(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("reason"),
                      Tr::tr("TEAM=TEXT: the reason for a team's outcome; required for every "
                             "team eliminated on score or disqualified (repeat the option)."),
                      QStringLiteral("TEAM=TEXT")});
    parser.addOption({QStringLiteral("tie"),
                      Tr::tr("TEAM,TEAM,...=RATIONALE: a tie resolution at the cut, best first "
                             "(repeat for several groups)."),
                      QStringLiteral("ORDER=TEXT")});
    int code = Ok;
    if (!parseStep(parser, Tr::tr("Decides a locked round from complete standings (R7; chair "
                                  "only): a new immutable decision version with the SHA-256 "
                                  "fingerprint of its inputs."),
                   arguments, {}, io, code))
        return code;
    return guarded(io, [&] {
        const QDate today = todayFrom(parser);
        QMap<QString, QString> reasons;
        for (const QString &text : parser.values(QStringLiteral("reason"))) {
            const auto [team, reason] = keyValue(QStringLiteral("reason"), text);
            if (reasons.contains(team))
                throw InputError(Tr::tr("--reason: team %1 is given twice").arg(team));
            reasons.insert(team, reason);
        }
        std::vector<TieResolution> ties;
        for (const QString &text : parser.values(QStringLiteral("tie"))) {
            const auto [order, rationale] = keyValue(QStringLiteral("tie"), text);
            TieResolution tie;
            for (const QString &team : order.split(QLatin1Char(','), Qt::SkipEmptyParts))
                tie.order << team.trimmed();
            tie.rationale = rationale;
            ties.push_back(tie);
        }
        auto store = openStore(parser, io);
        const QString actor = chairSession(parser, *store, io, QStringLiteral("decide")).memberId();
        const int version = decideVerified(*store, today, reasons, ties, actor);
        const RoundStatus status = store->loadRoundStatus();
        io.out << Tr::tr("decided round %1, version %2, fingerprint %3")
                      .arg(status.round)
                      .arg(version)
                      .arg(status.latest()->fingerprint)
               << '\n';
        return int(Ok);
    });
}

int runAnnounce(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("date"), Tr::tr("The day the decision is announced."),
                      QStringLiteral("YYYY-MM-DD")});
    int code = Ok;
    if (!parseStep(parser, Tr::tr("Announces the decided version on a date (chair only); the "
                                  "appeal window closes at the end of the date plus the round's "
                                  "appeal days (R9)."),
                   arguments, {QStringLiteral("date")}, io, code))
        return code;
    return guarded(io, [&] {
        const QDate today = todayFrom(parser);
        const QDate date = pastDateFrom(parser, QStringLiteral("date"));
        auto store = openStore(parser, io);
        const QString actor = chairSession(parser, *store, io, QStringLiteral("announce")).memberId();
        announceVerified(*store, date, today, actor);
        const RoundStatus status = store->loadRoundStatus();
        io.out << Tr::tr("announced round %1, version %2, on %3; appeals until the end of %4")
                      .arg(status.round)
                      .arg(status.latest()->version)
                      .arg(iso(date), iso(*status.latest()->appealCloses))
               << '\n';
        return int(Ok);
    });
}

int runFinalize(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!parseStep(parser, Tr::tr("Makes the announced decision final (chair only): only after "
                                  "the appeal window has closed and every appeal is ruled on."),
                   arguments, {}, io, code))
        return code;
    return guarded(io, [&] {
        const QDate today = todayFrom(parser);
        auto store = openStore(parser, io);
        const QString actor = chairSession(parser, *store, io, QStringLiteral("finalize")).memberId();
        finalizeVerified(*store, today, actor);
        const RoundStatus status = store->loadRoundStatus();
        io.out << Tr::tr("round %1, version %2, is final (fingerprint %3)")
                      .arg(status.round)
                      .arg(status.latest()->version)
                      .arg(status.latest()->fingerprint)
               << '\n';
        return int(Ok);
    });
}

int runDecisionStatus(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Shows where the round stands: its state, every decision version with its "
               "fingerprint, the appeal window and the appeals register. With nobody signed "
               "in (--as), only announced versions and no committees."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption(todayOption());
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        const QDate today = todayFrom(parser);
        auto store = openStore(parser, io);
        const Session session = sessionFrom(parser, *store, io);
        RoundStatus status = store->loadRoundStatus();
        if (!seesMoreThanPublic(session.member())) {
            // The public part: what was announced, appeals without their committees.
            std::erase_if(status.versions,
                          [](const DecisionVersion &v) { return !v.announcedOn.has_value(); });
            for (Appeal &a : status.appeals)
                a.committee.clear();
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray versions;
            for (const DecisionVersion &v : status.versions) {
                QJsonArray outcomes;
                for (const DecisionOutcome &o : v.outcomes)
                    outcomes.append(QJsonObject{{QStringLiteral("team"), o.team},
                                                {QStringLiteral("outcome"), toString(o.outcome)},
                                                {QStringLiteral("reason"), o.reason}});
                QJsonObject object{{QStringLiteral("version"), v.version},
                                   {QStringLiteral("decided_on"), iso(v.decidedOn)},
                                   {QStringLiteral("decided_by"), v.decidedBy},
                                   {QStringLiteral("fingerprint"), v.fingerprint},
                                   {QStringLiteral("outcomes"), outcomes}};
                if (v.announcedOn) {
                    object.insert(QStringLiteral("announced_on"), iso(*v.announcedOn));
                    object.insert(QStringLiteral("appeal_closes"), iso(*v.appealCloses));
                }
                if (v.reopenedOn)
                    object.insert(QStringLiteral("reopened_on"), iso(*v.reopenedOn));
                if (v.finalOn)
                    object.insert(QStringLiteral("final_on"), iso(*v.finalOn));
                versions.append(object);
            }
            QJsonArray appeals;
            for (const Appeal &a : status.appeals) {
                QJsonObject object{{QStringLiteral("id"), a.id},
                                   {QStringLiteral("version"), a.version},
                                   {QStringLiteral("team"), a.team},
                                   {QStringLiteral("filed_on"), iso(a.filedOn)},
                                   {QStringLiteral("late"), a.late},
                                   {QStringLiteral("grounds"), a.grounds},
                                   {QStringLiteral("committee"), QJsonArray::fromStringList(a.committee)}};
                if (a.ruling) {
                    object.insert(QStringLiteral("ruling"), toString(*a.ruling));
                    object.insert(QStringLiteral("ruling_reason"), a.rulingReason);
                    object.insert(QStringLiteral("ruled_on"), iso(*a.ruledOn));
                }
                appeals.append(object);
            }
            const QJsonObject root{{QStringLiteral("round"), status.round},
                                   {QStringLiteral("state"), toString(status.state)},
                                   {QStringLiteral("appeal_days"), status.appealDays},
                                   {QStringLiteral("versions"), versions},
                                   {QStringLiteral("appeals"), appeals}};
            io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
            return int(Ok);
        }
        io.out << Tr::tr("round %1: %2").arg(status.round, toString(status.state)) << '\n';
        for (const DecisionVersion &v : status.versions) {
            io.out << Tr::tr("version %1: decided %2 by %3, fingerprint %4")
                          .arg(v.version)
                          .arg(iso(v.decidedOn), v.decidedBy, v.fingerprint)
                   << '\n';
            if (v.announcedOn) {
                const int left = appealDaysLeft(*v.appealCloses, today);
                io.out << "  "
                       << Tr::tr("announced %1; appeals until the end of %2").arg(iso(*v.announcedOn),
                                                                                iso(*v.appealCloses));
                if (!v.finalOn && !v.reopenedOn)
                    io.out << " (" << (left >= 0 ? Tr::tr("%n day(s) left after today", nullptr, left)
                                                 : Tr::tr("closed")) << ')';
                io.out << '\n';
            }
            if (v.reopenedOn)
                io.out << "  " << Tr::tr("reopened %1: %2").arg(iso(*v.reopenedOn), v.reopenReason) << '\n';
            if (v.finalOn)
                io.out << "  " << Tr::tr("final %1").arg(iso(*v.finalOn)) << '\n';
            TextTable table;
            table.addColumn(Tr::tr("team"), TextTable::Align::Left);
            table.addColumn(Tr::tr("outcome"), TextTable::Align::Left);
            table.addColumn(Tr::tr("reason"), TextTable::Align::Left);
            for (const DecisionOutcome &o : v.outcomes)
                table.addRow({o.team, toString(o.outcome), o.reason});
            io.out << table.render();
        }
        if (!status.appeals.empty()) {
            TextTable table;
            table.addColumn(Tr::tr("appeal"), TextTable::Align::Right);
            table.addColumn(Tr::tr("version"), TextTable::Align::Right);
            table.addColumn(Tr::tr("team"), TextTable::Align::Left);
            table.addColumn(Tr::tr("filed"), TextTable::Align::Left);
            table.addColumn(Tr::tr("committee"), TextTable::Align::Left);
            table.addColumn(Tr::tr("ruling"), TextTable::Align::Left);
            for (const Appeal &a : status.appeals)
                table.addRow({QString::number(a.id), QString::number(a.version), a.team,
                              iso(a.filedOn), a.committee.join(QLatin1Char(',')),
                              a.late ? Tr::tr("late: refused by rule")
                                     : a.ruling ? toString(*a.ruling) + QStringLiteral(": ") + a.rulingReason
                                                : Tr::tr("awaiting ruling")});
            io.out << table.render();
        }
        return int(Ok);
    });
}

} // namespace pd::cli
