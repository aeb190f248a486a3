#include "io/OwnerOnlyFiles.h"

#include "domain/Errors.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace pd {

OwnerOnlyCreation::OwnerOnlyCreation() : m_saved(::umask(077)) {}

OwnerOnlyCreation::~OwnerOnlyCreation() { ::umask(mode_t(m_saved)); }

void restrictToOwner(const QString &path)
{
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        throw StoreError(QCoreApplication::translate("Storage", "%1: cannot make it readable "
                                                                "by its owner only")
                             .arg(path));
}

} // namespace pd
