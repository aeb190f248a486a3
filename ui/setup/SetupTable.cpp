#include "setup/SetupTable.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QStyledItemDelegate>

namespace pd {
namespace {

constexpr int kChoicesRole = Qt::UserRole + 40;
constexpr int kRowDataRole = Qt::UserRole + 41;

// A combo box for cells that offer choices; text for the others.
class ChoiceTextDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const QStringList choices = index.data(kChoicesRole).toStringList();
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->addItems(choices);
        combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            return combo->setCurrentText(index.data(Qt::EditRole).toString());
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            return void(model->setData(index, combo->currentText(), Qt::EditRole));
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

SetupTable::SetupTable(std::vector<Column> columns, QWidget *parent)
    : QTableWidget(0, int(columns.size()), parent), m_columns(std::move(columns))
{
    setItemDelegate(new ChoiceTextDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false);   // Tab leaves the table; arrows move between cells
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(int(m_columns.size()) - 1, QHeaderView::Stretch);
    verticalHeader()->setVisible(false);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *) { Q_EMIT rowsEdited(); });

    auto *add = new QAction(this);
    add->setShortcut(Qt::Key_Insert);
    add->setShortcutContext(Qt::WidgetShortcut);
    connect(add, &QAction::triggered, this, [this] {
        const int row = appendRow();
        setCurrentCell(row, 0);
    });
    addAction(add);
    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &SetupTable::removeCurrentRow);
    addAction(remove);
}

void SetupTable::setTitles(const QStringList &titles)
{
    setHorizontalHeaderLabels(titles);
    resizeColumnsToContents();
}

int SetupTable::column(const QString &key) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].key == key)
            return int(i);
    return -1;
}

int SetupTable::appendRow(const QStringList &values)
{
    QSignalBlocker blocker(this);
    const int row = rowCount();
    insertRow(row);
    for (int c = 0; c < columnCount(); ++c) {
        auto *item = new QTableWidgetItem(c < values.size() ? values[c] : QString());
        if (!m_columns[std::size_t(c)].choices.isEmpty())
            item->setData(kChoicesRole, m_columns[std::size_t(c)].choices);
        setItem(row, c, item);
    }
    m_paths.append(QString());
    blocker.unblock();
    Q_EMIT rowsEdited();
    return row;
}

void SetupTable::removeCurrentRow()
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (row == m_problemRow)
        clearProblem();
    removeRow(row);
    m_paths.removeAt(row);
    if (rowCount() > 0)
        setCurrentCell(std::min(row, rowCount() - 1), std::max(0, currentColumn()));
    Q_EMIT rowsEdited();
}

void SetupTable::clearRows()
{
    const QSignalBlocker blocker(this);
    m_problemRow = m_problemColumn = -1;
    setRowCount(0);
    m_paths.clear();
}

QString SetupTable::text(int row, const QString &key) const
{
    const int c = column(key);
    const QTableWidgetItem *cell = c < 0 ? nullptr : item(row, c);
    return cell && isApplicable(row, key) ? cell->text().trimmed() : QString();
}

void SetupTable::setText(int row, const QString &key, const QString &text)
{
    if (QTableWidgetItem *cell = item(row, column(key)))
        cell->setText(text);
}

void SetupTable::setApplicable(int row, const QString &key, bool applicable)
{
    QTableWidgetItem *cell = item(row, column(key));
    if (!cell || isApplicable(row, key) == applicable)
        return;
    const QSignalBlocker blocker(this);
    cell->setFlags(applicable ? cell->flags() | Qt::ItemIsEditable | Qt::ItemIsEnabled
                              : cell->flags() & ~(Qt::ItemIsEditable | Qt::ItemIsEnabled));
}

bool SetupTable::isApplicable(int row, const QString &key) const
{
    const QTableWidgetItem *cell = item(row, column(key));
    return cell && (cell->flags() & Qt::ItemIsEnabled);
}

void SetupTable::setRowData(int row, const QVariant &value)
{
    if (QTableWidgetItem *cell = item(row, 0)) {
        const QSignalBlocker blocker(this);
        cell->setData(kRowDataRole, value);
    }
}

QVariant SetupTable::rowData(int row) const
{
    const QTableWidgetItem *cell = item(row, 0);
    return cell ? cell->data(kRowDataRole) : QVariant();
}

void SetupTable::setRowPath(int row, const QString &path)
{
    if (row >= 0 && row < m_paths.size())
        m_paths[row] = path;
}

QString SetupTable::rowPath(int row) const
{
    return row >= 0 && row < m_paths.size() ? m_paths[row] : QString();
}

bool SetupTable::locate(const QString &path, int *row, int *column) const
{
    int best = -1;
    for (int r = 0; r < m_paths.size(); ++r) {
        const QString &p = m_paths[r];
        if (p.isEmpty() || !(path == p || path.startsWith(p + QLatin1Char('.'))
                             || path.startsWith(p + QLatin1Char('['))))
            continue;
        if (best < 0 || p.size() > m_paths[best].size())
            best = r;
    }
    if (best < 0)
        return false;
    *row = best;
    *column = 0;
    const QString rest = path.mid(m_paths[best].size() + 1);
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const QString &key = m_columns[c].key;
        if (rest == key || rest.startsWith(key + QLatin1Char('.')) || rest.startsWith(key + QLatin1Char('['))
            || key.startsWith(rest + QLatin1Char('.'))) {
            *column = int(c);
            break;
        }
    }
    return true;
}

void SetupTable::markProblem(int row, int column, const QString &message)
{
    clearProblem();
    QTableWidgetItem *cell = item(row, column);
    if (!cell)
        return;
    const QSignalBlocker blocker(this);
    m_problemRow = row;
    m_problemColumn = column;
    m_problemTip = cell->toolTip();
    cell->setBackground(QColor(0xfd, 0xd5, 0xd5));
    cell->setToolTip(message);
}

void SetupTable::clearProblem()
{
    if (QTableWidgetItem *cell = item(m_problemRow, m_problemColumn)) {
        const QSignalBlocker blocker(this);
        cell->setBackground(QBrush());
        cell->setToolTip(m_problemTip);
    }
    m_problemRow = m_problemColumn = -1;
}

} // namespace pd
