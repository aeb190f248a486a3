#include "decision/NextRoundDialog.h"

#include "auth/Passphrase.h"
#include "domain/Errors.h"
#include "domain/IdRule.h"
#include "report/MethodText.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace pd {
namespace {

// "R1" -> ("R", 1); an id without a trailing number -> (id + "-", 1).
std::pair<QString, int> splitRoundNumber(const QString &id)
{
    static const QRegularExpression trailing(QStringLiteral("^(.*?)(\\d+)$"));
    const QRegularExpressionMatch match = trailing.match(id);
    if (match.hasMatch())
        return {match.captured(1), match.captured(2).toInt()};
    return {id + QLatin1Char('-'), 1};
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// The id column's editor reports every keystroke, so that the id is checked as it is typed
// (not only once the cell is left).
class IdDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    std::function<void(int row, const QString &text)> edited;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            const int row = index.row();
            const auto report = edited;
            QObject::connect(line, &QLineEdit::textEdited, line, [report, row](const QString &text) {
                if (report)
                    report(row, text);
            });
        }
        return editor;
    }
};

} // namespace

NextRoundDialog::NextRoundDialog(const QString &finalPath, const Panel &finalRound,
                                 const RoundStatus &status, const QString &chair, QWidget *parent)
    : QDialog(parent), m_finalPath(finalPath), m_finalRound(finalRound), m_status(status),
      m_chair(chair), m_copiedCut(finalRound.round.cut), m_intro(new QLabel(this)),
      m_roundIdLabel(new QLabel(this)), m_roundId(new QLineEdit(this)),
      m_roundNameLabel(new QLabel(this)), m_roundName(new QLineEdit(this)),
      m_recalledLabel(new QLabel(this)), m_recalled(new QTableWidget(0, 3, this)),
      m_addTeam(new QPushButton(this)), m_removeTeam(new QPushButton(this)),
      m_idProblem(new QLabel(this)), m_reenteringLabel(new QLabel(this)),
      m_reentering(new QListWidget(this)), m_cutLabel(new QLabel(this)),
      m_cutKind(new QComboBox(this)), m_cutCount(new QSpinBox(this)), m_preview(new QLabel(this)),
      m_pathLabel(new QLabel(this)), m_path(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_passphraseLabel(new QLabel(this)), m_passphrase(new QLineEdit(this)),
      m_create(new QPushButton(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("nextRoundDialog"));
    const auto [prefix, number] = splitRoundNumber(finalRound.round.id);
    m_roundId->setText(prefix + QString::number(number + 1));
    //: The default name of the next round, %1 its number; Korean "%1차 평가"
    m_roundName->setText(tr("Evaluation %1").arg(number + 1));
    m_recalled->verticalHeader()->hide();
    m_recalled->horizontalHeader()->setStretchLastSection(true);
    m_recalled->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_recalled->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recalled->setTabKeyNavigation(false);   // Tab leaves the table; arrows move within it
    auto *ids = new IdDelegate(m_recalled);
    ids->edited = [this](int row, const QString &text) {
        m_liveRow = row;
        m_liveId = text;
        update();
    };
    connect(ids, &QAbstractItemDelegate::closeEditor, this, [this] {
        m_liveRow = -1;   // committed (itemChanged) or given up (Escape): the cell's text again
        update();
    });
    m_recalled->setItemDelegateForColumn(IdColumn, ids);
    m_recalled->setMinimumHeight(110);
    m_recalled->setMaximumHeight(170);
    m_idProblem->setWordWrap(true);
    m_idProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_idProblem->setObjectName(QStringLiteral("idProblem"));
    m_idProblem->hide();

    // the teams eliminated (or disqualified) in the final decision version may re-enter
    if (const DecisionVersion *final = status.latest())
        for (const DecisionOutcome &o : final->outcomes) {
            if (o.outcome == Outcome::Advance)
                continue;
            const Team *team = finalRound.team(o.team);
            auto *item = new QListWidgetItem(m_reentering);
            item->setData(Qt::UserRole, o.team);
            item->setData(Qt::UserRole + 1, int(o.outcome));
            item->setText(team ? team->name : o.team);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    m_reentering->setMaximumHeight(4 * m_reentering->fontMetrics().height() + 8);

    m_cutKind->addItem(QString());
    m_cutKind->addItem(QString());
    m_cutCount->setRange(0, 0);
    m_preview->setWordWrap(true);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setObjectName(QStringLiteral("error"));
    m_intro->setWordWrap(true);

    m_roundIdLabel->setBuddy(m_roundId);
    m_roundNameLabel->setBuddy(m_roundName);
    m_recalledLabel->setBuddy(m_recalled);
    m_reenteringLabel->setBuddy(m_reentering);
    m_cutLabel->setBuddy(m_cutKind);
    m_pathLabel->setBuddy(m_path);
    m_passphraseLabel->setBuddy(m_passphrase);

    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_addTeam);
    teamButtons->addWidget(m_removeTeam);
    teamButtons->addStretch();
    auto *teams = new QVBoxLayout;
    teams->addWidget(m_recalled);
    teams->addLayout(teamButtons);
    teams->addWidget(m_idProblem);
    auto *cutRow = new QHBoxLayout;
    cutRow->addWidget(m_cutKind);
    cutRow->addWidget(m_cutCount);
    cutRow->addStretch();
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(m_roundIdLabel, m_roundId);
    form->addRow(m_roundNameLabel, m_roundName);
    form->addRow(m_recalledLabel, teams);
    form->addRow(m_reenteringLabel, m_reentering);
    form->addRow(m_cutLabel, cutRow);
    form->addRow(QString(), m_preview);   // right under the cut it follows
    form->addRow(m_pathLabel, pathRow);
    form->addRow(m_passphraseLabel, m_passphrase);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);   // Qt's own text, translated by Qt
    m_create->setDefault(true);   // Enter = Create
    m_create->setAutoDefault(true);
    m_cancel->setAutoDefault(false);
    m_addTeam->setAutoDefault(false);
    m_removeTeam->setAutoDefault(false);
    m_browse->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setTabOrder(m_roundId, m_roundName);
    setTabOrder(m_roundName, m_recalled);
    setTabOrder(m_recalled, m_addTeam);
    setTabOrder(m_addTeam, m_removeTeam);
    setTabOrder(m_removeTeam, m_reentering);
    setTabOrder(m_reentering, m_cutKind);
    setTabOrder(m_cutKind, m_cutCount);
    setTabOrder(m_cutCount, m_path);
    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_passphrase);
    setTabOrder(m_passphrase, m_create);
    setTabOrder(m_create, m_cancel);

    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &NextRoundDialog::create);
    connect(m_addTeam, &QPushButton::clicked, this, &NextRoundDialog::addTeam);
    connect(m_removeTeam, &QPushButton::clicked, this, &NextRoundDialog::removeTeam);
    connect(m_browse, &QPushButton::clicked, this, &NextRoundDialog::browse);
    connect(m_roundId, &QLineEdit::textChanged, this, &NextRoundDialog::roundIdChanged);
    connect(m_recalled, &QTableWidget::itemChanged, this, [this] {
        m_liveRow = -1;
        update();
    });
    connect(m_reentering, &QListWidget::itemChanged, this, &NextRoundDialog::update);
    connect(m_passphrase, &QLineEdit::textChanged, this, &NextRoundDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();   // a refusal of the file before is no longer about this one
        update();
    });
    const auto cutChosen = [this] {
        if (!m_updating)
            m_cutTouched = true;
        update();
    };
    connect(m_cutKind, &QComboBox::currentIndexChanged, this, cutChosen);
    connect(m_cutCount, &QSpinBox::valueChanged, this, cutChosen);

    m_shownDefaultPath = defaultPath();
    m_path->setText(m_shownDefaultPath);
    retranslate();
    m_roundId->setFocus();
    m_roundId->selectAll();
    resize(700, sizeHint().height());
}

NextRoundDialog::~NextRoundDialog() { m_passphrase->clear(); }

void NextRoundDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NextRoundDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in a re-called team's cell ends its edit (the table's delegate commits it); it does
    // not press Create with the cell still open. Elsewhere Enter presses Create.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_recalled->isAncestorOf(QApplication::focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void NextRoundDialog::retranslate()
{
    setWindowTitle(tr("Start next round"));
    m_intro->setText(tr("Round %1 is final. The next round is a new file: the teams that "
                        "advanced carry over with the categories, cut and appeal settings "
                        "(to edit before scoring starts); re-called teams and teams that "
                        "re-enter join them. Round %1's file stays as it is.")
                         .arg(m_finalRound.round.id));
    m_roundIdLabel->setText(tr("Round &id:"));
    m_roundNameLabel->setText(tr("Round &name:"));
    m_recalledLabel->setText(tr("Re-called &teams:"));
    m_recalled->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("Model")});
    m_addTeam->setText(tr("&Add team"));
    m_removeTeam->setText(tr("Re&move team"));
    m_reenteringLabel->setText(tr("Re-&entering teams:"));
    m_reentering->setAccessibleName(tr("Teams eliminated in round %1 that re-enter as new entries")
                                        .arg(m_finalRound.round.id));
    for (int i = 0; i < m_reentering->count(); ++i) {
        QListWidgetItem *item = m_reentering->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        const Team *team = m_finalRound.team(id);
        item->setText(tr("%1 (%2): %3")
                          .arg(team ? team->name : id, id,
                               methodtext::outcome(Outcome(item->data(Qt::UserRole + 1).toInt()))));
    }
    if (m_reentering->count() == 0)
        m_reentering->setToolTip(tr("No team was eliminated in round %1.").arg(m_finalRound.round.id));
    m_cutLabel->setText(tr("C&ut:"));
    m_cutKind->setItemText(Eliminate, tr("Eliminate the last"));
    m_cutKind->setItemText(Advance, tr("Advance the first"));
    m_cutKind->setAccessibleName(tr("Kind of cut"));
    m_cutCount->setAccessibleName(tr("Number of teams"));
    m_pathLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_passphraseLabel->setText(tr("Your &passphrase:"));
    m_passphrase->setPlaceholderText(tr("the chair's passphrase (it stays yours in the new round)"));
    m_create->setText(tr("&Create round"));
    update();
}

int NextRoundDialog::fieldSize() const { return nextRoundFieldSize(m_status, request()); }

NextRoundRequest NextRoundDialog::request() const
{
    NextRoundRequest request;
    request.roundId = m_roundId->text().trimmed();
    request.roundName = m_roundName->text().trimmed();
    for (int row = 0; row < m_recalled->rowCount(); ++row) {
        const QString id = idAt(row);
        const QString name = cellText(m_recalled, row, NameColumn);
        if (id.isEmpty() && name.isEmpty())
            continue;   // an empty row is ignored
        Team team;
        team.id = id;
        team.name = name.isEmpty() ? id : name;
        team.model = cellText(m_recalled, row, ModelColumn);
        team.enteredRound = request.roundId;
        request.recalled.push_back(team);
    }
    for (int i = 0; i < m_reentering->count(); ++i)
        if (m_reentering->item(i)->checkState() == Qt::Checked)
            request.reentering << m_reentering->item(i)->data(Qt::UserRole).toString();
    Cut cut;
    (m_cutKind->currentIndex() == Advance ? cut.advance : cut.eliminate) = m_cutCount->value();
    // a minimum total (min_total) stays as copied: actions/NextRound.h
    request.cut = cut;
    return request;
}

QString NextRoundDialog::idProblem() const { return findIdProblem().second; }

QString NextRoundDialog::idAt(int row) const
{
    return row == m_liveRow ? m_liveId.trimmed() : cellText(m_recalled, row, IdColumn);
}

std::pair<int, QString> NextRoundDialog::findIdProblem() const
{
    QHash<QString, int> rows;   // id -> first row
    for (int row = 0; row < m_recalled->rowCount(); ++row) {
        const QString id = idAt(row);
        const QString name = cellText(m_recalled, row, NameColumn);
        if (id.isEmpty() && name.isEmpty())
            continue;
        if (id.isEmpty())
            return {row, tr("Row %1: enter the team's id.").arg(row + 1)};
        if (!isValidId(id))
            return {row, tr("Row %1: \"%2\" is not a valid id: 1 to %3 letters, digits, '-', '_' or '.' "
                      "(no spaces).")
                .arg(row + 1).arg(id).arg(kMaxIdLength)};
        if (const Team *team = m_finalRound.team(id)) {
            bool advanced = false;
            if (const DecisionVersion *final = m_status.latest())
                if (const DecisionOutcome *o = final->outcomeOf(id))
                    advanced = o->outcome == Outcome::Advance;
            return {row, advanced
                ? tr("Row %1: the id \"%2\" is taken: %3 advanced and carries over.")
                      .arg(row + 1).arg(id, team->name)
                : tr("Row %1: the id \"%2\" is taken by %3 of round %4: tick it under Re-entering "
                     "teams instead.")
                      .arg(row + 1).arg(id, team->name, m_finalRound.round.id)};
        }
        if (rows.contains(id))
            return {row, tr("Row %1: the id \"%2\" is taken by row %3.")
                             .arg(row + 1).arg(id).arg(rows.value(id) + 1)};
        rows.insert(id, row);
    }
    return {-1, QString()};
}

QString NextRoundDialog::defaultPath() const
{
    const QFileInfo final(m_finalPath);
    const QString id = m_roundId->text().trimmed();
    QString base = final.completeBaseName();
    // "demo-R1" -> "demo-R2": the final round's id at the end of the name is replaced
    const QString suffix = QLatin1Char('-') + m_finalRound.round.id;
    if (base.endsWith(suffix))
        base.chop(suffix.size());
    const QString stem = final.dir().filePath(QStringLiteral("%1-%2").arg(base, id.isEmpty() ? QStringLiteral("next") : id));
    // a file already there (an earlier attempt) is never the default: "-2", "-3", ... after it
    QString path = stem + QStringLiteral(".paneldesk");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1-%2.paneldesk").arg(stem).arg(n);
    return path;
}

void NextRoundDialog::roundIdChanged()
{
    // the file name follows the id while the chair has not chosen another
    if (m_path->text() == m_shownDefaultPath) {
        m_shownDefaultPath = defaultPath();
        m_path->setText(m_shownDefaultPath);
    }
    update();
}

void NextRoundDialog::update()
{
    if (m_updating)
        return;
    m_updating = true;
    const auto [problemRow, problem] = findIdProblem();
    m_idProblem->setText(problem);
    m_idProblem->setVisible(!problem.isEmpty());
    // the offending cells are marked, the others plain (no itemChanged for that); not the
    // cell being typed in: a change of its item would reset its editor to the item's text
    const QSignalBlocker quiet(m_recalled);
    for (int row = 0; row < m_recalled->rowCount(); ++row)
        if (QTableWidgetItem *item = m_recalled->item(row, IdColumn); item && row != m_liveRow) {
            const bool bad = row == problemRow;
            item->setBackground(bad ? QColor(0xff, 0xcd, 0xd2) : QBrush());
        }

    const int field = fieldSize();
    m_cutCount->setMaximum(field);
    if (!m_cutTouched) {
        // the second evaluation's rule of thumb: 4 teams -> eliminate 1; the copied cut otherwise
        if (field == 4) {
            m_cutKind->setCurrentIndex(Eliminate);
            m_cutCount->setValue(1);
        } else {
            m_cutKind->setCurrentIndex(m_copiedCut.advance ? Advance : Eliminate);
            m_cutCount->setValue(m_copiedCut.advance ? *m_copiedCut.advance : m_copiedCut.eliminate.value_or(0));
        }
    }

    QStringList names;
    const NextRoundRequest shown = request();
    if (const DecisionVersion *final = m_status.latest())
        for (const DecisionOutcome &o : final->outcomes)
            if (o.outcome == Outcome::Advance) {
                const Team *team = m_finalRound.team(o.team);
                names << (team ? team->name : o.team);
            }
    for (const QString &id : shown.reentering) {
        const Team *team = m_finalRound.team(id);
        names << (team ? team->name : id);
    }
    for (const Team &team : shown.recalled)
        names << team.name;
    const int n = m_cutCount->value();
    //: the suffix of the cut's number of teams ("Eliminate the last 1 team")
    m_cutCount->setSuffix(tr(" team(s)", nullptr, n));
    const int eliminated = m_cutKind->currentIndex() == Advance ? std::max(0, field - n) : std::min(n, field);
    const QString teams = tr("%n team(s) will take part: %1", nullptr, field)
                              .arg(QLocale().createSeparatedList(names));
    const QString cut = eliminated == 0 ? tr("none will be eliminated on score")
                                        : tr("%n will be eliminated on score", nullptr, eliminated);
    m_preview->setText(tr("%1; %2.").arg(teams, cut));

    const bool roundIdOk = isValidId(m_roundId->text().trimmed())
                           && m_roundId->text().trimmed() != m_finalRound.round.id;
    m_create->setEnabled(problem.isEmpty() && roundIdOk && !m_path->text().trimmed().isEmpty()
                         && !m_passphrase->text().isEmpty());
    m_updating = false;
}

void NextRoundDialog::addTeam()
{
    const int row = m_recalled->rowCount();
    {
        const QSignalBlocker blocker(m_recalled);
        m_recalled->insertRow(row);
        for (int column = IdColumn; column <= ModelColumn; ++column)
            m_recalled->setItem(row, column, new QTableWidgetItem);
    }
    m_recalled->setCurrentCell(row, IdColumn);
    m_recalled->setFocus();
    m_recalled->editItem(m_recalled->item(row, IdColumn));
    update();
}

void NextRoundDialog::removeTeam()
{
    const int row = m_recalled->currentRow();
    if (row < 0)
        return;
    m_liveRow = -1;
    m_recalled->removeRow(row);
    m_recalled->setFocus();
    update();
}

void NextRoundDialog::browse()
{
    const QString path = m_dialogs->saveFile(this, tr("The next round's file"), m_path->text(),
                                             tr("PanelDesk panels (*.paneldesk)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

QString NextRoundDialog::takePassphrase()
{
    QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    return passphrase;
}

void NextRoundDialog::create()
{
    update();
    if (!m_create->isEnabled())
        return;   // Enter on an incomplete form: the problem is shown already
    const QString path = m_path->text().trimmed();
    if (QFileInfo::exists(path)) {   // the use case refuses it too, in the command line's words
        m_error->setText(tr("%1 already exists: the next round needs a new file (choose another "
                            "with Browse…).").arg(QDir::toNativeSeparators(path)));
        m_path->setFocus();
        return;
    }
    const NextRoundRequest wanted = request();
    QString passphrase = m_passphrase->text();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        createNextRoundDatabase(m_finalPath, path, wanted, m_chair, passphrase);
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        wipe(passphrase);
        m_error->setText(e.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    wipe(passphrase);
    m_error->clear();
    m_created = path;
    accept();
    Q_EMIT created(path);
}

} // namespace pd
