#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace pd {
namespace {

class WidgetDialogs final : public Dialogs {
public:
    void show(QWidget *parent, Severity severity, const QString &title, const QString &text) override
    {
        switch (severity) {
        case Severity::Information:
            QMessageBox::information(parent, title, text);
            break;
        case Severity::Warning:
            QMessageBox::warning(parent, title, text);
            break;
        case Severity::Critical:
            QMessageBox::critical(parent, title, text);
            break;
        }
    }

    bool ask(QWidget *parent, const QString &title, const QString &text, bool yesByDefault) override
    {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     yesByDefault ? QMessageBox::Yes : QMessageBox::Cancel)
            == QMessageBox::Yes;
    }

    int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices) override
    {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
        QList<QPushButton *> buttons;
        for (const QString &choice : choices)
            buttons << box.addButton(choice, QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        if (!buttons.isEmpty())
            box.setDefaultButton(buttons.first());
        box.exec();
        return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
    }

    QString openFile(QWidget *parent, const QString &title, const QString &folder, const QString &filter) override
    {
        return QFileDialog::getOpenFileName(parent, title, folder, filter);
    }

    QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter) override
    {
        return QFileDialog::getSaveFileName(parent, title, suggested, filter);
    }

    std::optional<QString> text(QWidget *parent, const QString &title, const QString &label, TextKind kind) override
    {
        bool ok = false;
        const QString value = kind == TextKind::Lines
            ? QInputDialog::getMultiLineText(parent, title, label, QString(), &ok)
            : QInputDialog::getText(parent, title, label,
                                    kind == TextKind::Secret ? QLineEdit::Password : QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return value;
    }
};

} // namespace

Dialogs &widgetDialogs()
{
    static WidgetDialogs dialogs;   // stateless: no state is shared between windows
    return dialogs;
}

} // namespace pd
