#pragma once
// One list of the panel setup as an editable table (ui/setup/PanelSetupDialog.h): categories,
// benchmark groups, benchmarks, rubric items, user items or teams. Cells hold text; a column
// may offer choices (the panel file's words, edited with a combo box). Each row remembers the
// JSON path it was last gathered to ("categories[0].groups[1]"), so that a validator message
// ("categories[0].groups[1].points: …") finds its cell. Insert adds a row, Shift+Delete
// removes the current one. Knows no rule.

#include <QString>
#include <QStringList>
#include <QTableWidget>
#include <vector>

namespace pd {

class SetupTable : public QTableWidget {
    Q_OBJECT
public:
    struct Column {
        QString key;           // the panel file's key under the row's path ("points", "aggregation.trim")
        QStringList choices;   // the panel file's words; empty: free text
    };

    SetupTable(std::vector<Column> columns, QWidget *parent = nullptr);

    void setTitles(const QStringList &titles);   // one per column, translated by the caller
    int column(const QString &key) const;        // -1 when unknown
    const Column &columnAt(int column) const { return m_columns.at(std::size_t(column)); }

    // Appends a row (values by column; missing ones empty) and returns it. Emits rowsEdited().
    int appendRow(const QStringList &values = {});
    void removeCurrentRow();
    void clearRows();

    QString text(int row, const QString &key) const;
    void setText(int row, const QString &key, const QString &text);
    // A cell that does not apply to its row (another kind's setting): empty, not editable.
    void setApplicable(int row, const QString &key, bool applicable);
    bool isApplicable(int row, const QString &key) const;

    // A value that travels with a row (e.g. a rubric item's bands, edited in another table).
    void setRowData(int row, const QVariant &value);
    QVariant rowData(int row) const;

    void setRowPath(int row, const QString &path);
    QString rowPath(int row) const;
    // The cell of `path`: the row whose path is the longest prefix, the column whose key
    // the rest names (the first column when none). False when no row matches.
    bool locate(const QString &path, int *row, int *column) const;

    // Marks one cell as the problem's (colour and tooltip); clearProblem() unmarks.
    void markProblem(int row, int column, const QString &message);
    void clearProblem();

Q_SIGNALS:
    void rowsEdited();   // a cell's text changed, a row was added or removed

private:
    std::vector<Column> m_columns;
    QStringList m_paths;   // by row
    int m_problemRow = -1;
    int m_problemColumn = -1;
    QString m_problemTip;
};

} // namespace pd
