#pragma once
// Typed, path-aware access to a parsed JSON document for strict importers. Every failure is
// a pd::InputError "<source>: <json path>: <what was expected>", e.g.
//   panel.json: round.cut.eliminate: expected an integer (found a string)
// Paths are written as in the panel-file spec: "categories[0].groups[1].points".

#include "domain/Enums.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace pd {

class JsonArrayReader;

class JsonObjectReader {
public:
    // Fails unless `value` is an object.
    JsonObjectReader(const QJsonValue &value, const QString &path, const QString &source);

    const QString &path() const { return m_path; }
    const QString &source() const { return m_source; }
    QString pathOf(const char *key) const;
    bool has(const char *key) const;

    // Fails naming the first key (in sorted order) that is not in `allowed`:
    // "<path>.<key>: unknown key (expected one of: a, b, c)".
    void allowOnly(std::initializer_list<const char *> allowed) const;

    // Required members fail when absent; the overloads with a fallback return it instead.
    // JSON null is never taken for absent.
    QString string(const char *key) const;
    QString string(const char *key, const QString &fallback) const;
    double number(const char *key) const;
    double number(const char *key, double fallback) const;
    std::optional<double> optionalNumber(const char *key) const;
    // An integer is a number without a fractional part within the range of int (5 and 5.0
    // are both the integer 5).
    int integer(const char *key) const;
    int integer(const char *key, int fallback) const;
    std::optional<int> optionalInteger(const char *key) const;
    bool boolean(const char *key) const;
    bool boolean(const char *key, bool fallback) const;
    QStringList strings(const char *key) const;                 // array of strings
    QStringList strings(const char *key, const QStringList &fallback) const;
    JsonObjectReader object(const char *key) const;
    JsonArrayReader array(const char *key) const;
    JsonArrayReader optionalArray(const char *key) const;      // empty when absent

    // One of the canonical spellings of E (domain/Enums.h).
    template <typename E> E enumeration(const char *key) const
    {
        const QString text = string(key);
        const std::optional<E> value = parseEnum<E>(text);
        if (!value)
            failExpectedOneOf(pathOf(key), allowedValues<E>(), text);
        return *value;
    }

    [[noreturn]] void fail(const QString &path, const QString &what) const;

private:
    QJsonValue required(const char *key) const;
    [[noreturn]] void failExpectedOneOf(const QString &path, const QString &allowed,
                                        const QString &found) const;

    QJsonObject m_object;
    QString m_path;
    QString m_source;
};

class JsonArrayReader {
public:
    // Fails unless `value` is an array.
    JsonArrayReader(const QJsonValue &value, const QString &path, const QString &source);

    qsizetype size() const { return m_array.size(); }
    const QString &path() const { return m_path; }
    QString pathAt(qsizetype index) const;

    JsonObjectReader object(qsizetype index) const;
    QString string(qsizetype index) const;
    QStringList strings() const;   // every element a string

private:
    QJsonArray m_array;
    QString m_path;
    QString m_source;
};

// "<source>: <path>: <what>" as an InputError (just "<source>: <what>" for an empty path).
[[noreturn]] void throwJsonInputError(const QString &source, const QString &path,
                                      const QString &what);

} // namespace pd
