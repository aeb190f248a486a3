#include "charts/ChartExport.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
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

QString saveChartPng(QWidget *view, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file.errorString());
    if (!view->grab().toImage().save(&file, "PNG"))
        return failed(path, Tr::tr("the image could not be encoded"));
    if (!file.commit())
        return failed(path, file.errorString());
    return {};
}

QString saveChartSvg(QWidget *view, const QString &path, const QString &title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(view->size());
    svg.setViewBox(QRect(QPoint(0, 0), view->size()));
    svg.setTitle(title);
    {
        QPainter painter(&svg);
        view->render(&painter);
    }
    if (!file.commit())
        return failed(path, file.errorString());
    return {};
}

} // namespace pd
