#pragma once
// A Dialogs that answers from a script (ui/Dialogs.h), for the GUI tests: every call is
// recorded (kind, title, text) and answered by the function of its kind when one is set,
// else from the queue of its kind; an empty queue answers "cancel". No modal widget is ever
// shown.

#include "Dialogs.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <functional>

namespace pd::test {

class ScriptedDialogs : public pd::Dialogs {
public:
    struct Call {
        QString kind;    // "show", "ask", "choose", "openFile", "saveFile", "text"
        QString title;
        QString text;    // the message, question or label; for files the folder or suggested name
    };

    std::deque<bool> asks;
    std::deque<int> choices;
    std::deque<QString> files;                     // openFile and saveFile
    std::deque<QString> texts;                     // a null QString() answers "cancel"
    std::function<bool(const QString &question)> onAsk;
    std::function<QString(const QString &title, const QString &filter)> onFile;   // openFile and saveFile
    QList<Call> calls;

    int count(const QString &kind) const
    {
        int n = 0;
        for (const Call &c : calls)
            n += c.kind == kind;
        return n;
    }
    QString lastText(const QString &kind) const
    {
        for (auto it = calls.crbegin(); it != calls.crend(); ++it)
            if (it->kind == kind)
                return it->text;
        return {};
    }

    void show(QWidget *, Severity, const QString &title, const QString &text) override
    {
        calls.append({QStringLiteral("show"), title, text});
    }
    bool ask(QWidget *, const QString &title, const QString &text, bool) override
    {
        calls.append({QStringLiteral("ask"), title, text});
        return onAsk ? onAsk(text) : take(asks, false);
    }
    int choose(QWidget *, const QString &title, const QString &text, const QStringList &) override
    {
        calls.append({QStringLiteral("choose"), title, text});
        return take(choices, -1);
    }
    QString openFile(QWidget *, const QString &title, const QString &folder, const QString &filter) override
    {
        calls.append({QStringLiteral("openFile"), title, folder});
        return onFile ? onFile(title, filter) : take(files, QString());
    }
    QString saveFile(QWidget *, const QString &title, const QString &suggested, const QString &filter) override
    {
        calls.append({QStringLiteral("saveFile"), title, suggested});
        return onFile ? onFile(title, filter) : take(files, QString());
    }
    std::optional<QString> text(QWidget *, const QString &title, const QString &label, TextKind) override
    {
        calls.append({QStringLiteral("text"), title, label});
        const QString answer = take(texts, QString());
        if (answer.isNull())
            return std::nullopt;
        return answer;
    }

private:
    template <typename T>
    static T take(std::deque<T> &queue, T otherwise)
    {
        if (queue.empty())
            return otherwise;
        T value = queue.front();
        queue.pop_front();
        return value;
    }
};

} // namespace pd::test
