#pragma once
// The one door of the window's standard dialogs (issue 16, item 5): messages, questions, a
// choice among buttons, file names and a line of text. Every widget asks through a Dialogs
// (setDialogs; MainWindow hands its own to the pages it makes), so that tests answer with a
// scripted Dialogs (tests/gui/ScriptedDialogs.h) instead of finding modal widgets; the
// window's own is widgetDialogs(), which shows QMessageBox, QFileDialog and QInputDialog.

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace pd {

class Dialogs {
public:
    enum class Severity { Information, Warning, Critical };
    enum class TextKind { Line, Secret, Lines };

    virtual ~Dialogs() = default;

    // A message with OK.
    virtual void show(QWidget *parent, Severity severity, const QString &title, const QString &text) = 0;
    // A yes-or-cancel question: true for yes. `yesByDefault` picks the default button.
    virtual bool ask(QWidget *parent, const QString &title, const QString &text, bool yesByDefault = false) = 0;
    // One of `choices` (button texts; the first is the default) or -1 when cancelled.
    virtual int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices) = 0;
    // A file to read (in `folder`) or to write (`suggested` name); empty when cancelled.
    virtual QString openFile(QWidget *parent, const QString &title, const QString &folder, const QString &filter) = 0;
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter) = 0;
    // A text the user types; nullopt when cancelled.
    virtual std::optional<QString> text(QWidget *parent, const QString &title, const QString &label, TextKind kind) = 0;
};

// The real dialogs. Stateless: one instance serves every window.
Dialogs &widgetDialogs();

} // namespace pd
