#include "imports/ImportFlows.h"

#include "access/WindowAccess.h"
#include "domain/Errors.h"
#include "imports/BenchmarkPreviewDialog.h"
#include "imports/ImportProblemsDialog.h"
#include "importers/SheetsExchange.h"
#include "storage/PanelStore.h"

#include <QApplication>
#include <QFileInfo>
#include <QProgressDialog>

namespace pd {

ImportFlows::ImportFlows(QWidget *window, PanelStore &store, const Member &member, const Signer *key)
    : QObject(window), m_window(window), m_store(store), m_member(member), m_key(key)
{
}

void ImportFlows::say(const QString &text)
{
    m_lastMessage = text;
    Q_EMIT message(text);
}

void ImportFlows::showProblems(const QString &file, const ImportIssues &issues)
{
    if (m_problems)
        m_problems->deleteLater();
    auto *dialog = new ImportProblemsDialog(file, issues, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    m_problems = dialog;
}

bool ImportFlows::allowed(bool rule, const QString &refusal)
{
    if (!rule)
        say(refusal);
    return rule;
}

void ImportFlows::importRatings()
{
    if (!allowed(mayImportRatings(m_member), tr("Only the secretariat and the chair import user ratings.")))
        return;
    const QString path = m_dialogs->openFile(m_window, tr("Import user ratings"), QString(),
        tr("Ratings (CSV, UTF-8) (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    qint64 stored = 0;
    for (const RatingTally &tally : m_store.loadScoringInputs().ratingTallies)
        stored += tally.count;
    bool replace = false;
    if (stored > 0) {
        // the first choice is the default: adding keeps what is stored
        const int choice = m_dialogs->choose(
            m_window, tr("Import user ratings"),
            tr("The round already holds %1 user ratings. Replace them with the "
               "ratings of %2, or add the file's ratings to them (a rating "
               "already stored is then a duplicate)?")
                .arg(QLocale().toString(stored), QFileInfo(path).fileName()),
            {tr("&Add to them"), tr("&Replace them")});
        if (choice < 0)
            return;
        replace = choice == 1;
    }
    importRatingsFile(path, replace);
}

RatingsImportResult ImportFlows::importRatingsFile(const QString &path, bool replace)
{
    if (!allowed(mayImportRatings(m_member), tr("Only the secretariat and the chair import user ratings.")))
        return {};   // Refused, nothing read or written
    const QString name = QFileInfo(path).fileName();
    QProgressDialog progress(tr("Importing user ratings from %1…").arg(name), tr("Cancel"), 0,
                             1000, m_window);
    progress.setWindowTitle(tr("Import user ratings"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0);
    ImportControl control;
    control.progress = [this, &progress](qint64 done, qint64 total) {
        if (total > 0)
            progress.setValue(int(qMin<qint64>(999, done * 1000 / total)));
        QApplication::processEvents();
        if (m_progressHook)
            m_progressHook(progress, done, total);
        return !progress.wasCanceled();
    };
    RatingsImportResult result;
    try {
        QApplication::setOverrideCursor(Qt::BusyCursor);
        result = importRatingsCsv(m_store, path, name, replace, control, m_member.id);
        QApplication::restoreOverrideCursor();
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        progress.close();
        m_dialogs->show(m_window, Dialogs::Severity::Critical, tr("Import user ratings"), e.message());
        return result;
    }
    progress.close();
    switch (result.outcome) {
    case RatingsImportResult::Outcome::Imported:
        say(result.replaced > 0
                ? tr("Imported %1 ratings from %2, replacing %3.")
                      .arg(QLocale().toString(result.imported), name, QLocale().toString(result.replaced))
                : tr("Imported %1 ratings from %2.").arg(QLocale().toString(result.imported), name));
        Q_EMIT imported();
        break;
    case RatingsImportResult::Outcome::Cancelled:
        say(tr("Import of %1 cancelled: nothing was changed.").arg(name));
        break;
    case RatingsImportResult::Outcome::Refused:
        say(tr("%1 was not imported: %n problem(s).", nullptr,
               int(qMin<qint64>(result.issues.count(), INT_MAX))).arg(name));
        showProblems(path, result.issues);
        break;
    }
    return result;
}

void ImportFlows::importBenchmarks()
{
    if (!allowed(mayImportBenchmarks(m_member),
                 tr("Only the secretariat and the chair import benchmark results.")))
        return;
    const QString path = m_dialogs->openFile(m_window, tr("Import benchmark results"), QString(),
        tr("Benchmark results (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    BenchmarkPreviewDialog dialog(m_store, path, m_member.id, m_window);
    dialog.setDialogs(*m_dialogs);
    if (dialog.exec() == QDialog::Accepted) {
        say(dialog.resultMessage());
        Q_EMIT imported();
    }
}

void ImportFlows::importSheets()
{
    if (!allowed(mayImportSheets(m_member), tr("Only the chair imports score sheets.")))
        return;
    const QString path = m_dialogs->openFile(m_window, tr("Import score sheets"), QString(), tr("Score sheets (*.json);;All files (*)"));
    if (!path.isEmpty())
        importSheetsFile(path);
}

bool ImportFlows::importSheetsFile(const QString &path)
{
    if (!allowed(mayImportSheets(m_member), tr("Only the chair imports score sheets.")))
        return false;
    const QString name = QFileInfo(path).fileName();
    SheetsImportResult result;
    try {
        result = pd::importSheetsFile(m_store, path, name, m_member.id);
    } catch (const Error &e) {
        m_dialogs->show(m_window, Dialogs::Severity::Critical, tr("Import score sheets"), e.message());
        return false;
    }
    if (!result.imported) {
        say(tr("%1 was not imported.").arg(name));
        showProblems(path, result.issues);
        return false;
    }
    say(tr("Imported the sheets of %1 from %2: %3 score(s) written, %4 sheet(s) submitted.")
            .arg(result.member, name)
            .arg(result.outcome.scoresWritten)
            .arg(result.outcome.sheetsSubmitted));
    Q_EMIT imported();
    return true;
}

void ImportFlows::exportMySheets()
{
    if (!allowed(mayExportOwnSheets(m_member), tr("Only experts and the chair hold score sheets to export.")))
        return;
    const QString path = m_dialogs->saveFile(m_window, tr("Export my score sheets"), m_member.id + QStringLiteral("-sheets.json"),
        tr("Score sheets (*.json)"));
    if (!path.isEmpty())
        exportMySheetsFile(path);
}

bool ImportFlows::exportMySheetsFile(const QString &path)
{
    if (!allowed(mayExportOwnSheets(m_member), tr("Only experts and the chair hold score sheets to export.")))
        return false;
    if (!m_key || m_key->memberId() != m_member.id) {
        say(tr("Sign in with your passphrase to export your sheets: they are signed with your key."));
        return false;
    }
    try {
        exportSheets(m_store, m_member.id, path, *m_key);
        say(tr("Wrote your signed sheets to %1.").arg(QFileInfo(path).fileName()));
        return true;
    } catch (const Error &e) {
        m_dialogs->show(m_window, Dialogs::Severity::Critical, tr("Export my score sheets"), e.message());
    }
    return false;
}

} // namespace pd
