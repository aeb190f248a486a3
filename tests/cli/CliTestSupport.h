#pragma once
// Signing in to the demo database in the CLI tests: the demo passphrase (demo/DemoPassphrases.h)
// of the member named by --as (or of the new chair of --chair), as the line paneldesk-cli
// reads from standard input. Demo ids: chair, e01..e10 (experts), secretariat.

#include "demo/DemoPassphrases.h"

#include <QByteArray>
#include <QStringList>

namespace pd::test {

inline Role demoRoleOf(const QString &id)
{
    if (id == QLatin1String("chair"))
        return Role::Chair;
    if (id == QLatin1String("secretariat"))
        return Role::Secretariat;
    if (id == QLatin1String("observer"))
        return Role::Observer;
    return Role::Expert;
}

// The lines to write to standard input for `arguments`: the passphrase of --as, then that
// of --chair (a new panel's chair); empty without either.
inline QByteArray demoSignIn(const QStringList &arguments)
{
    QByteArray input;
    for (const char *option : {"--as", "--chair"}) {
        const qsizetype at = arguments.indexOf(QLatin1String(option));
        if (at >= 0 && at + 1 < arguments.size())
            input += demoPassphrase(demoRoleOf(arguments.at(at + 1))).toUtf8() + '\n';
    }
    return input;
}

} // namespace pd::test

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace pd::test {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

// Runs paneldesk-cli in `directory` with `input` on standard input (then closed).
inline CliRun runCli(const QString &directory, const QStringList &arguments,
                     const QByteArray &input = {}, const QProcessEnvironment &environment =
                                                        QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PANELDESK_CLI_PATH), arguments);
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// SHA-256 of the database file and of its -wal (when present): "nothing changed"
// means these bytes are the same.
inline QByteArray databaseBytesHash(const QString &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *suffix : {"", "-wal"}) {
        QFile file(db + QLatin1String(suffix));
        hash.addData(QByteArray(QByteArray(suffix) + ':'));
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return hash.result().toHex();
}

} // namespace pd::test
