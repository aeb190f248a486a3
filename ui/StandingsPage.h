#pragma once
// The current round's standings, read-only: a title, the demo notice, what the viewer sees
// (with nobody signed in: the round's state, or the announced decision's public
// disclosure), the table sorted on raw values, the averages and whether the standings are
// complete, and each team's outcome with its reason — each only as far as the viewer may
// see it (access/StandingsAccess.h).

#include "access/StandingsAccess.h"

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

    void showStandings(const ShownStandings &shown);

    QTableView *table() const { return m_table; }
    QCheckBox *showGroupsBox() const { return m_showGroups; }
    const CutLineDelegate *cutLineDelegate() const { return m_cutLine; }
    StandingsTableModel *model() const { return m_model; }
    QString noticeText() const;
    QString summaryText() const;
    // What the viewer sees and why (nobody signed in); empty for a signed-in member.
    QString disclosureText() const;
    QString reasonsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString stateText(RoundState state);
    static QString describeDisclosure(const ShownStandings &shown);
    void retranslate();
    void showGroupColumns();

    QLabel *m_title;
    QLabel *m_notice;
    QLabel *m_disclosure;
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
