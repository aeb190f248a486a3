#pragma once
// The current round's standings, read-only: a title, the demo notice, the table sorted on
// raw values, the averages and whether the standings are complete, and each team's outcome
// with its reason.

#include "domain/Panel.h"
#include "scoring/Standings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;
class QSortFilterProxyModel;
class QPlainTextEdit;

namespace pd {

class CutLineDelegate;
class StandingsTableModel;
class Watermark;

class StandingsPage : public QWidget {
    Q_OBJECT
public:
    explicit StandingsPage(QWidget *parent = nullptr);

    void showStandings(const Panel &panel, const Standings &standings,
                       const QStringList &hiddenTeams = {});

    QTableView *table() const { return m_table; }
    QCheckBox *showGroupsBox() const { return m_showGroups; }
    const CutLineDelegate *cutLineDelegate() const { return m_cutLine; }
    StandingsTableModel *model() const { return m_model; }
    QString noticeText() const;
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showGroupColumns();

    QLabel *m_title;
    QLabel *m_notice;
    QTableView *m_table;
    StandingsTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    Watermark *m_watermark;
    QLabel *m_summary;
    QLabel *m_reasonsLabel;
    QPlainTextEdit *m_reasons;
    QCheckBox *m_showGroups;
    CutLineDelegate *m_cutLine;
};

} // namespace pd
