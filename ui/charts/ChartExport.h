#pragma once
// Copying and saving a chart (issue 4, item 2): PNG (the view as shown) and SVG (vector),
// written atomically (QSaveFile: the file appears complete or not at all).

#include <QString>

class QWidget;

namespace pd {

// Renders `view` to the clipboard as an image.
void copyChart(QWidget *view);
// Each returns an empty string on success, else a message naming the file.
QString saveChartPng(QWidget *view, const QString &path);
QString saveChartSvg(QWidget *view, const QString &path, const QString &title);

} // namespace pd
