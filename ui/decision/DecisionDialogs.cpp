#include "decision/DecisionDialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {
namespace {

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QDateEdit *makeDateEdit(const QDate &initial, QWidget *parent)
{
    auto *edit = new QDateEdit(initial, parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

DecideDialog::DecideDialog(const QList<std::pair<QString, QString>> &teams, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Decide the round"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The decision is stored as a new version that cannot be changed, "
                                "with the fingerprint of its inputs. Write the reason for each "
                                "team that is eliminated or disqualified."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const auto &[id, label] : teams) {
        auto *edit = new QLineEdit(this);
        edit->setAccessibleName(tr("Reason for %1").arg(label));
        connect(edit, &QLineEdit::textChanged, this, &DecideDialog::update);
        form->addRow(label, edit);
        m_edits.insert(id, edit);
    }
    layout->addLayout(form);
    m_buttons = okCancel(this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Decide"));
    layout->addWidget(m_buttons);
    update();
}

QMap<QString, QString> DecideDialog::reasons() const
{
    QMap<QString, QString> reasons;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        reasons.insert(it.key(), it.value()->text().trimmed());
    return reasons;
}

void DecideDialog::update()
{
    bool complete = true;
    for (const QLineEdit *edit : std::as_const(m_edits))
        complete = complete && !edit->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

TieDialog::TieDialog(const QList<std::pair<QString, QString>> &teams, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_rationale(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Resolve the tie at the cut"));
    for (const auto &[id, name] : teams) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, id);
    }
    m_list->setCurrentRow(0);
    m_list->setAccessibleName(tr("Tied teams, best first"));
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("These teams share the eligible rank at the cut line. Put them in "
                                "the order the panel decided, best first, and write the rationale; "
                                "both are recorded with the decision and its fingerprint."), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *moves = new QHBoxLayout;
    moves->addWidget(up);
    moves->addWidget(down);
    moves->addStretch();
    form->addRow(tr("&Order:"), m_list);
    form->addRow(QString(), moves);
    form->addRow(tr("&Rationale:"), m_rationale);
    m_buttons = okCancel(this);
    form->addRow(m_buttons);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_rationale->toPlainText().trimmed().isEmpty());
    };
    connect(m_rationale, &QPlainTextEdit::textChanged, this, update);
    update();
}

void TieDialog::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

QStringList TieDialog::order() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

QString TieDialog::rationale() const { return m_rationale->toPlainText().trimmed(); }

DateDialog::DateDialog(const QString &title, const QString &text, const QDate &initial,
                       const QDate &maximum, QWidget *parent)
    : QDialog(parent), m_date(makeDateEdit(initial, this))
{
    setWindowTitle(title);
    m_date->setMaximumDate(maximum);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_date);
    layout->addWidget(okCancel(this));
}

QDate DateDialog::date() const { return m_date->date(); }

AppealDialog::AppealDialog(const QList<std::pair<QString, QString>> &teams, const QDate &today,
                           QWidget *parent)
    : QDialog(parent), m_team(new QComboBox(this)), m_filed(makeDateEdit(today, this)),
      m_grounds(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Record an appeal"));
    for (const auto &[id, label] : teams)
        m_team->addItem(label, id);
    m_filed->setMaximumDate(today);
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("An appeal filed after the window is recorded as late and refused "
                                "by rule. The committee leaves out every member who scored the team."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Filed on:"), m_filed);
    form->addRow(tr("&Grounds:"), m_grounds);
    m_buttons = okCancel(this);
    form->addRow(m_buttons);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(
            m_team->count() > 0 && !m_grounds->toPlainText().trimmed().isEmpty());
    };
    connect(m_grounds, &QPlainTextEdit::textChanged, this, update);
    update();
}

QString AppealDialog::team() const { return m_team->currentData().toString(); }
QDate AppealDialog::filedOn() const { return m_filed->date(); }
QString AppealDialog::grounds() const { return m_grounds->toPlainText().trimmed(); }

RulingDialog::RulingDialog(const QString &appeal, QWidget *parent)
    : QDialog(parent), m_ruling(new QComboBox(this)), m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Rule on appeal"));
    m_ruling->addItem(tr("Rejected: the decision stands"), false);
    m_ruling->addItem(tr("Upheld: the round reopens for a new decision version"), true);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(appeal, this));
    form->addRow(tr("&Ruling:"), m_ruling);
    form->addRow(tr("&Reason:"), m_reason);
    m_buttons = okCancel(this);
    form->addRow(m_buttons);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->toPlainText().trimmed().isEmpty());
    };
    connect(m_reason, &QPlainTextEdit::textChanged, this, update);
    update();
}

bool RulingDialog::upheld() const { return m_ruling->currentData().toBool(); }
QString RulingDialog::reason() const { return m_reason->toPlainText().trimmed(); }

} // namespace pd
