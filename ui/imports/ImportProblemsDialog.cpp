#include "imports/ImportProblemsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

ImportProblemsDialog::ImportProblemsDialog(const QString &file, const ImportIssues &issues,
                                           QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Import refused — %1").arg(QFileInfo(file).fileName()));
    const qint64 count = issues.count();
    const qint64 listed = qint64(issues.listed().size());
    QString text = tr("<b>Nothing was imported</b> from %1: the file has %n problem(s).", nullptr,
                      int(qMin<qint64>(count, INT_MAX)))
                       .arg(QFileInfo(file).fileName().toHtmlEscaped());
    if (listed < count)
        text += QLatin1Char(' ') + tr("The first %1 are listed.").arg(listed);
    text += QStringLiteral("<br>") + tr("Correct the file and import it again.");
    m_summary->setText(text);
    m_summary->setWordWrap(true);
    for (const ImportIssue &issue : issues.listed())
        m_list->addItem(issue.text());
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy list"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this, issues] {
        QApplication::clipboard()->setText(issues.text());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace pd
