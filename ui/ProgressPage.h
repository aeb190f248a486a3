#pragma once
// The chair's progress matrix: members x teams with the state of each sheet (no values) and
// the count of missing sheets.

#include "domain/Panel.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace pd {

class ProgressTableModel;

class ProgressPage : public QWidget {
    Q_OBJECT
public:
    explicit ProgressPage(QWidget *parent = nullptr);
    void showPanel(const Panel &full);   // the full panel: only states are shown
    QString summaryText() const;
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();

    ProgressTableModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace pd
