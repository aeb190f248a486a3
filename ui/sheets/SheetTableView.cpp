#include "sheets/SheetTableView.h"

#include "itemmodels/SheetTableModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>

namespace pd {

namespace {

bool isUndoOrRedo(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
        || key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

} // namespace

QWidget *SheetItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const QPersistentModelIndex at(index);
        auto *self = const_cast<SheetItemDelegate *>(this);   // the editor is the delegate's to watch
        connect(line, &QLineEdit::textEdited, self, [self, at](const QString &text) {
            if (at.isValid())
                Q_EMIT self->textTyped(at, text);
        });
    }
    return editor;
}

void SheetItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    const auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line || !line->isModified())
        return;   // nothing typed: nothing to write
    m_refused = !model->setData(index, line->text(), Qt::EditRole);
}

bool SheetItemDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *line = qobject_cast<QLineEdit *>(object);
    if (!line)
        return QStyledItemDelegate::eventFilter(object, event);
    if (event->type() == QEvent::ShortcutOverride
        && isUndoOrRedo(static_cast<QKeyEvent *>(event)) && !line->isModified()) {
        event->ignore();   // the sheet's Undo / Redo, not the line edit's
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool back = key->key() == Qt::Key_Backtab
        || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
    const bool next = !back
        && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter);
    if (!next && !back)
        return QStyledItemDelegate::eventFilter(object, event);
    m_refused = false;
    Q_EMIT commitData(line);
    if (m_refused) {
        line->selectAll();   // keep the editor open on the refused text
        return true;
    }
    Q_EMIT closeEditor(line, back ? EditPreviousItem : EditNextItem);
    return true;
}

SheetTableView::SheetTableView(QWidget *parent) : QTableView(parent)
{
    auto *delegate = new SheetItemDelegate(this);
    setItemDelegate(delegate);
    connect(delegate, &SheetItemDelegate::textTyped, this, &SheetTableView::textTyped);
    connect(delegate, &QAbstractItemDelegate::closeEditor, this, &SheetTableView::editorClosed);
    setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::DoubleClicked
                    | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

QModelIndex SheetTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction != MoveNext && cursorAction != MovePrevious)
        return QTableView::moveCursor(cursorAction, modifiers);
    const QAbstractItemModel *m = model();
    if (!m || m->rowCount() == 0)
        return {};
    const int score = SheetTableModel::ScoreColumn;
    const int comment = SheetTableModel::CommentColumn;
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return m->index(0, score);
    const int row = current.row();
    if (cursorAction == MoveNext) {
        if (current.column() < comment && current.column() != score)
            return m->index(row, score);
        if (current.column() == score)
            return m->index(row, comment);
        if (row + 1 < m->rowCount())
            return m->index(row + 1, score);
        Q_EMIT leftLastCell();
        return {};
    }
    if (current.column() == comment)
        return m->index(row, score);
    return row > 0 ? m->index(row - 1, comment) : QModelIndex();
}

} // namespace pd
