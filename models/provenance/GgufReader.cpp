#include "provenance/GgufReader.h"

#include "domain/Errors.h"

#include <QCoreApplication>

#include <algorithm>

#include <array>
#include <cstring>

namespace pd::provenance {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};

// ggml's types: number, name, bytes per block, values per block (ggml's type traits).
struct GgmlType {
    std::uint32_t id;
    const char *name;
    std::uint32_t blockBytes;
    std::uint32_t blockValues;
};

constexpr std::array<GgmlType, 29> kGgmlTypes{{
    {0, "F32", 4, 1},        {1, "F16", 2, 1},         {2, "Q4_0", 18, 32},      {3, "Q4_1", 20, 32},
    {6, "Q5_0", 22, 32},     {7, "Q5_1", 24, 32},      {8, "Q8_0", 34, 32},      {9, "Q8_1", 36, 32},
    {10, "Q2_K", 84, 256},   {11, "Q3_K", 110, 256},   {12, "Q4_K", 144, 256},   {13, "Q5_K", 176, 256},
    {14, "Q6_K", 210, 256},  {15, "Q8_K", 292, 256},   {16, "IQ2_XXS", 66, 256}, {17, "IQ2_XS", 74, 256},
    {18, "IQ3_XXS", 98, 256}, {19, "IQ1_S", 50, 256},  {20, "IQ4_NL", 18, 32},   {21, "IQ3_S", 110, 256},
    {22, "IQ2_S", 82, 256},  {23, "IQ4_XS", 136, 256}, {24, "I8", 1, 1},         {25, "I16", 2, 1},
    {26, "I32", 4, 1},       {27, "I64", 8, 1},        {28, "F64", 8, 1},        {29, "IQ1_M", 56, 256},
    {30, "BF16", 2, 1},
}};

const GgmlType *ggmlType(std::uint32_t id)
{
    for (const GgmlType &t : kGgmlTypes)
        if (t.id == id)
            return &t;
    return nullptr;
}

Dtype dtypeOf(std::uint32_t id)
{
    switch (id) {
    case 0: return Dtype::F32;
    case 1: return Dtype::F16;
    case 30: return Dtype::BF16;
    case 28: return Dtype::F64;
    case 8: return Dtype::Q8_0;
    case 2: return Dtype::Q4_0;
    default: return Dtype::OtherQuantised;
    }
}

// Reads the file's bytes front to back; every read is checked against what is left.
class Cursor {
public:
    Cursor(const unsigned char *data, std::uint64_t size, const QString &name)
        : m_data(data), m_size(size), m_name(name) {}

    std::uint64_t at() const { return m_at; }
    std::uint64_t left() const { return m_size - m_at; }

    [[noreturn]] void refuse(const QString &what, std::uint64_t at) const
    {
        throw InputError(Tr::tr("%1: byte %2: %3").arg(m_name).arg(at).arg(what));
    }
    [[noreturn]] void refuse(const QString &what) const { refuse(what, m_at); }

    void need(std::uint64_t bytes, const QString &what) const
    {
        if (bytes > left())
            refuse(Tr::tr("%1 needs %2 bytes, the file has %3 left").arg(what).arg(bytes).arg(left()));
    }

    template <typename T>
    T read(const QString &what)
    {
        need(sizeof(T), what);
        T v;
        std::memcpy(&v, m_data + m_at, sizeof v);
        m_at += sizeof v;
        return v;
    }

    QString string(const QString &what)
    {
        const std::uint64_t start = m_at;
        const std::uint64_t length = read<std::uint64_t>(what);
        if (length > left())
            refuse(Tr::tr("%1: a length of %2 bytes, beyond the end of the file (%3 bytes left)")
                       .arg(what).arg(length).arg(left()), start);
        const QString s = QString::fromUtf8(reinterpret_cast<const char *>(m_data + m_at), qsizetype(length));
        m_at += length;
        return s;
    }

    void skip(std::uint64_t bytes, const QString &what)
    {
        need(bytes, what);
        m_at += bytes;
    }

private:
    const unsigned char *m_data;
    std::uint64_t m_size;
    QString m_name;
    std::uint64_t m_at = 0;
};

// The fewest bytes one value of GGUF type `type` takes (for the check of an array's count).
std::uint64_t smallestValue(std::uint32_t type)
{
    switch (type) {
    case 0: case 1: case 7: return 1;
    case 2: case 3: return 2;
    case 4: case 5: case 6: return 4;
    case 8: case 10: case 11: case 12: return 8;
    case 9: return 12;
    default: return 0;
    }
}

// Reads one value of `type`; its text for the metadata when it is a scalar or a string.
QString value(Cursor &in, std::uint32_t type, const QString &key, int depth)
{
    switch (type) {
    case 0: return QString::number(in.read<std::uint8_t>(key));
    case 1: return QString::number(in.read<std::int8_t>(key));
    case 2: return QString::number(in.read<std::uint16_t>(key));
    case 3: return QString::number(in.read<std::int16_t>(key));
    case 4: return QString::number(in.read<std::uint32_t>(key));
    case 5: return QString::number(in.read<std::int32_t>(key));
    case 6: return QString::number(double(in.read<float>(key)));
    case 7: return in.read<std::uint8_t>(key) ? QStringLiteral("true") : QStringLiteral("false");
    case 8: return in.string(key);
    case 10: return QString::number(in.read<std::uint64_t>(key));
    case 11: return QString::number(in.read<std::int64_t>(key));
    case 12: return QString::number(in.read<double>(key));
    case 9: {
        if (depth >= 8)
            in.refuse(Tr::tr("%1: arrays nested deeper than 8").arg(key));
        const std::uint64_t start = in.at();
        const std::uint32_t items = in.read<std::uint32_t>(key);
        const std::uint64_t count = in.read<std::uint64_t>(key);
        const std::uint64_t smallest = smallestValue(items);
        if (smallest == 0)
            in.refuse(Tr::tr("%1: unknown array item type %2").arg(key).arg(items), start);
        if (count > in.left() / smallest)
            in.refuse(Tr::tr("%1: an array of %2 items, more than the rest of the file can hold")
                          .arg(key).arg(count), start);
        for (std::uint64_t i = 0; i < count; ++i)
            value(in, items, key, depth + 1);
        return {};   // arrays are not kept in the metadata
    }
    default:
        in.refuse(Tr::tr("%1: unknown value type %2").arg(key).arg(type));
    }
}

} // namespace

QString ggmlTypeName(std::uint32_t type)
{
    if (const GgmlType *t = ggmlType(type))
        return QString::fromLatin1(t->name);
    return QStringLiteral("type %1").arg(type);
}

GgufHeader parseGguf(const unsigned char *data, std::uint64_t size, const QString &name)
{
    Cursor in(data, size, name);
    if (size < 4 || std::memcmp(data, "GGUF", 4) != 0)
        in.refuse(Tr::tr("not a GGUF file (no \"GGUF\" magic)"), 0);
    in.skip(4, QStringLiteral("magic"));
    const std::uint32_t version = in.read<std::uint32_t>(QStringLiteral("version"));
    if (version != 3)
        in.refuse(Tr::tr("GGUF version %1; only version 3 is read").arg(version), 4);
    const std::uint64_t tensorCount = in.read<std::uint64_t>(QStringLiteral("tensor_count"));
    const std::uint64_t kvCount = in.read<std::uint64_t>(QStringLiteral("kv_count"));
    // a key/value takes at least 13 bytes (length, type, one byte), a tensor info 24
    if (kvCount > in.left() / 13)
        in.refuse(Tr::tr("kv_count %1 is more than the rest of the file can hold").arg(kvCount), 16);
    if (tensorCount > in.left() / 24)
        in.refuse(Tr::tr("tensor_count %1 is more than the rest of the file can hold").arg(tensorCount), 8);
    GgufHeader header;
    for (std::uint64_t i = 0; i < kvCount; ++i) {
        const QString key = in.string(Tr::tr("key %1").arg(i));
        const std::uint64_t typeAt = in.at();
        const std::uint32_t type = in.read<std::uint32_t>(key);
        if (key == QLatin1String("general.alignment")) {
            if (type != 4)
                in.refuse(Tr::tr("general.alignment must be a u32"), typeAt);
            const std::uint32_t alignment = in.read<std::uint32_t>(key);
            if (alignment == 0 || (alignment & (alignment - 1)) != 0)
                in.refuse(Tr::tr("general.alignment %1 is not a power of two").arg(alignment), typeAt + 4);
            header.alignment = alignment;
            header.metadata[key] = QString::number(alignment);
            continue;
        }
        const QString text = value(in, type, key, 0);
        if (type != 9)
            header.metadata[key] = text;
    }
    std::vector<std::uint64_t> relative;
    for (std::uint64_t i = 0; i < tensorCount; ++i) {
        const std::uint64_t start = in.at();
        Tensor t;
        t.name = in.string(Tr::tr("tensor %1's name").arg(i));
        const std::uint32_t dims = in.read<std::uint32_t>(t.name);
        if (dims == 0 || dims > 4)
            in.refuse(Tr::tr("tensor \"%1\": %2 dimensions (1 to 4 allowed)").arg(t.name).arg(dims), start);
        std::uint64_t elements = 1;
        for (std::uint32_t d = 0; d < dims; ++d) {
            const std::uint64_t n = in.read<std::uint64_t>(t.name);
            t.shape.push_back(n);
            if (__builtin_mul_overflow(elements, n, &elements))
                in.refuse(Tr::tr("tensor \"%1\": its dimensions' product overflows").arg(t.name), start);
        }
        std::reverse(t.shape.begin(), t.shape.end());   // GGUF lists the innermost first
        t.elements = elements;
        const std::uint64_t typeAt = in.at();
        const std::uint32_t type = in.read<std::uint32_t>(t.name);
        const GgmlType *known = ggmlType(type);
        if (!known)
            in.refuse(Tr::tr("tensor \"%1\": unknown ggml type %2").arg(t.name).arg(type), typeAt);
        if (t.shape.back() % known->blockValues != 0)
            in.refuse(Tr::tr("tensor \"%1\": a row of %2 values is not whole blocks of %3 (%4)")
                          .arg(t.name).arg(t.shape.back()).arg(known->blockValues).arg(QLatin1String(known->name)), start);
        std::uint64_t bytes = 0;
        if (__builtin_mul_overflow(elements / known->blockValues, std::uint64_t(known->blockBytes), &bytes))
            in.refuse(Tr::tr("tensor \"%1\": its size in bytes overflows").arg(t.name), start);
        t.dtype = dtypeOf(type);
        t.typeName = QString::fromLatin1(known->name);
        t.bytes = bytes;
        relative.push_back(in.read<std::uint64_t>(t.name));
        header.tensors.push_back(std::move(t));
        header.ggmlTypes.push_back(type);
    }
    const std::uint64_t a = header.alignment;
    const std::uint64_t dataStart = (in.at() + a - 1) / a * a;   // in.at() <= size: no overflow
    if (dataStart > size)
        in.refuse(Tr::tr("the data would start at byte %1, beyond the end of the file").arg(dataStart));
    std::uint64_t expected = 0;
    for (std::size_t i = 0; i < header.tensors.size(); ++i) {
        Tensor &t = header.tensors[i];
        if (relative[i] != expected)
            throw InputError(Tr::tr("%1: tensor \"%2\": offset %3, expected %4 (aligned to %5, right after the "
                                    "tensor before)")
                                 .arg(name, t.name).arg(relative[i]).arg(expected).arg(a));
        if (expected > size - dataStart || t.bytes > size - dataStart - expected)
            throw InputError(Tr::tr("%1: tensor \"%2\": its %3 bytes from byte %4 reach beyond the end of the file "
                                    "(%5 bytes)")
                                 .arg(name, t.name).arg(t.bytes).arg(dataStart + expected).arg(size));
        t.offset = dataStart + expected;
        expected += t.bytes;
        expected = (expected + a - 1) / a * a;   // expected <= size < 2^63: no overflow
    }
    return header;
}

Checkpoint openGguf(const QString &path)
{
    Checkpoint checkpoint;
    checkpoint.path = path;
    checkpoint.format = QStringLiteral("gguf");
    auto file = std::make_shared<const MappedFile>(path);
    checkpoint.tensors = parseGguf(file->data(), file->size(), path).tensors;
    checkpoint.files.push_back(std::move(file));
    return checkpoint;
}

} // namespace pd::provenance
