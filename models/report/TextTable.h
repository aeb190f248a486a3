#pragma once
// Plain-text tables for terminals, aligned by display width: Hangul and other East Asian
// wide characters take two columns, so Korean team names line up with Latin ones.

#include <QString>
#include <QStringList>
#include <vector>

namespace pd {

// Terminal columns the text occupies (East Asian wide and fullwidth characters count 2,
// combining marks 0).
int displayWidth(const QString &text);

class TextTable {
public:
    enum class Align { Left, Right };

    void addColumn(const QString &header, Align align);
    void addRow(const QStringList &cells);   // one cell per column
    void addRule();                          // a horizontal line between rows

    QString render() const;   // lines end with '\n'

private:
    struct Column {
        QString header;
        Align align;
    };
    std::vector<Column> m_columns;
    std::vector<QStringList> m_rows;   // an empty list is a rule
};

} // namespace pd
