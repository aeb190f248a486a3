#include "export/StandingsExport.h"

#include "domain/Errors.h"
#include "export/ExportNumbers.h"
#include "io/DiskFull.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

#include <xlsxwriter.h>

#include <cmath>
#include <cerrno>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

QByteArray csvField(const QVariant &cell)
{
    if (cell.isNull())
        return {};
    if (cell.typeId() == QMetaType::Double)
        return exportNumberText(cell.toDouble());   // six decimals at most, no noise
    const QByteArray text = neutralizeFormula(cell.toString()).toUtf8();
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n') && !text.contains('\r'))
        return text;
    QByteArray quoted = text;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray csvLine(const QVariantList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(cells[i]);
    }
    return line + "\r\n";
}

[[noreturn]] void failXlsx(const QString &path, lxw_error error, int savedErrno)
{
    if (error != LXW_ERROR_SHEETNAME_ALREADY_USED && isOutOfSpaceErrno(savedErrno))
        throwDiskFull(path);
    throw StoreError(path + QStringLiteral(": ")
                     + Tr::tr("cannot write the workbook: %1")
                           .arg(QString::fromUtf8(lxw_strerror(error))));
}

} // namespace

QByteArray sheetCsv(const ExportSheet &sheet, bool bom)
{
    QByteArray bytes = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    QVariantList header;
    for (const QString &h : sheet.header)
        header << h;
    bytes += csvLine(header);
    for (const QVariantList &row : sheet.rows)
        bytes += csvLine(row);
    return bytes;
}

void writeFileAtomically(const QString &path, const QByteArray &bytes, const DeviceFilter &filter)
{
    saveAtomically(path, bytes, filter);
}

void writeXlsx(const std::vector<ExportSheet> &sheets, const QString &path, const DeviceFilter &filter)
{
    // libxlsxwriter writes to a path: a temporary file in the same folder, removed on every
    // path; its bytes replace the target through QSaveFile only when complete.
    const QFileInfo target(path);
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp").arg(target.fileName(),
                                         QUuid::createUuid().toString(QUuid::Id128)));
    const QByteArray temporaryName = QFile::encodeName(temporary);
    lxw_workbook *workbook = workbook_new(temporaryName.constData());
    if (!workbook)
        throw StoreError(path + QStringLiteral(": ")
                         + Tr::tr("cannot write the file: %1").arg(Tr::tr("cannot create it")));
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    QHash<int, lxw_format *> numberFormats;   // by shown decimals; owned by the workbook
    const auto numberFormat = [&](const ExportSheet &sheet, qsizetype column) -> lxw_format * {
        const int decimals = sheet.shownDecimals.value(column, kGeneralFormat);
        if (decimals == kGeneralFormat)
            return nullptr;
        lxw_format *&format = numberFormats[decimals];
        if (!format) {
            format = workbook_add_format(workbook);
            format_set_num_format(format, exportNumberFormat(decimals).constData());
        }
        return format;
    };
    lxw_error error = LXW_NO_ERROR;
    for (const ExportSheet &sheet : sheets) {
        const QByteArray name = sheet.name.left(31).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(workbook, name.constData());
        if (!ws) {
            error = LXW_ERROR_SHEETNAME_ALREADY_USED;
            break;
        }
        for (qsizetype c = 0; c < sheet.header.size(); ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), sheet.header[c].toUtf8().constData(), bold);
        worksheet_freeze_panes(ws, 1, 0);
        for (size_t r = 0; r < sheet.rows.size() && error == LXW_NO_ERROR; ++r) {
            const QVariantList &row = sheet.rows[r];
            for (qsizetype c = 0; c < row.size(); ++c) {
                const lxw_row_t xr = lxw_row_t(r + 1);
                const lxw_col_t xc = lxw_col_t(c);
                const QVariant &cell = row[c];
                if (cell.isNull())
                    continue;
                if (cell.typeId() == QMetaType::Double) {
                    // Rounded to six decimals (export/ExportNumbers.h), shown with the
                    // column's decimals; NaN and infinities stay empty cells.
                    const double number = exportNumber(cell.toDouble());
                    if (std::isfinite(number))
                        error = worksheet_write_number(ws, xr, xc, number, numberFormat(sheet, c));
                    if (error != LXW_NO_ERROR)
                        break;
                    continue;
                }
                // A string cell (shared string table) is never evaluated, whatever it holds:
                // "=HYPERLINK(...)" shows as exactly that text, without an added quote.
                error = worksheet_write_string(ws, xr, xc, cell.toString().toUtf8().constData(),
                                               nullptr);
                if (error != LXW_NO_ERROR)
                    break;
            }
        }
        if (error != LXW_NO_ERROR)
            break;
    }
    errno = 0;
    const lxw_error closed = workbook_close(workbook);   // frees the workbook in every case
    const int closeErrno = errno;   // a full disk shows only as a zip error
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        failXlsx(path, error, closeErrno);
    }
    QFile built(temporary);
    if (!built.open(QIODevice::ReadOnly)) {
        QFile::remove(temporary);
        throw StoreError(path + QStringLiteral(": ")
                         + Tr::tr("cannot save the file: %1").arg(built.errorString()));
    }
    const QByteArray bytes = built.readAll();
    built.close();
    QFile::remove(temporary);
    saveAtomically(path, bytes, filter);
}

} // namespace pd
