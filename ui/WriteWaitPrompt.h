#pragma once
// What the window shows while a write waits for another PanelDesk (storage/WriteWait.h):
// a window-modal progress dialog "Waiting for another PanelDesk (import of ratings.csv)…"
// that fills up towards the limit, with Cancel (nothing is written then).

#include "storage/WriteWait.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QWidget;

namespace pd {

class WriteWaitPrompt final : public QObject {
    Q_OBJECT
public:
    explicit WriteWaitPrompt(QWidget *window);

    // The policy to give a store (PanelStore::setWriteWait): waits up to `limit`.
    WriteWaitPolicy policy(std::chrono::milliseconds limit = WriteWaitPolicy::kDefaultLimit);

    // The dialog while a wait is on; nullptr otherwise.
    QProgressDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // Each time the dialog has been updated during a wait (the test hook: a test answers
    // the moment it needs here, e.g. clicks Cancel or lets the other writer finish).
    void waiting(const QString &label);

private:
    bool keepWaiting(const WriteWaitStatus &status);
    void done();

    QWidget *m_window;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace pd
