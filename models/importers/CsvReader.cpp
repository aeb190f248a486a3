#include "importers/CsvReader.h"

#include "domain/Errors.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace pd {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

constexpr qint64 kChunk = 256 * 1024;

// A byte that an unquoted field takes as it is: printable ASCII but the comma and the quote
// (a tab too, but a space or tab at a field's start is handled byte by byte).
inline bool isPlain(unsigned char byte)
{
    return (byte >= 0x20 && byte < 0x7F && byte != ',' && byte != '"') || byte == '\t';
}

// What a file is, from its first bytes, when it is not CSV text; empty when it may be.
QString recognizeNonText(const QByteArray &head)
{
    const auto starts = [&](const char *magic, qsizetype size) {
        return head.size() >= size && std::memcmp(head.constData(), magic, size_t(size)) == 0;
    };
    if (starts("\xFF\xFE\x00\x00", 4))
        return Text::tr("the file is UTF-32 (little-endian) text, not UTF-8: save it as UTF-8");
    if (starts("\x00\x00\xFE\xFF", 4))
        return Text::tr("the file is UTF-32 (big-endian) text, not UTF-8: save it as UTF-8");
    if (starts("\xFF\xFE", 2))
        return Text::tr("the file is UTF-16 (little-endian) text, not UTF-8: save it as UTF-8 "
                        "(in Excel: \"CSV UTF-8\")");
    if (starts("\xFE\xFF", 2))
        return Text::tr("the file is UTF-16 (big-endian) text, not UTF-8: save it as UTF-8 "
                        "(in Excel: \"CSV UTF-8\")");
    if (starts("PK\x03\x04", 4))
        return Text::tr("the file is a ZIP archive (an .xlsx or .ods spreadsheet?), not CSV "
                        "text: save the sheet as \"CSV UTF-8\"");
    if (starts("\xD0\xCF\x11\xE0", 4))
        return Text::tr("the file is an old Excel (.xls) or other Office document, not CSV "
                        "text: save the sheet as \"CSV UTF-8\"");
    if (starts("\x1F\x8B", 2))
        return Text::tr("the file is gzip-compressed: decompress it first");
    if (starts("%PDF", 4))
        return Text::tr("the file is a PDF document, not CSV text");
    if (starts("SQLite format 3", 15))
        return Text::tr("the file is an SQLite database, not CSV text");
    if (head.size() >= 2 && (head[0] == '\0' || head[1] == '\0'))
        return Text::tr("the file looks like UTF-16 text without a byte-order mark (NUL bytes "
                        "between the characters), not UTF-8: save it as UTF-8");
    return {};
}

} // namespace

CsvReader::CsvReader(QIODevice &device, const QString &sourceName)
    : CsvReader(device, sourceName, Limits{})
{
}

CsvReader::CsvReader(QIODevice &device, const QString &sourceName, Limits limits)
    : m_device(device), m_source(sourceName), m_limits(limits)
{
}

std::string_view CsvReader::field(int index) const
{
    const Field &f = m_fields[size_t(index)];
    return std::string_view(m_record).substr(f.begin, f.end - f.begin);
}

QString CsvReader::fieldText(int index) const
{
    const std::string_view text = field(index);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString CsvReader::where(qint64 line, int column) const
{
    return QStringLiteral("%1:%2:%3").arg(m_source).arg(line).arg(column);
}

QString CsvReader::where(int index) const
{
    return where(fieldLine(index), fieldColumn(index));
}

QByteArray CsvReader::sha256() const { return m_hash.result(); }

void CsvReader::fail(qint64 line, int column, const QString &what) const
{
    throw InputError(where(line, column) + QStringLiteral(": ") + what);
}

void CsvReader::failUtf8(unsigned char byte) const
{
    const auto hex = [](unsigned char b) {
        return QStringLiteral("0x%1").arg(uint(b), 2, 16, QLatin1Char('0')).toUpper().replace(
            QLatin1String("0X"), QLatin1String("0x"));
    };
    const QString advice = Text::tr("save the file as UTF-8 (in Excel: \"CSV UTF-8\"; Korean "
                                    "Windows programs often write CP949/EUC-KR)");
    if (m_utf8Pending > 0)
        fail(m_utf8Line, m_utf8Column,
             Text::tr("the file is not UTF-8: the byte %1 here starts a character that the next "
                      "byte (%2) does not continue; %3")
                 .arg(hex(m_utf8Lead), hex(byte), advice));
    fail(m_line, m_column,
         Text::tr("the file is not UTF-8: the byte %1 here cannot start a character; %2")
             .arg(hex(byte), advice));
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_buffer = m_device.read(kChunk);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        if (m_device.isSequential() ? false : !m_device.atEnd())
            throw InputError(m_source + QStringLiteral(": ")
                             + Text::tr("cannot read the file: %1").arg(m_device.errorString()));
        return false;
    }
    m_hash.addData(m_buffer);
    return true;
}

void CsvReader::checkStart()
{
    m_started = true;
    if (!fill())
        return;
    while (m_buffer.size() < 16 && !m_eof) {   // tiny reads (pipes): gather the head
        const QByteArray more = m_device.read(kChunk);
        if (more.isEmpty())
            break;
        m_hash.addData(more);
        m_buffer += more;
    }
    const QString what = recognizeNonText(m_buffer.left(16));
    if (!what.isEmpty())
        fail(1, 1, what);
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;   // a UTF-8 byte-order mark: not part of the text
        m_consumed = 3;
    }
}

void CsvReader::startField()
{
    if (int(m_fields.size()) >= m_limits.maxFields)
        fail(m_line, m_column,
             Text::tr("more than %1 fields in this record").arg(m_limits.maxFields));
    Field f;
    f.begin = f.end = m_record.size();
    f.line = m_line;
    f.column = m_column;
    m_fields.push_back(f);
}

void CsvReader::endField() { m_fields.back().end = m_record.size(); }

bool CsvReader::next()
{
    if (!m_started)
        checkStart();
    m_record.clear();
    m_fields.clear();
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    if (m_lastWasCr && m_buffer[m_pos] == '\n') {   // the LF of a CRLF that ended a record
        ++m_pos;
        ++m_consumed;
        m_lastWasCr = false;
        if (m_pos >= m_buffer.size() && !fill())
            return false;
    }

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote, AfterQuoteSpace };
    State state = State::FieldStart;
    qint64 quoteLine = 0;
    int quoteColumn = 0;
    qsizetype recordBytes = 0;
    m_recordLine = m_line;
    startField();

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (m_utf8Pending > 0)
                fail(m_utf8Line, m_utf8Column,
                     Text::tr("the file is not UTF-8: it ends inside the character that starts "
                              "here"));
            if (state == State::Quoted)
                fail(quoteLine, quoteColumn,
                     Text::tr("the quoted field that starts here is never closed (a missing "
                              "closing quote)"));
            endField();
            return true;
        }
        const auto byte = static_cast<unsigned char>(m_buffer[m_pos]);
        // Fast path: a run of plain ASCII inside an unquoted field (most of a ratings file)
        // is copied at once; it changes nothing the byte-by-byte path below would not.
        if (m_utf8Pending == 0 && isPlain(byte)
            && (state == State::Unquoted
                || (state == State::FieldStart && byte != ' ' && byte != '\t'))) {
            const char *data = m_buffer.constData();
            const qsizetype limit =
                std::min(m_buffer.size(), m_pos + (m_limits.maxRecordBytes - recordBytes));
            qsizetype end = m_pos;
            while (end < limit && isPlain(static_cast<unsigned char>(data[end])))
                ++end;
            if (end > m_pos) {
                const qsizetype run = end - m_pos;
                m_record.append(data + m_pos, size_t(run));
                m_pos = end;
                m_consumed += run;
                recordBytes += run;
                m_column += int(run);
                m_lastWasCr = false;
                state = State::Unquoted;
                continue;
            }
        }
        const qint64 line = m_line;
        const int column = m_column;

        if (++recordBytes > m_limits.maxRecordBytes) {
            if (state == State::Quoted)
                fail(quoteLine, quoteColumn,
                     Text::tr("the quoted field that starts here runs on for more than %1 KiB: "
                              "is its closing quote missing?")
                         .arg(m_limits.maxRecordBytes / 1024));
            fail(line, column, Text::tr("the record that starts on line %1 is longer than %2 KiB")
                                   .arg(m_recordLine)
                                   .arg(m_limits.maxRecordBytes / 1024));
        }
        if (byte == 0)
            fail(line, column, Text::tr("a NUL byte: this is not CSV text (a binary file, or "
                                        "UTF-16 text)"));
        // UTF-8 well-formedness (RFC 3629: no overlong forms, surrogates or values above
        // U+10FFFF).
        if (m_utf8Pending > 0) {
            if (byte < m_utf8Low || byte > m_utf8High)
                failUtf8(byte);
            --m_utf8Pending;
            m_utf8Low = 0x80;
            m_utf8High = 0xBF;
        } else if (byte >= 0x80) {
            if (byte >= 0xC2 && byte <= 0xDF) {
                m_utf8Pending = 1;
            } else if (byte >= 0xE0 && byte <= 0xEF) {
                m_utf8Pending = 2;
                if (byte == 0xE0)
                    m_utf8Low = 0xA0;
                else if (byte == 0xED)
                    m_utf8High = 0x9F;
            } else if (byte >= 0xF0 && byte <= 0xF4) {
                m_utf8Pending = 3;
                if (byte == 0xF0)
                    m_utf8Low = 0x90;
                else if (byte == 0xF4)
                    m_utf8High = 0x8F;
            } else {
                failUtf8(byte);
            }
            m_utf8Lead = byte;
            m_utf8Line = line;
            m_utf8Column = column;
        }
        // the position of the next byte
        ++m_pos;
        ++m_consumed;
        const bool wasCr = m_lastWasCr;
        m_lastWasCr = byte == '\r';
        if (byte == '\r' || (byte == '\n' && !wasCr)) {
            ++m_line;
            m_column = 1;
        } else if (byte == '\n') {
            m_column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++m_column;
        }

        const char c = char(byte);
        const bool lineEnd = c == '\n' || c == '\r';
        switch (state) {
        case State::FieldStart:
            if (c == ' ' || c == '\t') {
                m_record.push_back(c);   // dropped if a quote follows (a, "b")
            } else if (c == '"') {
                m_record.resize(m_fields.back().begin);
                state = State::Quoted;
                quoteLine = line;
                quoteColumn = column;
            } else if (c == ',') {
                endField();
                startField();
            } else if (lineEnd) {
                endField();
                return true;
            } else {
                m_record.push_back(c);
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == ',') {
                endField();
                startField();
                state = State::FieldStart;
            } else if (lineEnd) {
                endField();
                return true;
            } else if (c == '"') {
                fail(line, column, Text::tr("a quote inside an unquoted field: put the whole "
                                            "field in quotes and double the quote (\"\")"));
            } else {
                m_record.push_back(c);
            }
            break;
        case State::Quoted:
            if (c == '"')
                state = State::AfterQuote;
            else
                m_record.push_back(c);
            break;
        case State::AfterQuote:
            if (c == '"') {
                m_record.push_back('"');
                state = State::Quoted;
            } else if (c == ',') {
                endField();
                startField();
                state = State::FieldStart;
            } else if (lineEnd) {
                endField();
                return true;
            } else if (c == ' ' || c == '\t') {
                state = State::AfterQuoteSpace;   // ("a" ,b): spaces after the quote are dropped
            } else {
                fail(line, column, Text::tr("text after the closing quote of a field (expected "
                                            "a comma or the end of the line)"));
            }
            break;
        case State::AfterQuoteSpace:
            if (c == ',') {
                endField();
                startField();
                state = State::FieldStart;
            } else if (lineEnd) {
                endField();
                return true;
            } else if (c != ' ' && c != '\t') {
                fail(line, column, Text::tr("text after the closing quote of a field (expected "
                                            "a comma or the end of the line)"));
            }
            break;
        }
    }
}

} // namespace pd
