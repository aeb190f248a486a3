#pragma once
// The two kinds of failure the core reports. The CLI maps InputError to exit code 2 and
// everything else to 1; the GUI shows the message as it is.

#include <QString>
#include <stdexcept>

namespace pd {

// Something is wrong with what the user gave us (a file, a value): the message names where
// (file, line:column or JSON path) and what was expected.
class InputError : public std::runtime_error {
public:
    explicit InputError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const noexcept { return m_message; }
private:
    QString m_message;
};

// The environment failed us: a database that cannot be opened or written, a disk error.
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const noexcept { return m_message; }
private:
    QString m_message;
};

} // namespace pd
