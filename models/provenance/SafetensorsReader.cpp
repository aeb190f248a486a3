#include "provenance/SafetensorsReader.h"

#include "domain/Errors.h"
#include "io/JsonStrictParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <set>

namespace pd::provenance {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};

constexpr double kLargestExact = 9007199254740992.0;   // 2^53: JSON numbers are doubles

std::uint64_t littleEndian64(const unsigned char *p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

[[noreturn]] void refuseKey(const QString &name, const QString &key, const QString &what)
{
    throw InputError(Tr::tr("%1: header key \"%2\": %3").arg(name, key, what));
}

// A whole number >= 0 that a double holds exactly.
std::uint64_t wholeNumber(const QJsonValue &value, const QString &name, const QString &key,
                          const QString &field)
{
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d < 0 || d != std::floor(d) || d >= kLargestExact)
        refuseKey(name, key, Tr::tr("%1 must hold whole numbers from 0 to 2^53").arg(field));
    return std::uint64_t(d);
}

Tensor tensorEntry(const QString &name, const QString &key, const QJsonValue &value,
                   std::uint64_t dataStart)
{
    if (!value.isObject())
        refuseKey(name, key, Tr::tr("expected an object with dtype, shape and data_offsets"));
    const QJsonObject entry = value.toObject();
    Tensor t;
    t.name = key;
    const std::optional<Dtype> dtype = safetensorsDtype(entry.value(QLatin1String("dtype")).toString());
    if (!dtype)
        refuseKey(name, key, Tr::tr("unknown dtype \"%1\"").arg(entry.value(QLatin1String("dtype")).toString()));
    t.dtype = *dtype;
    t.typeName = dtypeName(*dtype);
    const QJsonValue shape = entry.value(QLatin1String("shape"));
    if (!shape.isArray())
        refuseKey(name, key, Tr::tr("shape must be a list"));
    if (shape.toArray().size() > 64)
        refuseKey(name, key, Tr::tr("shape has more than 64 dimensions"));
    std::uint64_t elements = 1;
    for (const QJsonValue &dim : shape.toArray()) {
        const std::uint64_t n = wholeNumber(dim, name, key, QStringLiteral("shape"));
        t.shape.push_back(n);
        if (__builtin_mul_overflow(elements, n, &elements))
            refuseKey(name, key, Tr::tr("the shape's element count overflows"));
    }
    t.elements = elements;
    const QJsonArray offsets = entry.value(QLatin1String("data_offsets")).toArray();
    if (!entry.value(QLatin1String("data_offsets")).isArray() || offsets.size() != 2)
        refuseKey(name, key, Tr::tr("data_offsets must be [BEGIN, END]"));
    const std::uint64_t begin = wholeNumber(offsets.at(0), name, key, QStringLiteral("data_offsets"));
    const std::uint64_t end = wholeNumber(offsets.at(1), name, key, QStringLiteral("data_offsets"));
    if (end < begin)
        refuseKey(name, key, Tr::tr("data_offsets [%1, %2] end before they begin").arg(begin).arg(end));
    std::uint64_t bits = 0;
    if (__builtin_mul_overflow(elements, std::uint64_t(dtypeBits(t.dtype)), &bits))
        refuseKey(name, key, Tr::tr("the tensor's size in bits overflows"));
    if (bits % 8 != 0)
        refuseKey(name, key, Tr::tr("%1 elements of %2 are not a whole number of bytes")
                                 .arg(elements).arg(dtypeName(t.dtype)));
    if (bits / 8 != end - begin)
        refuseKey(name, key, Tr::tr("shape and dtype make %1 bytes, data_offsets [%2, %3] hold %4")
                                 .arg(bits / 8).arg(begin).arg(end).arg(end - begin));
    t.offset = dataStart + begin;
    t.bytes = end - begin;
    return t;
}

} // namespace

SafetensorsHeader parseSafetensors(const unsigned char *data, std::uint64_t size, const QString &name)
{
    if (size < 8)
        throw InputError(Tr::tr("%1: byte 0: the file is %2 bytes, shorter than the 8-byte header length")
                             .arg(name).arg(size));
    const std::uint64_t n = littleEndian64(data);
    if (n > kMaxSafetensorsHeader)
        throw InputError(Tr::tr("%1: byte 0: header length %2 is above the limit of %3 bytes")
                             .arg(name).arg(n).arg(kMaxSafetensorsHeader));
    if (n > size - 8)
        throw InputError(Tr::tr("%1: byte 0: header length %2 reaches beyond the end of the file (%3 bytes)")
                             .arg(name).arg(n).arg(size));
    if (n < 2 || data[8] != '{')
        throw InputError(Tr::tr("%1: byte 8: the header does not start with '{'").arg(name));
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 8), qsizetype(n));
    const QJsonDocument doc = parseJsonStrictly(json, name + QStringLiteral(": header (JSON from byte 8)"));
    if (!doc.isObject())
        throw InputError(Tr::tr("%1: byte 8: the header is not a JSON object").arg(name));
    const std::uint64_t dataStart = 8 + n;
    SafetensorsHeader header;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__")) {
            if (!it.value().isObject())
                refuseKey(name, it.key(), Tr::tr("expected an object of strings"));
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (!m.value().isString())
                    refuseKey(name, QStringLiteral("__metadata__.") + m.key(), Tr::tr("expected a string"));
                header.metadata.emplace(m.key(), m.value().toString());
            }
            continue;
        }
        header.tensors.push_back(tensorEntry(name, it.key(), it.value(), dataStart));
    }
    std::sort(header.tensors.begin(), header.tensors.end(), [](const Tensor &a, const Tensor &b) {
        return a.offset != b.offset ? a.offset < b.offset : a.bytes < b.bytes;
    });
    std::uint64_t expected = dataStart;
    for (const Tensor &t : header.tensors) {
        if (t.offset != expected)
            refuseKey(name, t.name, t.offset < expected
                                        ? Tr::tr("its data overlaps the tensor before it (starts at byte %1, "
                                                 "the one before ends at byte %2)").arg(t.offset).arg(expected)
                                        : Tr::tr("a gap before its data (starts at byte %1, the tensor before "
                                                 "ends at byte %2)").arg(t.offset).arg(expected));
        expected = t.offset + t.bytes;   // <= 2^53 + 2^53 + 10^8: no overflow
        if (expected > size)
            refuseKey(name, t.name, Tr::tr("its data ends at byte %1, beyond the end of the file (%2 bytes)")
                                        .arg(expected).arg(size));
    }
    if (expected != size)
        throw InputError(Tr::tr("%1: byte %2: the tensors' data ends here but the file is %3 bytes")
                             .arg(name).arg(expected).arg(size));
    return header;
}

Checkpoint openSafetensors(const QString &path)
{
    Checkpoint checkpoint;
    checkpoint.path = path;
    checkpoint.format = QStringLiteral("safetensors");
    auto file = std::make_shared<const MappedFile>(path);
    checkpoint.tensors = parseSafetensors(file->data(), file->size(), path).tensors;
    checkpoint.files.push_back(std::move(file));
    return checkpoint;
}

Checkpoint openShardedSafetensors(const QString &folder)
{
    const QDir dir(folder);
    const QString indexPath = dir.filePath(QString::fromLatin1(kSafetensorsIndex));
    QFile indexFile(indexPath);
    if (!indexFile.open(QIODevice::ReadOnly))
        throw InputError(Tr::tr("%1: cannot be opened: %2").arg(indexPath, indexFile.errorString()));
    if (std::uint64_t(indexFile.size()) > kMaxSafetensorsHeader)
        throw InputError(Tr::tr("%1: byte 0: the index is %2 bytes, above the limit of %3")
                             .arg(indexPath).arg(indexFile.size()).arg(kMaxSafetensorsHeader));
    const QJsonDocument index = parseJsonStrictly(indexFile.readAll(), indexPath);
    const QJsonValue map = index.object().value(QLatin1String("weight_map"));
    if (!map.isObject())
        throw InputError(Tr::tr("%1: weight_map: expected an object {tensor: shard file}").arg(indexPath));
    std::map<QString, std::set<QString>> byShard;   // shard file -> the tensors the index puts there
    const QJsonObject weightMap = map.toObject();
    for (auto it = weightMap.begin(); it != weightMap.end(); ++it) {
        const QString shard = it.value().toString();
        const bool plain = it.value().isString() && !shard.isEmpty() && shard != QLatin1String(".")
            && shard != QLatin1String("..") && !shard.contains(QLatin1Char('/'))
            && !shard.contains(QLatin1Char('\\')) && !shard.contains(QChar(0));
        if (!plain)
            throw InputError(Tr::tr("%1: weight_map.%2: \"%3\" is not a plain file name in the same folder")
                                 .arg(indexPath, it.key(), shard));
        byShard[shard].insert(it.key());
    }
    Checkpoint checkpoint;
    checkpoint.path = folder;
    checkpoint.format = QStringLiteral("safetensors-sharded");
    for (const auto &[shard, names] : byShard) {
        const QString path = dir.filePath(shard);
        auto file = std::make_shared<const MappedFile>(path);
        SafetensorsHeader header = parseSafetensors(file->data(), file->size(), path);
        std::set<QString> held;
        for (Tensor &t : header.tensors) {
            if (!names.contains(t.name))
                throw InputError(Tr::tr("%1: header key \"%2\": the index (%3) does not put this tensor here")
                                     .arg(path, t.name, QString::fromLatin1(kSafetensorsIndex)));
            held.insert(t.name);
            t.file = int(checkpoint.files.size());
            checkpoint.tensors.push_back(std::move(t));
        }
        for (const QString &wanted : names)
            if (!held.contains(wanted))
                throw InputError(Tr::tr("%1: weight_map.%2: the shard %3 holds no such tensor")
                                     .arg(indexPath, wanted, shard));
        checkpoint.files.push_back(std::move(file));
    }
    return checkpoint;
}

} // namespace pd::provenance
