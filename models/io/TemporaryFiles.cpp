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

namespace {

// Removes the temporaries in `dir` whose names match `pattern` (group 1: the process id, may
// be empty) and whose process is gone, with their side files.
int removeMatching(const QDir &dir, const QRegularExpression &pattern)
{
    int removed = 0;
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        // A temporary, or a side file (-wal, -shm, -journal) of one.
        QString base = name;
        for (const char *side : {"-wal", "-shm", "-journal"})
            if (name.endsWith(QLatin1String(side)))
                base = name.chopped(int(qstrlen(side)));
        const QRegularExpressionMatch match = pattern.match(base);
        if (!match.hasMatch())
            continue;
        if (!match.captured(1).isEmpty() && processAlive(match.captured(1).toLongLong()))
            continue;
        if (QFile::remove(dir.filePath(name)) && base == name)
            ++removed;
    }
    return removed;
}

} // namespace

int removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(target);
    // .NAME.PID.HEX.SUFFIX, or the older .NAME.HEX.creating
    return removeMatching(info.absoluteDir(),
                          QRegularExpression(QStringLiteral("^\\.%1\\.(?:(\\d+)\\.)?[0-9a-f]{32}\\."
                                                            "(?:creating|restoring|partial)$")
                                                 .arg(QRegularExpression::escape(info.fileName()))));
}

int removeStaleTemporariesIn(const QString &folder)
{
    return removeMatching(QDir(folder),
                          QRegularExpression(QStringLiteral("^\\..+\\.(\\d+)\\.[0-9a-f]{32}\\."
                                                            "(?:creating|restoring|partial)$")));
}

} // namespace pd
