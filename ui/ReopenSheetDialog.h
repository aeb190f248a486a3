#pragma once
// "Reopen 김민수's sheet for LG AI연구원?": the chair's confirmation, with the reason the
// audit log keeps. The Reopen button stays disabled while the reason is blank; the dialog
// only asks — the caller reopens the sheet (PanelStore::reopenSheet).

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pd {

class ReopenSheetDialog : public QDialog {
    Q_OBJECT
public:
    ReopenSheetDialog(const QString &memberName, const QString &teamName,
                      QWidget *parent = nullptr);

    QString reason() const;   // trimmed

    QLabel *questionLabel() const { return m_question; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *reopenButton() const { return m_reopen; }

private:
    QLabel *m_question;
    QPlainTextEdit *m_reason;
    QPushButton *m_reopen;
};

} // namespace pd
