#pragma once
// Edits a cell whose model offers a list of choices (ComponentTableModel::ChoicesRole) with
// a combo box, and any other cell as text. Knows no rule: the model decides what is valid.

#include <QStyledItemDelegate>

namespace pd {

class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // `choicesRole`: the role whose QStringList value lists the choices (EditRole = index).
    explicit ChoiceDelegate(int choicesRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    int m_choicesRole;
};

} // namespace pd
