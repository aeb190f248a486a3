#pragma once
// File > Import > Benchmark results: what the file would change, before anything is
// written (old -> new per result, new results marked, unchanged ones counted), with the
// file's problems instead when it cannot be imported. For an lm-evaluation-harness file the
// team is chosen here and Mapping… edits the task/metric -> benchmark mapping the panel
// keeps (saved with the results). Import writes everything in one transaction.

#include "importers/BenchmarkPlan.h"

#include "Dialogs.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace pd {

class PanelStore;

class BenchmarkPreviewDialog : public QDialog {
    Q_OBJECT
public:
    BenchmarkPreviewDialog(PanelStore &store, const QString &path, const QString &actor,
                           QWidget *parent = nullptr);

    enum Column { TeamColumn, BenchmarkColumn, BeforeColumn, AfterColumn, ColumnCount };

    bool isLmEval() const { return m_lmEval; }
    QComboBox *teamBox() const { return m_team; }
    QTableWidget *changes() const { return m_table; }
    QListWidget *problems() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *mappingButton() const { return m_mappingButton; }
    const BenchmarkPlan &plan() const { return m_plan; }
    QString resultMessage() const { return m_result; }

    // Where a failed import is said (Dialogs.h).
    void setDialogs(Dialogs &dialogs) { m_dialogs = &dialogs; }

    // The mapping to use (and keep) instead of the stored one; previews again.
    void setMapping(const BenchmarkMapping &mapping);
    void editMapping();   // the mapping editor (modal)

private:
    void recompute();
    void apply();

    PanelStore &m_store;
    QString m_path;
    QString m_actor;
    Dialogs *m_dialogs = &widgetDialogs();
    bool m_lmEval = false;
    std::optional<BenchmarkMapping> m_mapping;
    BenchmarkPlan m_plan;
    QString m_result;
    QLabel *m_fileLabel;
    QComboBox *m_team;
    QLabel *m_notes;
    QListWidget *m_problems;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_mappingButton;
    QPushButton *m_import;
};

} // namespace pd
