#pragma once
// The score table of a sheet, made for typing: editing starts on the current cell, Tab and
// Enter commit and move score -> comment -> the next item's score (Shift+Tab back). A
// refused score keeps its editor open with the text selected, so it can be corrected; the
// model (itemmodels/SheetTableModel.h) decides and reports the refusal. Ctrl+Z / Ctrl+Shift+Z
// in an editor nothing has been typed into reach the sheet's Undo / Redo actions.

#include <QStyledItemDelegate>
#include <QTableView>

namespace pd {

class SheetItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

Q_SIGNALS:
    // The text of an open editor changed by typing (not yet committed): what it reads now.
    void textTyped(const QModelIndex &index, const QString &text);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    mutable bool m_refused = false;
};

class SheetTableView : public QTableView {
    Q_OBJECT
public:
    explicit SheetTableView(QWidget *parent = nullptr);

Q_SIGNALS:
    // Tab after the last comment: the next field of the sheet should take the focus.
    void leftLastCell();
    // A cell's editor text changed by typing (SheetItemDelegate::textTyped); and an editor
    // closed (committed or not): what the cells show holds again.
    void textTyped(const QModelIndex &index, const QString &text);
    void editorClosed();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
};

} // namespace pd
