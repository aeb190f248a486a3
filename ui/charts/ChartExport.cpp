#include "charts/ChartExport.h"

#include "domain/Errors.h"
#include "io/AtomicWrite.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

QString failed(const QString &path, const QString &why)
{
    return Tr::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), why);
}

} // namespace

void copyChart(QWidget *view)
{
    QApplication::clipboard()->setImage(view->grab().toImage());
}

// Through io/AtomicWrite.h: every write checked, the target replaced only when complete
// (a plain buffered QSaveFile commits a truncated file on a full disk with Qt 6.4).
QString saveChartPng(QWidget *view, const QString &path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!view->grab().toImage().save(&buffer, "PNG"))
        return failed(path, Tr::tr("the image could not be encoded"));
    try {
        saveAtomically(path, bytes);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

QString saveChartSvg(QWidget *view, const QString &path, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(view->size());
    svg.setViewBox(QRect(QPoint(0, 0), view->size()));
    svg.setTitle(title);
    {
        QPainter painter(&svg);
        view->render(&painter);
    }
    try {
        saveAtomically(path, bytes);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace pd
