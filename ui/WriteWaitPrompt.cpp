#include "WriteWaitPrompt.h"

#include <QApplication>
#include <QProgressBar>
#include <QProgressDialog>
#include <QWidget>

namespace pd {

WriteWaitPrompt::WriteWaitPrompt(QWidget *window) : QObject(window), m_window(window) {}

WriteWaitPolicy WriteWaitPrompt::policy(std::chrono::milliseconds limit)
{
    WriteWaitPolicy policy;
    policy.limit = limit;
    QPointer<WriteWaitPrompt> self(this);
    policy.waiting = [self](const WriteWaitStatus &status) {
        return self ? self->keepWaiting(status) : true;
    };
    policy.finished = [self] {
        if (self)
            self->done();
    };
    return policy;
}

bool WriteWaitPrompt::keepWaiting(const WriteWaitStatus &status)
{
    const auto limitMs = static_cast<int>(status.limit.count());
    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_window);
        m_dialog->setObjectName(QStringLiteral("writeWaitDialog"));
        m_dialog->setWindowTitle(tr("Waiting to save"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setMinimumDuration(0);
        m_dialog->setCancelButtonText(tr("Cancel"));
        auto *bar = new QProgressBar(m_dialog);
        bar->setTextVisible(false);   // a percentage of the limit says nothing useful
        m_dialog->setBar(bar);
        m_dialog->setRange(0, qMax(1, limitMs));
    }
    const QString what = status.holder.isEmpty() ? tr("writing to this panel") : status.holder;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(status.limit).count();
    const QString label = tr("Waiting for another PanelDesk (%1)…\n"
                             "PanelDesk waits up to %n second(s), then gives up without "
                             "saving anything.",
                             nullptr, int(seconds))
                              .arg(what);
    m_dialog->setLabelText(label);
    m_dialog->setValue(qMin(limitMs, static_cast<int>(status.waited.count())));
    m_dialog->show();
    QApplication::processEvents();
    Q_EMIT waiting(label);
    return m_dialog && !m_dialog->wasCanceled();
}

void WriteWaitPrompt::done()
{
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = nullptr;
}

} // namespace pd
