#include "provenance/CheckpointReader.h"

#include "domain/Errors.h"
#include "provenance/GgufReader.h"
#include "provenance/SafetensorsReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pd::provenance {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};
} // namespace

Checkpoint openCheckpoint(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(Tr::tr("%1: no such file or folder").arg(path));
    if (info.isDir()) {
        if (!QFileInfo::exists(QDir(path).filePath(QString::fromLatin1(kSafetensorsIndex))))
            throw InputError(Tr::tr("%1: a folder without %2 (a sharded safetensors checkpoint has one)")
                                 .arg(path, QString::fromLatin1(kSafetensorsIndex)));
        return openShardedSafetensors(path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(Tr::tr("%1: cannot be opened: %2").arg(path, file.errorString()));
    if (file.read(4) == "GGUF")
        return openGguf(path);
    return openSafetensors(path);
}

} // namespace pd::provenance
