#include "io/DiskFull.h"

#include "domain/Errors.h"

#include <QCoreApplication>
#include <QFileDevice>

#include <cerrno>
#include <cstring>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

} // namespace

bool isOutOfSpaceErrno(int error)
{
    return error == ENOSPC || error == EFBIG
#ifdef EDQUOT
           || error == EDQUOT
#endif
        ;
}

bool isOutOfSpace(const QFileDevice &file)
{
    if (file.error() == QFileDevice::ResourceError)
        return true;
    if (file.error() != QFileDevice::WriteError && file.error() != QFileDevice::OpenError)
        return false;
    return isOutOfSpaceReason(file.errorString());
}

bool isOutOfSpaceReason(const QString &reason)
{
    for (const int error : {ENOSPC, EFBIG
#ifdef EDQUOT
                            , EDQUOT
#endif
         })
        if (reason == QString::fromLocal8Bit(std::strerror(error)))
            return true;
    return false;
}

QString diskFullMessage(const QString &path)
{
    return Tr::tr("disk full (%1): nothing was saved; free some space and try again").arg(path);
}

void throwDiskFull(const QString &path)
{
    throw StoreError(diskFullMessage(path));
}

} // namespace pd
