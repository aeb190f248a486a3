#pragma once
// A streaming reader of comma-separated text (RFC 4180) for importers of large files: it holds
// one record at a time (bounded memory whatever the file size), so a million-row file is read
// with the same few hundred KiB as a ten-row one.
//
// Accepted: UTF-8 with or without a byte-order mark; records ending in LF, CRLF or CR;
// fields in double quotes with "" for a quote and line breaks inside; a last record without
// a line end. Refused with an InputError "<source>:<line>:<column>: <what>" (line and column
// 1-based, the column counted in characters): UTF-16/UTF-32 (byte-order mark or NUL
// pattern), other binary files recognised by their first bytes (XLSX/ZIP, XLS, gzip, PDF,
// SQLite), a NUL byte, bytes that are not UTF-8, a quote inside an unquoted field, text
// after a closing quote, a quoted field never closed, a record longer than
// Limits::maxRecordBytes and more than Limits::maxFields fields.

#include "importers/Sha256.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace pd {

class CsvReader {
public:
    struct Limits {
        qsizetype maxRecordBytes = 64 * 1024;   // one record, quotes and separators included
        int maxFields = 64;
    };

    // Reads from `device` (open for reading, positioned at its start). `sourceName` names the
    // file in messages.
    CsvReader(QIODevice &device, const QString &sourceName);
    CsvReader(QIODevice &device, const QString &sourceName, Limits limits);

    // The next record; false at the end of the input. InputError as described above.
    bool next();

    int fieldCount() const { return int(m_fields.size()); }
    std::string_view field(int index) const;   // the unquoted UTF-8 text
    QString fieldText(int index) const;        // the same as a QString
    // Where the field starts (its first character, or its opening quote).
    qint64 fieldLine(int index) const { return m_fields[size_t(index)].line; }
    int fieldColumn(int index) const { return m_fields[size_t(index)].column; }
    qint64 recordLine() const { return m_recordLine; }   // the line the record starts on
    // "<source>:<line>:<column>" of a field, for messages.
    QString where(int index) const;
    QString where(qint64 line, int column) const;
    const QString &sourceName() const { return m_source; }

    qint64 bytesRead() const { return m_consumed; }   // bytes consumed so far
    QByteArray sha256() const;                          // of every byte read so far

private:
    struct Field {
        size_t begin = 0;
        size_t end = 0;
        qint64 line = 1;
        int column = 1;
    };

    bool fill();   // more bytes into the buffer; false at the end of the input
    void checkStart();
    [[noreturn]] void fail(qint64 line, int column, const QString &what) const;
    [[noreturn]] void failUtf8(unsigned char byte) const;
    void startField();
    void endField();

    QIODevice &m_device;
    QString m_source;
    Limits m_limits;
    Sha256 m_hash;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_started = false;

    std::string m_record;         // the unquoted text of the record's fields, back to back
    std::vector<Field> m_fields;
    qint64 m_recordLine = 1;
    qint64 m_line = 1;            // position of the next byte
    int m_column = 1;
    int m_utf8Pending = 0;        // continuation bytes still expected
    unsigned char m_utf8Low = 0x80, m_utf8High = 0xBF;   // range of the next continuation
    unsigned char m_utf8Lead = 0;  // the first byte of the character being read, and where
    qint64 m_utf8Line = 1;
    int m_utf8Column = 1;
    bool m_lastWasCr = false;
};

} // namespace pd
