#include "io/DurableFiles.h"

#include "domain/Errors.h"
#include "io/DiskFull.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace pd {
namespace {

QString lastError() { return QString::fromLocal8Bit(std::strerror(errno)); }

void syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        throw StoreError(QCoreApplication::translate("Storage", "%1 cannot be opened: %2").arg(path, lastError()));
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    if (rc != 0) {
        if (isOutOfSpaceErrno(saved))
            throwDiskFull(path);
        errno = saved;
        throw StoreError(QCoreApplication::translate("Storage", "%1 cannot be written to disk: %2")
                             .arg(path, lastError()));
    }
}

} // namespace

void syncFile(const QString &path) { syncPath(path, O_RDONLY); }

void syncFolderOf(const QString &path)
{
    syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY);
}

void renameDurably(const QString &from, const QString &to)
{
    syncFile(from);
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw StoreError(QCoreApplication::translate("Storage", "%1 cannot be moved to %2: %3")
                             .arg(from, to, lastError()));
    syncFolderOf(to);
}

} // namespace pd
