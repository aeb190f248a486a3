#include "NewPanelDialog.h"

#include "actions/PanelDatabase.h"
#include "auth/Passphrase.h"
#include "domain/Errors.h"
#include "templates/FirstEvaluationTemplate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

NewPanelDialog::NewPanelDialog(const QString &folder, QWidget *parent)
    : QDialog(parent), m_template(new QComboBox(this)), m_note(new QLabel(this)),
      m_program(new QLineEdit(this)), m_round(new QLineEdit(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)), m_teams(new QTableWidget(0, 4, this)),
      m_addTeam(new QPushButton(tr("Add &team"), this)),
      m_removeTeam(new QPushButton(tr("Remove team"), this)), m_chairId(new QLineEdit(this)),
      m_chairName(new QLineEdit(this)), m_passphrase(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)),
      m_create(new QPushButton(tr("&Create panel"), this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("New panel from template"));
    m_round->setText(tr("First evaluation"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_teams->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("Model"), tr("Re-called")});
    m_template->addItem(tr("First evaluation (eliminate 1)"));
    m_template->addItem(tr("Second evaluation (4 teams → 3, with re-called teams)"));
    m_teams->horizontalHeader()->setStretchLastSection(true);
    m_teams->verticalHeader()->hide();
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_path->setText(QDir(folder).filePath(QStringLiteral("panel.paneldesk")));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_addTeam);
    teamButtons->addWidget(m_removeTeam);
    teamButtons->addStretch();
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("T&emplate:"), m_template);
    form->addRow(tr("&Program:"), m_program);
    form->addRow(tr("&Round:"), m_round);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Teams:"), m_teams);
    form->addRow(QString(), teamButtons);
    form->addRow(tr("Your &id (chair):"), m_chairId);
    form->addRow(tr("Your &name:"), m_chairName);
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    form->addRow(tr("Repeat passphrase:"), m_repeat);
    // a row with a layout gets no buddy: without one the label would show its "&" literally
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &NewPanelDialog::create);
    connect(m_addTeam, &QPushButton::clicked, this, &NewPanelDialog::addTeam);
    connect(m_removeTeam, &QPushButton::clicked, this, [this] {
        if (m_teams->currentRow() >= 0)
            m_teams->removeRow(m_teams->currentRow());
    });
    connect(m_browse, &QPushButton::clicked, this, &NewPanelDialog::browse);
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewPanelDialog::templateChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 700);
    templateChanged();
}

void NewPanelDialog::templateChanged()
{
    const bool second = m_template->currentIndex() == 1;
    m_teams->setColumnHidden(3, !second);
    const QString first = tr("First evaluation");
    const QString secondName = tr("Second evaluation");
    if (m_round->text().isEmpty() || m_round->text() == first || m_round->text() == secondName)
        m_round->setText(second ? secondName : first);
    m_note->setText(second
        ? tr("The second-evaluation template (round R2): the teams that advanced and those re-called "
             "(tick \"Re-called\"); the first evaluation's points, eliminate 1 (4 teams → 3), appeal "
             "within 10 days. You become the panel's chair.")
        : tr("The first-evaluation template: benchmark 40, expert 35 and user "
             "25 points, eliminate 1, appeal within 10 days. You become the "
             "panel's chair."));
}

NewPanelDialog::Created NewPanelDialog::createPanel(QWidget *parent, const QString &folder, Dialogs &dialogs)
{
    NewPanelDialog dialog(folder, parent);
    dialog.setDialogs(dialogs);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return {dialog.createdPath(), dialog.chairId()};
}

QString NewPanelDialog::chairId() const { return m_chairId->text().trimmed(); }

void NewPanelDialog::addTeam()
{
    const int row = m_teams->rowCount();
    m_teams->insertRow(row);
    for (int column = 0; column < 3; ++column)
        m_teams->setItem(row, column, new QTableWidgetItem);
    auto *recalled = new QTableWidgetItem;
    recalled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    recalled->setCheckState(Qt::Unchecked);
    m_teams->setItem(row, 3, recalled);
    m_teams->setCurrentCell(row, 0);
    m_teams->editItem(m_teams->item(row, 0));
}

void NewPanelDialog::browse()
{
    const QString path = m_dialogs->saveFile(this, tr("New panel"), m_path->text(), tr("PanelDesk panels (*.paneldesk)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void NewPanelDialog::create()
{
    auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_teams->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    std::vector<Team> teams;
    for (int row = 0; row < m_teams->rowCount(); ++row) {
        if (text(row, 0).isEmpty() && text(row, 1).isEmpty())
            continue;   // an empty row is ignored
        const QTableWidgetItem *recalled = m_teams->item(row, 3);
        const bool recall = recalled && recalled->checkState() == Qt::Checked;
        teams.push_back({text(row, 0), text(row, 1), text(row, 2), recall ? QStringLiteral("R2") : QString()});
    }
    if (m_program->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter the program's name."));
        return;
    }
    if (teams.empty()) {
        m_error->setText(tr("Add at least one team: each team gets its own benchmarks."));
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        m_error->setText(tr("The two passphrases differ."));
        return;
    }
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_error->setText(tr("Choose the file of the new panel."));
        return;
    }
    QString passphrase = m_passphrase->text();
    try {
        const bool second = m_template->currentIndex() == 1;
        const Panel panel = second
            ? secondEvaluationTemplate(m_program->text().trimmed(), m_round->text().trimmed(), m_date->date(),
                                       std::move(teams))
            : firstEvaluationTemplate(m_program->text().trimmed(), m_round->text().trimmed(), m_date->date(),
                                      std::move(teams));
        createPanelWithChair(panel, path,
                             {chairId(), m_chairName->text().trimmed(), Role::Chair, {}},
                             passphrase);
    } catch (const Error &e) {
        wipe(passphrase);
        m_error->setText(e.message());
        return;
    }
    wipe(passphrase);
    m_passphrase->clear();
    m_repeat->clear();
    m_error->clear();
    m_created = path;
    accept();
}

} // namespace pd
