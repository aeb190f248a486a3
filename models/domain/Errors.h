#pragma once
// The failures the core reports. The CLI maps InputError to exit code 2 and everything else
// to 1; the GUI shows the message as it is. Catch pd::Error for "any failure with a message".

#include <QString>
#include <stdexcept>

namespace pd {

class Error : public std::runtime_error {
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const noexcept { return m_message; }
private:
    QString m_message;
};

// Something is wrong with what the user gave us (a file, a value): the message names where
// (file, line:column or JSON path) and what was expected.
class InputError : public Error {
public:
    using Error::Error;
};

// A save from a stale copy: someone else changed the record since this copy was read (a
// sheet open in two windows, PanelStore::watchSheet). The message names who and when;
// nothing was written.
class StaleEdit : public InputError {
public:
    using InputError::InputError;
};

// The environment failed us: a database that cannot be opened or written, a disk error.
class StoreError : public Error {
public:
    using Error::Error;
};

// The user stopped a long operation (a Cancel button); nothing was changed. Not a failure
// to report as an error: callers say that the work was cancelled.
class Cancelled : public Error {
public:
    using Error::Error;
};

} // namespace pd
