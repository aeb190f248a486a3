// paneldesk-cli fingerprint: recomputes the SHA-256 fingerprints of the decision inputs.

#include "OpenStore.h"
#include "DecisionCommands.h"
#include "SessionSupport.h"

#include "decision/Fingerprint.h"
#include "decision/VersionInputs.h"
#include "domain/Errors.h"
#include "io/AtomicWrite.h"
#include "io/PanelFileReader.h"
#include "io/PanelJsonStream.h"
#include "io/OwnerOnlyFiles.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    saveAtomically(path, bytes);   // never a truncated file; "disk full (PATH)" when it is
}
} // namespace

int runFingerprint(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Recomputes the SHA-256 fingerprint of the round's canonical inputs and checks "
               "every decision version: its stored inputs hash to its fingerprint and reproduce "
               "its standings, and a decided, announced or final round still holds the inputs "
               "of its latest version. Exit code 1 when a check fails."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("inputs-out"),
                      Tr::tr("Write the canonical inputs (of --version, or the current ones) to "
                             "FILE; 'sha256sum FILE' shows the fingerprint. The chair only, "
                             "signed in with --as: the inputs hold every submitted score."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("version"), Tr::tr("The decision version for --inputs-out."),
                      QStringLiteral("N")});
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        auto store = openStore(parser, io);
        if (parser.isSet(QStringLiteral("inputs-out"))) {
            const Session session = signedInSession(parser, *store, io,
                                                    QStringLiteral("fingerprint --inputs-out"),
                                                    NeededRole::Chair);
            require(canRunLifecycleStep(session.member()), session,
                    QStringLiteral("fingerprint --inputs-out"));
        }
        const RoundStatus status = store->loadRoundStatus();
        for (const DecisionVersion &v : status.versions)
            if (v.inputsWithheld())
                throw InputError(Tr::tr("checking the fingerprints needs the inputs of version %1 "
                                        "and every submitted score, which only the chair may read "
                                        "on this server (docs/server.md)").arg(v.version));
        // Streamed into the hash (decision/Fingerprint.h); kept only to be written out.
        const bool writeCurrent = parser.isSet(QStringLiteral("inputs-out"))
                                  && !parser.isSet(QStringLiteral("version"));
        const FingerprintedInputs current =
            currentInputs(*store, writeCurrent ? KeepBytes::Yes : KeepBytes::No);
        const QString &currentFingerprint = current.fingerprint;
        io.out << Tr::tr("current inputs: %1").arg(currentFingerprint) << '\n';
        bool allGood = true;
        const int wanted = parser.isSet(QStringLiteral("version"))
                               ? parser.value(QStringLiteral("version")).toInt() : 0;
        QByteArray versionBytes;
        for (const DecisionVersion &v : status.versions) {
            // The stored part with the round's ratings spliced back in (decision/VersionInputs.h).
            bool hashOk = false;
            bool standingsOk = false;
            try {
                const bool keep = parser.isSet(QStringLiteral("inputs-out")) && v.version == wanted;
                FingerprintedInputs inputs =
                    versionInputs(*store, v, keep ? KeepBytes::Yes : KeepBytes::No, {}, &current);
                hashOk = inputs.fingerprint == v.fingerprint
                         && (!v.ratingRows || inputs.ratings == *v.ratingRows);
                if (keep)
                    versionBytes = std::move(inputs.bytes);
                const TalliedPanel panel = versionPanel(v, inputs.tallies);
                standingsOk = standingsJson(computeStandings(panel.panel, panel.tallies)) == v.standings;
            } catch (const Error &) {
            }
            io.out << Tr::tr("version %1: %2 — stored inputs %3, standings %4")
                          .arg(v.version)
                          .arg(v.fingerprint, hashOk ? Tr::tr("match") : Tr::tr("DO NOT MATCH"),
                               standingsOk ? Tr::tr("reproduced") : Tr::tr("NOT REPRODUCED"))
                   << '\n';
            allGood = allGood && hashOk && standingsOk;
        }
        const DecisionVersion *latest = status.latest();
        const bool frozen = status.state == RoundState::Decided
                            || status.state == RoundState::Announced
                            || status.state == RoundState::Final;
        if (latest && frozen) {
            const bool same = latest->fingerprint == currentFingerprint;
            io.out << (same ? Tr::tr("the round still holds the inputs of version %1").arg(latest->version)
                            : Tr::tr("THE ROUND'S INPUTS DIFFER FROM VERSION %1").arg(latest->version))
                   << '\n';
            allGood = allGood && same;
        }
        if (parser.isSet(QStringLiteral("inputs-out"))) {
            QByteArray bytes = current.bytes;
            if (parser.isSet(QStringLiteral("version"))) {
                const DecisionVersion *found = nullptr;
                for (const DecisionVersion &v : status.versions)
                    found = v.version == wanted ? &v : found;
                if (!found)
                    throw InputError(Tr::tr("--version: round %1 has no decision version \"%2\"")
                                         .arg(status.round, parser.value(QStringLiteral("version"))));
                if (versionBytes.isEmpty())
                    throw StoreError(Tr::tr("--version: the inputs of version %1 cannot be read back")
                                         .arg(wanted));
                bytes = versionBytes;
            }
            {
                const OwnerOnlyCreation ownerOnly;
                writeAtomically(parser.value(QStringLiteral("inputs-out")), bytes);
            }
            restrictToOwner(parser.value(QStringLiteral("inputs-out")));
            io.out << Tr::tr("wrote %1").arg(parser.value(QStringLiteral("inputs-out"))) << '\n';
        }
        return int(allGood ? Ok : Failure);
    });
}

} // namespace pd::cli
