#include "StandingsPage.h"

#include "CutLineDelegate.h"
#include "Watermark.h"
#include "itemmodels/StandingsTableModel.h"
#include "report/MethodText.h"
#include "scoring/OutcomeReason.h"
#include "scoring/Rounding.h"

#include <QEvent>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

StandingsPage::StandingsPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_notice(new QLabel(this)),
      m_disclosure(new QLabel(this)),
      m_table(new QTableView(this)), m_model(new StandingsTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_watermark(nullptr), m_summary(new QLabel(this)),
      m_reasonsLabel(new QLabel(this)), m_reasons(new QPlainTextEdit(this)),
      m_showGroups(new QCheckBox(this)), m_cutLine(new CutLineDelegate(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_notice->setObjectName(QStringLiteral("demoNotice"));
    m_notice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; padding: 4px; }"));
    m_notice->hide();
    m_disclosure->setObjectName(QStringLiteral("disclosure"));
    m_disclosure->setWordWrap(true);
    m_disclosure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_disclosure->setStyleSheet(QStringLiteral(
        "QLabel { background: #e7f1ff; color: #084298; border: 1px solid #b6d4fe; padding: 4px; }"));
    m_disclosure->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StandingsTableModel::RawValueRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(m_cutLine);
    m_watermark = new Watermark(m_table->viewport());
    // the cut line only makes sense in rank order
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                m_cutLine->setLineShown(column == m_model->rankColumn()
                                        && order == Qt::AscendingOrder);
                m_table->viewport()->update();
            });
    connect(m_showGroups, &QCheckBox::toggled, this, [this] { showGroupColumns(); });

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setReadOnly(true);
    m_reasons->setMaximumHeight(140);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addWidget(m_disclosure);
    layout->addWidget(m_showGroups);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_reasonsLabel);
    layout->addWidget(m_reasons);
    m_reasonsLabel->setBuddy(m_reasons);
    retranslate();
}

void StandingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StandingsPage::retranslate()
{
    m_table->setAccessibleName(tr("Standings"));
    m_reasons->setAccessibleName(tr("Outcomes and reasons"));
    m_reasonsLabel->setText(tr("&Outcomes and reasons:"));
    m_showGroups->setText(tr("Show &benchmark groups"));
    m_showGroups->setToolTip(tr("Adds a column per benchmark group after the total"));
}

void StandingsPage::showGroupColumns()
{
    const StandingsDisclosure &d = m_model->disclosure();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        // a column the disclosure hides for every team is not shown at all (nobody signed in)
        const bool hiddenForAll = d.level != StandingsLevel::Member
            && ((d.level == StandingsLevel::TeamsOnly && column != m_model->teamColumn())
                || (column == m_model->flagsColumn() && !d.showsFlags())
                || (column == m_model->marginColumn() && !d.showsMargins()));
        m_table->setColumnHidden(column, hiddenForAll
                                             || (m_model->isGroupColumn(column) && !m_showGroups->isChecked()));
    }
    m_table->resizeColumnsToContents();
    // fitting the columns overrides the stretch of the last one until the next resize
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

QString StandingsPage::stateText(RoundState state)
{
    switch (state) {
    case RoundState::Open: return tr("open");
    case RoundState::Scoring: return tr("being scored");
    case RoundState::Locked: return tr("locked");
    case RoundState::Decided: return tr("decided, not yet announced");
    case RoundState::Announced: return tr("announced");
    case RoundState::Final: return tr("final");
    }
    return {};
}

QString StandingsPage::describeDisclosure(const ShownStandings &shown)
{
    switch (shown.disclosure.level) {
    case StandingsLevel::Member:
        return {};
    case StandingsLevel::TeamsOnly:
        return tr("Round %1 is %2. Nobody is signed in: before the decision is announced only the "
                  "teams are shown, no score, rank or outcome. Members sign in (File > Sign in) to "
                  "see what their role may see.")
            .arg(shown.panel.round.name, stateText(shown.state));
    case StandingsLevel::Public: {
        QStringList published;
        for (const QString &id : shown.disclosure.publishedTeams)
            published << (shown.panel.team(id) ? shown.panel.team(id)->name : id);
        QString text = tr("The public disclosure of decision version %1, announced %2: outcomes, "
                          "reasons, verdicts and the averages. Scores are published for: %3.")
                           .arg(shown.version)
                           .arg(shown.announcedOn ? shown.announcedOn->toString(Qt::ISODate) : QString(),
                                published.isEmpty() ? tr("no team") : published.join(QStringLiteral(", ")));
        if (shown.finalOn)
            text += QLatin1Char(' ') + tr("Final since %1.").arg(shown.finalOn->toString(Qt::ISODate));
        else if (shown.reopened)
            text += QLatin1Char(' ') + tr("Reopened on appeal since: round %1 is %2.")
                                           .arg(shown.panel.round.name, stateText(shown.state));
        return text;
    }
    }
    return {};
}

void StandingsPage::showStandings(const ShownStandings &shown)
{
    const Panel &panel = shown.panel;
    const Standings &standings = shown.standings;
    const StandingsDisclosure &disclosure = shown.disclosure;
    // a round without its date yet (a next round just created) shows no empty "()"
    m_title->setText(panel.round.evaluationDate.isValid()
                         ? tr("%1 — %2 (%3)")
                               .arg(panel.program.name, panel.round.name,
                                    panel.round.evaluationDate.toString(Qt::ISODate))
                         : tr("%1 — %2").arg(panel.program.name, panel.round.name));
    m_notice->setText(panel.program.notice);
    m_notice->setVisible(!panel.program.notice.isEmpty());
    m_watermark->setText(panel.program.notice);
    m_disclosure->setText(describeDisclosure(shown));
    m_disclosure->setVisible(!m_disclosure->text().isEmpty());

    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    const StandingsDisclosure before = m_model->disclosure();
    m_model->setStandings(shown);
    const bool teamsOnly = disclosure.level == StandingsLevel::TeamsOnly;
    m_showGroups->setVisible(m_model->groupCount() > 0 && !teamsOnly);
    m_reasonsLabel->setVisible(!teamsOnly);
    m_reasons->setVisible(!teamsOnly);
    // the columns are fitted to a new layout; new figures of the same layout keep the widths
    // (fitting 200 rows on every refresh costs more than the refresh itself)
    if (rows != m_model->rowCount() || columns != m_model->columnCount() || rows == 0
        || before.level != disclosure.level)
        showGroupColumns();

    if (!disclosure.showsAverages()) {
        // Averages and outcomes would mix hidden figures in: show neither.
        if (disclosure.level == StandingsLevel::Member)
            m_summary->setText(tr("Expert scores of %n team(s) are hidden until you submit your own "
                                  "sheet for them; totals, averages and outcomes are not shown.",
                                  nullptr, static_cast<int>(disclosure.hiddenExpertTeams.size())));
        else
            m_summary->setText(tr("%n team(s) in the round.", nullptr,
                                  static_cast<int>(standings.teams.size())));
        m_reasons->clear();
        return;
    }
    const int decimals = panel.round.displayDecimals;
    QStringList averages;
    for (const Category &c : panel.categories)
        averages << QStringLiteral("%1 %2").arg(c.name, formatScore(shown.averages.category(c.id), decimals + 1));
    QString summary = tr("Averages over %n team(s): total %1; ", nullptr,
                         static_cast<int>(standings.teams.size()))
                          .arg(formatScore(shown.averages.total, decimals + 1))
        + averages.join(QStringLiteral(", ")) + QStringLiteral(". ");
    summary += standings.complete
        ? tr("Standings complete (cut: %1).").arg(describeCut(panel.round.cut, decimals))
        : tr("Standings not complete: pending verdicts, ties at the cut or missing inputs.");
    m_summary->setText(summary);

    QStringList lines;
    for (const TeamStanding &t : standings.teams) {
        const Team *team = panel.team(t.team);
        const QString reason = disclosure.shownReason(panel, standings, t);
        // without a reason that may be shown (an advancing team's rank is not published),
        // the outcome itself
        lines << QStringLiteral("%1 — %2").arg(team ? team->name : t.team,
                                               reason.isEmpty() ? methodtext::outcome(t.outcome) : reason);
    }
    m_reasons->setPlainText(lines.join(QLatin1Char('\n')));
}

QString StandingsPage::noticeText() const { return m_notice->isHidden() ? QString() : m_notice->text(); }

QString StandingsPage::summaryText() const { return m_summary->text(); }

QString StandingsPage::disclosureText() const { return m_disclosure->isHidden() ? QString() : m_disclosure->text(); }

QString StandingsPage::reasonsText() const { return m_reasons->toPlainText(); }

} // namespace pd
