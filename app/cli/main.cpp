// paneldesk-cli: the command-line face of the PanelDesk core. Exit codes: 0 success,
// 2 invalid input (the message names the file and the JSON path or line), 1 otherwise.

#include "AgreementCommand.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "ImportCommands.h"
#include "DecisionCommands.h"
#include "ExportCommand.h"
#include "NextRoundCommand.h"
#include "ProvenanceCommand.h"
#include "ReportCommand.h"
#include "SensitivityCommand.h"
#include "SetupCommand.h"
#include "ServerCommands.h"
#include "VerifyCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <array>
#include <cstdio>
#include <memory>

using namespace pd::cli;

namespace {

const std::array<Command, 30> kCommands{{
    {"demo", QT_TRANSLATE_NOOP("cli", "create the demo panel database"), runDemo},
    {"new", QT_TRANSLATE_NOOP("cli", "create an empty panel with its chair"), runNew},
    {"import-panel", QT_TRANSLATE_NOOP("cli", "build a database from a panel file"), runImportPanel},
    {"export-panel", QT_TRANSLATE_NOOP("cli", "write a database out as a panel file"), runExportPanel},
    {"change-setup", QT_TRANSLATE_NOOP("cli", "change the round's configuration, keeping its inputs"), runChangeSetup},
    {"standings", QT_TRANSLATE_NOOP("cli", "print the standings (table or --json)"), runStandings},
    {"agreement", QT_TRANSLATE_NOOP("cli", "print how far the experts agree (table or --json)"), runAgreement},
    {"member", QT_TRANSLATE_NOOP("cli", "add or list members, set passphrases"), runMember},
    {"sensitivity", QT_TRANSLATE_NOOP("cli", "sensitivity of the cut (table or --json)"), runSensitivity},
    {"import-ratings", QT_TRANSLATE_NOOP("cli", "import user ratings from a CSV file"), runImportRatings},
    {"import-benchmarks", QT_TRANSLATE_NOOP("cli", "import benchmark results (CSV or lm-eval JSON)"), runImportBenchmarks},
    {"sheet", QT_TRANSLATE_NOOP("cli", "show, fill in or submit your score sheet"), runSheet},
    {"export-sheets", QT_TRANSLATE_NOOP("cli", "write a member's score sheets to a file"), runExportSheets},
    {"import-sheets", QT_TRANSLATE_NOOP("cli", "import a member's filled sheets file"), runImportSheets},
    {"lock", QT_TRANSLATE_NOOP("cli", "lock the round (chair)"), runLock},
    {"reopen", QT_TRANSLATE_NOOP("cli", "reopen a locked or decided round (chair)"), runReopen},
    {"decide", QT_TRANSLATE_NOOP("cli", "decide the locked round (chair)"), runDecide},
    {"announce", QT_TRANSLATE_NOOP("cli", "announce the decision on a date (chair)"), runAnnounce},
    {"appeal", QT_TRANSLATE_NOOP("cli", "record an appeal or its ruling (chair)"), runAppeal},
    {"finalize", QT_TRANSLATE_NOOP("cli", "make the decision final (chair)"), runFinalize},
    {"decision", QT_TRANSLATE_NOOP("cli", "show the lifecycle, versions and appeals"), runDecisionStatus},
    {"export", QT_TRANSLATE_NOOP("cli", "write the standings as csv, xlsx or json"), runExport},
    {"next-round", QT_TRANSLATE_NOOP("cli", "create the next round from a final one (chair)"), runNextRound},
    {"report", QT_TRANSLATE_NOOP("cli", "write the decision report as a PDF"), runReport},
    {"fingerprint", QT_TRANSLATE_NOOP("cli", "recompute and check the decision fingerprints"), runFingerprint},
    {"backup", QT_TRANSLATE_NOOP("cli", "back the panel up, safely while in use (chair, secretariat)"), runBackup},
    {"restore", QT_TRANSLATE_NOOP("cli", "restore a verified backup (chair, secretariat)"), runRestore},
    {"verify", QT_TRANSLATE_NOOP("cli", "check the audit chain and the signed records (exit 3 on failure)"), runVerify},
    {"server", QT_TRANSLATE_NOOP("cli", "put a panel on a PostgreSQL server (deploy)"), runServer},
    {"provenance", QT_TRANSLATE_NOOP("cli", "evidence from a checkpoint's weights (inspect, compare)"), runProvenance},
}};

void usage(QTextStream &stream)
{
    stream << QCoreApplication::translate("cli", "Usage: paneldesk-cli COMMAND [options]") << "\n\n"
           << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const Command &c : kCommands)
        stream << "  " << QString::fromLatin1(c.name).leftJustified(17) << ' '
               << QCoreApplication::translate("cli", c.summary) << '\n';
    stream << '\n'
           << QCoreApplication::translate("cli", "Run 'paneldesk-cli COMMAND --help' for a command's options.")
           << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    // `report` lays out text (fonts): it needs a QGuiApplication, offscreen unless told.
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    if (needsGui(raw) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        needsGui(raw) ? std::make_unique<QGuiApplication>(argc, argv)
                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paneldesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PANELDESK_VERSION));   // in reports
    QCoreApplication::setOrganizationName(QStringLiteral("PanelDesk"));
    // Messages in the language of the system locale (Korean for LANG=ko_KR.UTF-8), English
    // otherwise; installed before anything is printed.
    const CliTranslations translations(QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io{out, err};

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        usage(err);
        return InvalidInput;
    }
    const QString name = arguments.constFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        usage(out);
        return Ok;
    }
    if (name == QLatin1String("--version")) {
        out << "paneldesk-cli " << QStringLiteral(PANELDESK_VERSION) << '\n';
        return Ok;
    }
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return c.run(arguments, io);
    err << QCoreApplication::translate("cli", "unknown command '%1'").arg(name) << "\n\n";
    usage(err);
    return InvalidInput;
}
