#pragma once
// File > Panel setup… (issue 16, item 1): every configuration field of the panel file
// (shared spec panel-file.md) in one dialog — the program and the round (name, date, appeal
// days, decimals, cut, tie-break) on one tab, and a table for each list: categories
// (points, aggregation, scale), benchmark groups, benchmarks (direction, weight, the teams
// they apply to), rubric items, user items and teams. Every edit is checked at once
// (models/setup/SetupPreview.h: the validator on the stored inputs with this setup): the
// first message is shown with its field marked and a Show field button, and the standings
// preview beside the tabs follows each valid edit. Apply saves through the use case
// (services/PanelSetup.h), which decides who may (the chair; the secretariat before the
// first score; nobody after the lock) and asks for a reason once scores exist.
// Knows no rule itself: it turns cells into a Panel and shows what the models answer.

#include "domain/Member.h"
#include "domain/Panel.h"
#include "services/PanelSetup.h"
#include "setup/SetupPreview.h"
#include "storage/RoundInputs.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace pd {

class Dialogs;
class PanelStore;
class SetupTable;
class StandingsTableModel;

class PanelSetupDialog : public QDialog {
    Q_OBJECT
public:
    PanelSetupDialog(PanelStore &store, const Member &actor, QWidget *parent = nullptr);
    ~PanelSetupDialog() override;

    void setDialogs(Dialogs &dialogs) { m_dialogs = &dialogs; }   // closing with unsaved edits

    // The configuration the cells hold now (inputs empty), and its first problem (a cell
    // that is not a number, an unknown category or group, or the validator's message).
    Panel setup() const;
    std::optional<SetupProblem> problem() const { return m_problem; }
    bool hasChanges() const;

    enum Tab { RoundTab, CategoriesTab, BenchmarksTab, RubricTab, UserTab, TeamsTab };
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *programNameEdit() const { return m_programName; }
    QLineEdit *organizerEdit() const { return m_organizer; }
    QLineEdit *noticeEdit() const { return m_notice; }
    QLineEdit *roundIdEdit() const { return m_roundId; }
    QLineEdit *roundNameEdit() const { return m_roundName; }
    QLineEdit *dateEdit() const { return m_date; }   // YYYY-MM-DD or empty
    QSpinBox *appealDaysSpin() const { return m_appealDays; }
    QSpinBox *decimalsSpin() const { return m_decimals; }
    QComboBox *cutKindBox() const { return m_cutKind; }   // 0: eliminate, 1: advance
    QSpinBox *cutCountSpin() const { return m_cutCount; }
    QLineEdit *minTotalEdit() const { return m_minTotal; }   // empty: none
    QLineEdit *tieBreakEdit() const { return m_tieBreak; }   // category ids, comma-separated
    SetupTable *categoriesTable() const { return m_categories; }
    SetupTable *groupsTable() const { return m_groups; }
    SetupTable *benchmarksTable() const { return m_benchmarks; }
    SetupTable *rubricTable() const { return m_rubric; }
    // The score bands of the rubric item that is current in rubricTable(): from which score
    // a band starts, and its description (shown beside the score in the sheet editor).
    SetupTable *bandsTable() const { return m_bands; }
    SetupTable *userItemsTable() const { return m_userItems; }
    SetupTable *teamsTable() const { return m_teams; }
    QLabel *problemLabel() const { return m_problemLabel; }
    QPushButton *showFieldButton() const { return m_showField; }
    QTableView *previewView() const { return m_preview; }
    const StandingsTableModel &previewModel() const { return *m_previewModel; }
    QLabel *permissionLabel() const { return m_permissionLabel; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *statusLabel() const { return m_status; }

    // Puts the focus on the field of the current problem (its tab shown first).
    void showProblemField();
    // Saves the setup (Apply); false with the refusal in problemLabel().
    bool apply();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    struct Gathered {
        Panel panel;
        std::optional<SetupProblem> problem;   // a cell the validator cannot see (not a number, unknown parent)
    };
    struct FieldMark {   // where a problem is shown: a table cell or a form field, on a tab
        int tab = 0;
        SetupTable *table = nullptr;
        QWidget *field = nullptr;
        int row = -1;
        int column = -1;
    };
    QWidget *buildRoundTab();
    QWidget *tableTab(const std::vector<SetupTable *> &tables, const std::vector<QLabel *> &captions);
    void retranslate();
    void load(const Panel &panel);
    Gathered gather() const;
    void refresh();
    void showProblem();
    void updateApply();
    void kindsChanged();
    void showBandsOf(int rubricRow);   // the bands table shows that item's bands
    void keepBands();                  // the bands table's rows back into the item's row
    void updateBandsCaption();
    std::optional<FieldMark> locate(const QString &path) const;

    PanelStore &m_store;
    Member m_actor;
    Dialogs *m_dialogs;
    ScoringInputs m_inputs;
    std::vector<SheetRecord> m_sheets;
    Panel m_saved;   // the configuration as loaded or last applied (hasChanges)
    SetupPermission m_permission;
    std::optional<SetupProblem> m_problem;
    QHash<QString, QWidget *> m_fields;   // round/program form fields by JSON path
    QWidget *m_markedField = nullptr;

    QTabWidget *m_tabs;
    QLabel *m_programNameLabel, *m_organizerLabel, *m_noticeLabel, *m_roundIdLabel, *m_roundNameLabel,
        *m_dateLabel, *m_appealLabel, *m_decimalsLabel, *m_cutLabel, *m_minTotalLabel, *m_tieBreakLabel;
    QLineEdit *m_programName, *m_organizer, *m_notice, *m_roundId, *m_roundName, *m_date;
    QSpinBox *m_appealDays, *m_decimals, *m_cutCount;
    QComboBox *m_cutKind;
    QLineEdit *m_minTotal, *m_tieBreak;
    SetupTable *m_categories, *m_groups, *m_benchmarks, *m_rubric, *m_bands, *m_userItems, *m_teams;
    int m_bandsRow = -1;   // the rubric row whose bands m_bands shows
    QLabel *m_groupsCaption, *m_benchmarksCaption, *m_bandsCaption;
    std::vector<QLabel *> m_keysHints;
    QLabel *m_previewTitle;
    QTableView *m_preview;
    StandingsTableModel *m_previewModel;
    QLabel *m_problemLabel;
    QPushButton *m_showField;
    QLabel *m_permissionLabel;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QPushButton *m_apply;
    QPushButton *m_close;
    QLabel *m_status;
};

} // namespace pd
