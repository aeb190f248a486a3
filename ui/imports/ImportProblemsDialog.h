#pragma once
// The problems of a refused import: a summary ("nothing was imported: 250 problems, the
// first 100 listed"), the list with file:line:column or JSON path, and Copy to put them on
// the clipboard (to send back to whoever made the file).

#include "importers/ImportIssues.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace pd {

class ImportProblemsDialog : public QDialog {
    Q_OBJECT
public:
    ImportProblemsDialog(const QString &file, const ImportIssues &issues, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }

private:
    QLabel *m_summary;
    QListWidget *m_list;
};

} // namespace pd
