#include "io/JsonWriter.h"

#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace pd {

JsonWriter::JsonWriter(Style style) : m_style(style) {}

JsonWriter &JsonWriter::beginObject(Layout layout) { return begin(true, layout); }
JsonWriter &JsonWriter::endObject() { return end(true); }
JsonWriter &JsonWriter::beginArray(Layout layout) { return begin(false, layout); }
JsonWriter &JsonWriter::endArray() { return end(false); }

JsonWriter &JsonWriter::key(QAnyStringView name)
{
    if (m_stack.empty() || !m_stack.back().object || m_stack.back().keyPending)
        throw std::logic_error("JsonWriter: key() outside an object or twice in a row");
    beforeMember();
    m_out += quote(name);
    m_out += m_style == Style::Compact ? ":" : ": ";
    m_stack.back().keyPending = true;
    return *this;
}

JsonWriter &JsonWriter::value(QAnyStringView text)
{
    beforeValue();
    m_out += quote(text);
    m_done = m_stack.empty();
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    const QByteArray formatted = formatNumber(number);   // may throw: write nothing then
    beforeValue();
    m_out += formatted;
    m_done = m_stack.empty();
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
    m_done = m_stack.empty();
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
    m_done = m_stack.empty();
    return *this;
}

JsonWriter &JsonWriter::nullValue()
{
    beforeValue();
    m_out += "null";
    m_done = m_stack.empty();
    return *this;
}

QByteArray JsonWriter::finish() const
{
    if (!m_done || !m_stack.empty())
        throw std::logic_error("JsonWriter: finish() on an incomplete document");
    return m_out;
}

JsonWriter &JsonWriter::begin(bool object, Layout layout)
{
    beforeValue();
    Frame frame;
    frame.object = object;
    frame.inlineLayout = m_style == Style::Compact || layout == Layout::Inline
                         || (!m_stack.empty() && m_stack.back().inlineLayout);
    m_stack.push_back(frame);
    m_out += object ? '{' : '[';
    return *this;
}

JsonWriter &JsonWriter::end(bool object)
{
    if (m_stack.empty() || m_stack.back().object != object || m_stack.back().keyPending)
        throw std::logic_error("JsonWriter: unbalanced end of container");
    const Frame frame = m_stack.back();
    m_stack.pop_back();
    if (!frame.inlineLayout && frame.count > 0)
        newlineAndIndent(qsizetype(m_stack.size()));
    m_out += object ? '}' : ']';
    m_done = m_stack.empty();
    return *this;
}

void JsonWriter::beforeValue()
{
    if (m_stack.empty()) {
        if (m_done)
            throw std::logic_error("JsonWriter: a second top-level value");
        return;
    }
    Frame &top = m_stack.back();
    if (top.object) {
        if (!top.keyPending)
            throw std::logic_error("JsonWriter: value inside an object without a key");
        top.keyPending = false;   // the separator was written with the key
        return;
    }
    separate(top);
    ++top.count;
}

void JsonWriter::beforeMember()
{
    Frame &top = m_stack.back();
    separate(top);
    ++top.count;
}

void JsonWriter::separate(const Frame &frame)
{
    if (frame.count > 0)
        m_out += ',';
    if (m_style == Style::Compact)
        return;
    if (frame.inlineLayout) {
        if (frame.count > 0)
            m_out += ' ';
    } else {
        newlineAndIndent(qsizetype(m_stack.size()));
    }
}

void JsonWriter::newlineAndIndent(qsizetype depth)
{
    m_out += '\n';
    m_out.append(depth * 2, ' ');
}

QByteArray JsonWriter::formatNumber(double number)
{
    if (!std::isfinite(number))
        throw std::invalid_argument("JsonWriter: JSON has no spelling for NaN or infinity");
    if (number == 0.0)
        return QByteArrayLiteral("0");   // also -0: equal values, one spelling

    // Shortest round-trip digits and decimal exponent: "-d.ddde-XX".
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number,
                                      std::chars_format::scientific);
    const QByteArray scientific(buffer.data(), result.ptr - buffer.data());
    const qsizetype ePos = scientific.indexOf('e');
    const bool negative = scientific.startsWith('-');
    QByteArray digits = scientific.mid(negative ? 1 : 0, ePos - (negative ? 1 : 0));
    digits.replace(".", "");
    const int exponent = scientific.mid(ePos + 1).toInt();

    // ECMAScript Number::toString: k digits, the decimal point after n of them.
    const auto k = int(digits.size());
    const int n = exponent + 1;
    QByteArray out;
    if (negative)
        out += '-';
    if (k <= n && n <= 21) {
        out += digits;
        out.append(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += digits.left(n);
        out += '.';
        out += digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(-n, '0');
        out += digits;
    } else {
        out += digits.left(1);
        if (k > 1) {
            out += '.';
            out += digits.mid(1);
        }
        out += 'e';
        out += n - 1 < 0 ? '-' : '+';
        out += QByteArray::number(std::abs(n - 1));
    }
    return out;
}

QByteArray JsonWriter::quote(QAnyStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toString().toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hex[(static_cast<unsigned char>(c) >> 4) & 0xf];
                out += hex[static_cast<unsigned char>(c) & 0xf];
            } else {
                out += c;   // bytes of multi-byte UTF-8 sequences are all >= 0x80
            }
        }
    }
    out += '"';
    return out;
}

} // namespace pd
