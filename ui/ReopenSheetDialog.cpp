#include "ReopenSheetDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

ReopenSheetDialog::ReopenSheetDialog(const QString &memberName, const QString &teamName,
                                     QWidget *parent)
    : QDialog(parent), m_question(new QLabel(this)), m_reason(new QPlainTextEdit(this)),
      m_reopen(new QPushButton(tr("&Reopen"), this))
{
    setWindowTitle(tr("Reopen sheet"));
    m_question->setTextFormat(Qt::PlainText);   // names are shown as they are
    m_question->setWordWrap(true);
    m_question->setText(tr("Reopen %1's sheet for %2?").arg(memberName, teamName));
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);

    auto *explanation = new QLabel(tr("The sheet goes back to draft: %1 can change it and must "
                                      "submit it again. Until then its scores no longer count.")
                                       .arg(memberName),
                                   this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);

    auto *reasonLabel = new QLabel(tr("R&eason (kept in the audit log):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setTabChangesFocus(true);   // Tab moves on to the buttons
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why the sheet is reopened (required)"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_reopen, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_reopen->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_reopen->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(explanation);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(buttons);
    m_reason->setFocus();
    resize(480, 300);
}

QString ReopenSheetDialog::reason() const { return m_reason->toPlainText().trimmed(); }

} // namespace pd
