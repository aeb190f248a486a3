#pragma once
// The chair's progress matrix: members x teams with the state of each sheet (no values) and
// the count of missing sheets. With a reopen target (the store and the chair), a submitted
// sheet can be reopened: select its cell, then "Reopen sheet…" (button or context menu)
// asks for a reason (ReopenSheetDialog) and calls reopenSheetAs (services/SheetService.h).

#include "domain/Panel.h"
#include "domain/SheetRecord.h"

#include "Dialogs.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace pd {

class PanelStore;
class ProgressTableModel;

class ProgressPage : public QWidget {
    Q_OBJECT
public:
    explicit ProgressPage(QWidget *parent = nullptr);
    // The full panel: only states are shown. The selected cell stays selected.
    void showPanel(const Panel &full, const std::vector<SheetRecord> &sheets = {});
    QString summaryText() const;
    QTableView *table() const { return m_table; }

    // Where "Reopen sheet…" reopens, acting as `chair`; nullptr (the default) disables it.
    // The store must stay alive while it is set: reset it before the store goes.
    void setReopenTarget(PanelStore *store, const QString &chair);
    // Selects the cell of `member` (row) and `team` (column); false when there is none.
    bool selectCell(const QString &member, const QString &team);
    // Asks for a reason and reopens the selected submitted sheet; a refusal is shown in a
    // warning. Either way refreshWanted follows (the sheet's state may have changed).
    void reopenSelected();

    QPushButton *reopenButton() const { return m_reopenButton; }
    QAction *reopenAction() const { return m_reopenAction; }   // the table's context menu
    void setDialogs(Dialogs &dialogs) { m_dialogs = &dialogs; }   // a refused reopening is said (Dialogs.h)

Q_SIGNALS:
    // The store changed (a sheet was reopened): the owner should read it and call showPanel.
    void refreshWanted();

protected:
    void changeEvent(QEvent *event) override;

private:
    Dialogs *m_dialogs = &widgetDialogs();
    struct Cell {
        QString member;
        QString team;
    };
    Cell selectedCell() const;   // empty ids when no cell is selected
    bool canReopenSelected() const;
    void updateReopen();
    void updateSummary();
    void retranslate();

    ProgressTableModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_reopenHint;
    QPushButton *m_reopenButton;
    QAction *m_reopenAction;
    PanelStore *m_store = nullptr;
    QString m_chair;
};

} // namespace pd
