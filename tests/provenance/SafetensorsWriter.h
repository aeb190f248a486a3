#pragma once
// Writes .safetensors files for the provenance tests (the format of
// ../shared/spec/provenance.md): tensors given as name, dtype, shape and raw little-endian
// bytes, laid out one after the other in the order given.

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace pd::test {

struct TensorBytes {
    QString name;
    QString dtype;                      // "F32", "BF16", ...
    std::vector<std::int64_t> shape;
    QByteArray bytes;
};

template <typename T>
QByteArray rawBytes(const std::vector<T> &values)
{
    return QByteArray(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(T)));
}

inline QByteArray safetensorsBytes(const std::vector<TensorBytes> &tensors)
{
    QJsonObject header;
    QByteArray data;
    for (const TensorBytes &t : tensors) {
        QJsonArray shape;
        for (std::int64_t d : t.shape)
            shape.append(qint64(d));
        header.insert(t.name, QJsonObject{{QStringLiteral("dtype"), t.dtype},
                                          {QStringLiteral("shape"), shape},
                                          {QStringLiteral("data_offsets"),
                                           QJsonArray{qint64(data.size()), qint64(data.size() + t.bytes.size())}}});
        data += t.bytes;
    }
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    while ((json.size() + 8) % 8)
        json += ' ';
    QByteArray length(8, '\0');
    for (int i = 0; i < 8; ++i)
        length[i] = char((std::uint64_t(json.size()) >> (8 * i)) & 0xFF);
    return length + json + data;
}

inline bool writeSafetensors(const QString &path, const std::vector<TensorBytes> &tensors)
{
    QFile file(path);
    const QByteArray bytes = safetensorsBytes(tensors);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace pd::test
