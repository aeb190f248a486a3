#include "io/JsonStrictParser.h"

#include "domain/Errors.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonParseError>

namespace pd {
namespace {

// Message texts, translatable under the context "JsonStrictParser".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(JsonStrictParser)
};

[[noreturn]] void failAt(const QString &source, const QByteArray &text, qsizetype offset,
                         const QString &path, const QString &message)
{
    const TextPosition at = textPosition(text, offset);
    QString full = source + QLatin1Char(':') + QString::number(at.line) + QLatin1Char(':')
                   + QString::number(at.column) + QStringLiteral(": ");
    if (!path.isEmpty())
        full += path + QStringLiteral(": ");
    throw InputError(full + message);
}

// QJsonParseError::errorString() is translated only where Qt's own translations are
// installed; these are the same English texts under PanelDesk's context, so that a syntax
// error reads in the user's language like every other message of the panel file.
QString parseErrorText(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::NoError: break;
    case QJsonParseError::UnterminatedObject: return Text::tr("unterminated object");
    case QJsonParseError::MissingNameSeparator: return Text::tr("missing name separator");
    case QJsonParseError::UnterminatedArray: return Text::tr("unterminated array");
    case QJsonParseError::MissingValueSeparator: return Text::tr("missing value separator");
    case QJsonParseError::IllegalValue: return Text::tr("illegal value");
    case QJsonParseError::TerminationByNumber: return Text::tr("invalid termination by number");
    case QJsonParseError::IllegalNumber: return Text::tr("illegal number");
    case QJsonParseError::IllegalEscapeSequence: return Text::tr("invalid escape sequence");
    case QJsonParseError::IllegalUTF8String: return Text::tr("invalid UTF8 string");
    case QJsonParseError::UnterminatedString: return Text::tr("unterminated string");
    case QJsonParseError::MissingObject: return Text::tr("object is missing after a comma");
    case QJsonParseError::DeepNesting: return Text::tr("too deeply nested document");
    case QJsonParseError::DocumentTooLarge: return Text::tr("too large document");
    case QJsonParseError::GarbageAtEnd: return Text::tr("garbage at the end of the document");
    }
    return Text::tr("invalid JSON");
}

bool isContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Offset of the first byte that does not belong to well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &text)
{
    const auto *data = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = data[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;   // range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0;
            else if (b == 0xED)
                high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90;
            else if (b == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if (!isContinuation(data[i + k]))
                return i;
        i += length;
    }
    return -1;
}

// Offset of the first '[' or '{' that opens level maxDepth + 1, or -1. Looks only at
// brackets outside strings, so it is safe on any input and runs before the real parser.
qsizetype firstTooDeep(const QByteArray &text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return i;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return -1;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Walks a document QJsonDocument has already accepted, checking what it does not: repeated
// keys, raw control characters, unpaired surrogate escapes and U+0000. Recursion depth is
// bounded by the depth check that ran first.
class StrictScanner {
public:
    StrictScanner(const QByteArray &text, const QString &source) : m_text(text), m_source(source) {}

    void run()
    {
        skipWhitespace();
        value(QString());
    }

private:
    [[noreturn]] void fail(qsizetype offset, const QString &path, const QString &message) const
    {
        failAt(m_source, m_text, offset, path, message);
    }

    char at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : '\0'; }

    void skipWhitespace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    void expect(char c)
    {
        skipWhitespace();
        if (at(m_pos) != c)
            fail(m_pos, QString(), Text::tr("unexpected character"));   // not reached on valid JSON
        ++m_pos;
    }

    void value(const QString &path)
    {
        skipWhitespace();
        const char c = at(m_pos);
        if (c == '{')
            object(path);
        else if (c == '[')
            array(path);
        else if (c == '"')
            string(path);
        else   // number, true, false, null
            while (m_pos < m_text.size()
                   && !QByteArrayView(",]} \t\r\n").contains(m_text.at(m_pos)))
                ++m_pos;
    }

    void object(const QString &path)
    {
        expect('{');
        QHash<QString, qsizetype> seen;
        skipWhitespace();
        if (at(m_pos) == '}') {
            ++m_pos;
            return;
        }
        for (;;) {
            skipWhitespace();
            const qsizetype keyOffset = m_pos;
            const QString name = string(path);
            const QString memberPath = path.isEmpty() ? name : path + QLatin1Char('.') + name;
            const auto previous = seen.constFind(name);
            if (previous != seen.constEnd()) {
                const TextPosition first = textPosition(m_text, previous.value());
                fail(keyOffset, memberPath,
                     Text::tr("duplicate key (first at line %1, column %2)")
                         .arg(first.line)
                         .arg(first.column));
            }
            seen.insert(name, keyOffset);
            expect(':');
            value(memberPath);
            skipWhitespace();
            if (at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            expect('}');
            return;
        }
    }

    void array(const QString &path)
    {
        expect('[');
        skipWhitespace();
        if (at(m_pos) == ']') {
            ++m_pos;
            return;
        }
        for (int index = 0;; ++index) {
            value(path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']'));
            skipWhitespace();
            if (at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            expect(']');
            return;
        }
    }

    // At the opening quote; returns the decoded text and stops after the closing quote.
    QString string(const QString &path)
    {
        expect('"');
        QString decoded;
        qsizetype runStart = m_pos;
        auto flushRun = [&] {
            decoded += QString::fromUtf8(m_text.constData() + runStart, m_pos - runStart);
        };
        for (;;) {
            if (m_pos >= m_text.size())
                fail(m_pos, path, Text::tr("unterminated string"));   // not reached on valid JSON
            const auto c = static_cast<unsigned char>(m_text.at(m_pos));
            if (c == '"') {
                flushRun();
                ++m_pos;
                return decoded;
            }
            if (c < 0x20)
                fail(m_pos, path,
                     Text::tr("control character inside a string (write it as an escape)"));
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flushRun();
            const qsizetype escapeOffset = m_pos;
            const char kind = at(m_pos + 1);
            m_pos += 2;
            switch (kind) {
            case '"': decoded += QLatin1Char('"'); break;
            case '\\': decoded += QLatin1Char('\\'); break;
            case '/': decoded += QLatin1Char('/'); break;
            case 'b': decoded += QLatin1Char('\b'); break;
            case 'f': decoded += QLatin1Char('\f'); break;
            case 'n': decoded += QLatin1Char('\n'); break;
            case 'r': decoded += QLatin1Char('\r'); break;
            case 't': decoded += QLatin1Char('\t'); break;
            case 'u': {
                const int unit = hex4(escapeOffset, path);
                if (unit == 0)
                    fail(escapeOffset, path, Text::tr("U+0000 is not allowed in text"));
                if (unit >= 0xDC00 && unit <= 0xDFFF)
                    fail(escapeOffset, path, Text::tr("unpaired surrogate escape"));
                decoded += QChar(char16_t(unit));
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    if (at(m_pos) != '\\' || at(m_pos + 1) != 'u')
                        fail(escapeOffset, path, Text::tr("unpaired surrogate escape"));
                    m_pos += 2;
                    const int low = hex4(escapeOffset, path);
                    if (low < 0xDC00 || low > 0xDFFF)
                        fail(escapeOffset, path, Text::tr("unpaired surrogate escape"));
                    decoded += QChar(char16_t(low));
                }
                break;
            }
            default:
                fail(escapeOffset, path, Text::tr("invalid escape"));   // not reached on valid JSON
            }
            runStart = m_pos;
        }
    }

    // Four hex digits at m_pos.
    int hex4(qsizetype escapeOffset, const QString &path)
    {
        int unit = 0;
        for (int k = 0; k < 4; ++k) {
            const int digit = hexValue(at(m_pos + k));
            if (digit < 0)
                fail(escapeOffset, path, Text::tr("invalid escape"));   // not reached on valid JSON
            unit = unit * 16 + digit;
        }
        m_pos += 4;
        return unit;
    }

    const QByteArray &m_text;
    const QString &m_source;
    qsizetype m_pos = 0;
};

} // namespace

TextPosition textPosition(const QByteArray &utf8, qsizetype offset)
{
    TextPosition position;
    const qsizetype end = qMin(offset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto b = static_cast<unsigned char>(utf8.at(i));
        if (b == '\n') {
            ++position.line;
            position.column = 1;
        } else if (!isContinuation(b)) {
            ++position.column;
        }
    }
    return position;
}

QJsonDocument parseJsonStrictly(const QByteArray &bytes, const QString &sourceName, int maxDepth)
{
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);

    const qsizetype badByte = firstInvalidUtf8(text);
    if (badByte >= 0)
        failAt(sourceName, text, badByte, QString(), Text::tr("invalid UTF-8"));

    const qsizetype tooDeep = firstTooDeep(text, maxDepth);
    if (tooDeep >= 0)
        failAt(sourceName, text, tooDeep, QString(),
               Text::tr("nested deeper than %1 levels").arg(maxDepth));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        failAt(sourceName, text, error.offset, QString(), parseErrorText(error.error));

    StrictScanner(text, sourceName).run();
    return document;
}

} // namespace pd
