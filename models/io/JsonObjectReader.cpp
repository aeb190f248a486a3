#include "io/JsonObjectReader.h"

#include "domain/Errors.h"
#include "io/JsonWriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pd {
namespace {

// Message texts, translatable under the context "JsonObjectReader".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(JsonObjectReader)
};

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return Text::tr("found null");
    case QJsonValue::Bool: return Text::tr("found a boolean");
    case QJsonValue::Double:
        if (std::isfinite(value.toDouble()))
            return Text::tr("found %1")
                .arg(QString::fromLatin1(JsonWriter::formatNumber(value.toDouble())));
        return Text::tr("found a number");
    case QJsonValue::String: return Text::tr("found a string");
    case QJsonValue::Array: return Text::tr("found an array");
    case QJsonValue::Object: return Text::tr("found an object");
    case QJsonValue::Undefined: break;
    }
    return Text::tr("found nothing");
}

[[noreturn]] void failType(const QString &source, const QString &path, const QString &expected,
                           const QJsonValue &value)
{
    throwJsonInputError(source, path,
                        expected + QStringLiteral(" (") + describe(value) + QLatin1Char(')'));
}

QString asString(const QJsonValue &value, const QString &path, const QString &source)
{
    if (!value.isString())
        failType(source, path, Text::tr("expected a string"), value);
    return value.toString();
}

double asNumber(const QJsonValue &value, const QString &path, const QString &source)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        failType(source, path, Text::tr("expected a number"), value);
    return value.toDouble();
}

int asInteger(const QJsonValue &value, const QString &path, const QString &source)
{
    const double number = value.isDouble() ? value.toDouble() : 0.5;
    if (!std::isfinite(number) || std::floor(number) != number
        || number < double(std::numeric_limits<int>::min())
        || number > double(std::numeric_limits<int>::max()))
        failType(source, path, Text::tr("expected an integer"), value);
    return int(number);
}

bool asBool(const QJsonValue &value, const QString &path, const QString &source)
{
    if (!value.isBool())
        failType(source, path, Text::tr("expected true or false"), value);
    return value.toBool();
}

} // namespace

void throwJsonInputError(const QString &source, const QString &path, const QString &what)
{
    QString message = source + QStringLiteral(": ");
    if (!path.isEmpty())
        message += path + QStringLiteral(": ");
    throw InputError(message + what);
}

// --- JsonObjectReader -----------------------------------------------------------------

JsonObjectReader::JsonObjectReader(const QJsonValue &value, const QString &path,
                                   const QString &source)
    : m_path(path), m_source(source)
{
    if (!value.isObject())
        failType(source, path, Text::tr("expected an object"), value);
    m_object = value.toObject();
}

QString JsonObjectReader::pathOf(const char *key) const
{
    const QString name = QLatin1String(key);
    return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
}

bool JsonObjectReader::has(const char *key) const
{
    return m_object.contains(QLatin1String(key));
}

void JsonObjectReader::allowOnly(std::initializer_list<const char *> allowed) const
{
    const QStringList keys = m_object.keys();   // sorted
    for (const QString &key : keys) {
        const bool known = std::any_of(allowed.begin(), allowed.end(),
                                       [&](const char *a) { return key == QLatin1String(a); });
        if (known)
            continue;
        QStringList names;
        for (const char *a : allowed)
            names << QLatin1String(a);
        fail(m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key,
             Text::tr("unknown key (expected one of: %1)").arg(names.join(QStringLiteral(", "))));
    }
}

void JsonObjectReader::fail(const QString &path, const QString &what) const
{
    throwJsonInputError(m_source, path, what);
}

void JsonObjectReader::failExpectedOneOf(const QString &path, const QString &allowed,
                                         const QString &found) const
{
    fail(path, Text::tr("expected %1 (found \"%2\")").arg(allowed, found));
}

QJsonValue JsonObjectReader::required(const char *key) const
{
    const auto it = m_object.constFind(QLatin1String(key));
    if (it == m_object.constEnd())
        fail(pathOf(key), Text::tr("required key is missing"));
    return it.value();
}

QString JsonObjectReader::string(const char *key) const
{
    return asString(required(key), pathOf(key), m_source);
}

QString JsonObjectReader::string(const char *key, const QString &fallback) const
{
    return has(key) ? string(key) : fallback;
}

double JsonObjectReader::number(const char *key) const
{
    return asNumber(required(key), pathOf(key), m_source);
}

double JsonObjectReader::number(const char *key, double fallback) const
{
    return has(key) ? number(key) : fallback;
}

std::optional<double> JsonObjectReader::optionalNumber(const char *key) const
{
    if (!has(key))
        return std::nullopt;
    return number(key);
}

int JsonObjectReader::integer(const char *key) const
{
    return asInteger(required(key), pathOf(key), m_source);
}

int JsonObjectReader::integer(const char *key, int fallback) const
{
    return has(key) ? integer(key) : fallback;
}

std::optional<int> JsonObjectReader::optionalInteger(const char *key) const
{
    if (!has(key))
        return std::nullopt;
    return integer(key);
}

bool JsonObjectReader::boolean(const char *key) const
{
    return asBool(required(key), pathOf(key), m_source);
}

bool JsonObjectReader::boolean(const char *key, bool fallback) const
{
    return has(key) ? boolean(key) : fallback;
}

QStringList JsonObjectReader::strings(const char *key) const
{
    return array(key).strings();
}

QStringList JsonObjectReader::strings(const char *key, const QStringList &fallback) const
{
    return has(key) ? strings(key) : fallback;
}

JsonObjectReader JsonObjectReader::object(const char *key) const
{
    return JsonObjectReader(required(key), pathOf(key), m_source);
}

JsonArrayReader JsonObjectReader::array(const char *key) const
{
    return JsonArrayReader(required(key), pathOf(key), m_source);
}

JsonArrayReader JsonObjectReader::optionalArray(const char *key) const
{
    return has(key) ? array(key) : JsonArrayReader(QJsonArray(), pathOf(key), m_source);
}

// --- JsonArrayReader ------------------------------------------------------------------

JsonArrayReader::JsonArrayReader(const QJsonValue &value, const QString &path,
                                 const QString &source)
    : m_path(path), m_source(source)
{
    if (!value.isArray())
        failType(source, path, Text::tr("expected an array"), value);
    m_array = value.toArray();
}

QString JsonArrayReader::pathAt(qsizetype index) const
{
    return m_path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

JsonObjectReader JsonArrayReader::object(qsizetype index) const
{
    return JsonObjectReader(m_array.at(index), pathAt(index), m_source);
}

QString JsonArrayReader::string(qsizetype index) const
{
    return asString(m_array.at(index), pathAt(index), m_source);
}

QStringList JsonArrayReader::strings() const
{
    QStringList result;
    result.reserve(m_array.size());
    for (qsizetype i = 0; i < m_array.size(); ++i)
        result << string(i);
    return result;
}

} // namespace pd
