#pragma once
// File > Import for the secretariat and the chair (docs/imports.md): user ratings with a
// progress dialog and Cancel, benchmark results through a preview, score sheets (the chair),
// and File > Export my score sheets (experts, the chair). Each flow asks its rule
// (access/WindowAccess.h) first and refuses, naming the roles that may, for anyone else. The import runs on the window's
// thread and store connection: the importer reports progress every few thousand rows and
// the progress dialog (window-modal, so nothing else can be started meanwhile) processes
// events then, which keeps the window responsive and makes Cancel work; no second
// connection or thread holds a lock on the file.

#include "domain/Member.h"
#include "imports/ImportProblemsDialog.h"
#include "importers/RatingsCsv.h"

#include "Dialogs.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace pd {

class ImportProblemsDialog;
class PanelStore;
class Signer;

class ImportFlows : public QObject {
    Q_OBJECT
public:
    // `key`: the member's unlocked key (signs their exported sheets; nullptr when none).
    ImportFlows(QWidget *window, PanelStore &store, const Member &member, const Signer *key);

    // With a file dialog (and, when the round holds ratings, the question whether to add
    // or replace); the *File variants are the same without dialogs (tests, drag and drop).
    void importRatings();
    RatingsImportResult importRatingsFile(const QString &path, bool replace);
    void importBenchmarks();
    void importSheets();
    bool importSheetsFile(const QString &path);
    void exportMySheets();
    bool exportMySheetsFile(const QString &path);

    // The problems dialog of the last refused import (open, window-modal), or nullptr.
    ImportProblemsDialog *problemsDialog() const { return m_problems; }
    QString lastMessage() const { return m_lastMessage; }

    // Test seam: called with the progress dialog after each progress report of a ratings
    // import (bytes read so far and the file's size), before the import asks whether it was
    // cancelled. A test cancels at a given point through it instead of racing a timer.
    using ProgressHook = std::function<void(QProgressDialog &dialog, qint64 done, qint64 total)>;
    void setProgressHook(ProgressHook hook) { m_progressHook = std::move(hook); }
    // The file dialogs, the add-or-replace question and the failures (Dialogs.h).
    void setDialogs(Dialogs &dialogs) { m_dialogs = &dialogs; }

Q_SIGNALS:
    void imported();   // something was written: refresh the views
    void message(const QString &text);   // for the status bar

private:
    // `rule` (access/WindowAccess.h) for the signed-in member; a refusal is said, naming the
    // roles that may.
    bool allowed(bool rule, const QString &refusal);
    void showProblems(const QString &file, const ImportIssues &issues);
    void say(const QString &text);

    QWidget *m_window;
    PanelStore &m_store;
    Member m_member;
    const Signer *m_key = nullptr;   // not owned: the window's signed-in key
    Dialogs *m_dialogs = &widgetDialogs();
    QPointer<ImportProblemsDialog> m_problems;
    QString m_lastMessage;
    ProgressHook m_progressHook;
};

} // namespace pd
