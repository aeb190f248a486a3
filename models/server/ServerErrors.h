#pragma once
// The server's refusals, by SQLSTATE (QSqlError::nativeErrorCode() under QPSQL), as the
// project's error types (domain/Errors.h), each keeping its SQLSTATE:
//   42501 insufficient_privilege (also every row-level security refusal)  -> ServerRefused (InputError)
//   23505 unique, 23503 foreign key, 23514 check, 23502 not null,
//   22xxx data exceptions, P0001 a trigger's or function's RAISE          -> ServerRejected (InputError)
//   55000 object_not_in_prerequisite_state (a locked round, a submitted sheet) -> ServerRejected
//   40001 serialization failure, 40P01 deadlock (retry the transaction)   -> ServerRetry (StoreError)
//   everything else (08xxx connection, 53xxx resources, 57xxx, ...)        -> ServerFailure (StoreError)

#include "domain/Errors.h"

#include <QSqlError>

namespace pd::server {

class ServerRefused : public InputError {
public:
    ServerRefused(const QString &message, const QString &sqlState) : InputError(message), m_state(sqlState) {}
    const QString &sqlState() const { return m_state; }
private:
    QString m_state;
};

class ServerRejected : public InputError {
public:
    ServerRejected(const QString &message, const QString &sqlState) : InputError(message), m_state(sqlState) {}
    const QString &sqlState() const { return m_state; }
private:
    QString m_state;
};

class ServerRetry : public StoreError {
public:
    ServerRetry(const QString &message, const QString &sqlState) : StoreError(message), m_state(sqlState) {}
    const QString &sqlState() const { return m_state; }
private:
    QString m_state;
};

class ServerFailure : public StoreError {
public:
    ServerFailure(const QString &message, const QString &sqlState) : StoreError(message), m_state(sqlState) {}
    const QString &sqlState() const { return m_state; }
private:
    QString m_state;
};

// Throws the error of `error`'s SQLSTATE; `what` (translated) says what was being done.
[[noreturn]] void throwServerError(const QSqlError &error, const QString &what);

} // namespace pd::server
