#include "io/TemporaryFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <cerrno>
#include <signal.h>

namespace pd {
namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

QString temporaryBeside(const QString &target, const QString &suffix)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2.%3.%4")
                                           .arg(info.fileName())
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(QUuid::createUuid().toString(QUuid::Id128), suffix));
}

int removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(target);
    const QDir dir = info.absoluteDir();
    // .NAME.PID.HEX.SUFFIX, or the older .NAME.HEX.creating
    const QRegularExpression pattern(
        QStringLiteral("^\\.%1\\.(?:(\\d+)\\.)?[0-9a-f]{32}\\.(creating|restoring|partial)$")
            .arg(QRegularExpression::escape(info.fileName())));
    int removed = 0;
    const QStringList names = dir.entryList({QStringLiteral(".") + info.fileName() + QStringLiteral(".*")},
                                            QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        if (!match.captured(1).isEmpty() && processAlive(match.captured(1).toLongLong()))
            continue;
        const QString path = dir.filePath(name);
        for (const char *side : {"-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(side));
        if (QFile::remove(path))
            ++removed;
    }
    // Side files whose temporary is already gone.
    const QStringList sides = dir.entryList({QStringLiteral(".") + info.fileName() + QStringLiteral(".*-*")},
                                            QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : sides) {
        const qsizetype dash = name.lastIndexOf(QLatin1Char('-'));
        const QString base = name.left(dash);
        const QRegularExpressionMatch match = pattern.match(base);
        if (!match.hasMatch() || QFileInfo::exists(dir.filePath(base)))
            continue;
        if (!match.captured(1).isEmpty() && processAlive(match.captured(1).toLongLong()))
            continue;
        QFile::remove(dir.filePath(name));
    }
    return removed;
}

} // namespace pd
