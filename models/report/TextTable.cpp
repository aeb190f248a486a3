#include "report/TextTable.h"

#include <QChar>
#include <algorithm>

namespace pd {
namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x20000 && c <= 0x3FFFD);
}

QString pad(const QString &text, int width, TextTable::Align align)
{
    const QString fill(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return align == TextTable::Align::Left ? text + fill : fill + text;
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

void TextTable::addColumn(const QString &header, Align align) { m_columns.push_back({header, align}); }

void TextTable::addRow(const QStringList &cells) { m_rows.push_back(cells); }

void TextTable::addRule() { m_rows.emplace_back(); }

QString TextTable::render() const
{
    std::vector<int> widths;
    for (const Column &c : m_columns)
        widths.push_back(displayWidth(c.header));
    for (const QStringList &row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < static_cast<qsizetype>(widths.size()); ++i)
            widths[static_cast<std::size_t>(i)] =
                std::max(widths[static_cast<std::size_t>(i)], displayWidth(row.at(i)));

    const auto line = [&](const QStringList &cells, bool header) -> QString {
        QStringList parts;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            const QString cell = static_cast<qsizetype>(i) < cells.size()
                ? cells.at(static_cast<qsizetype>(i)) : QString();
            parts << pad(cell, widths[i], header ? Align::Left : m_columns[i].align);
        }
        QString text = parts.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    int total = 0;
    for (const int w : widths)
        total += w;
    total += 2 * std::max(0, static_cast<int>(widths.size()) - 1);
    const QString rule = QString(total, QLatin1Char('-')) + QLatin1Char('\n');

    QStringList headers;
    for (const Column &c : m_columns)
        headers << c.header;
    QString out = line(headers, true) + rule;
    for (const QStringList &row : m_rows)
        out += row.isEmpty() ? rule : line(row, false);
    return out;
}

} // namespace pd
