#pragma once
// The audit log for the chair, filtered by member or team; draft values only the viewer's own.

#include "domain/Panel.h"
#include "storage/PanelStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace pd {

class AuditTableModel;
class AuditFilterModel;

class AuditPage : public QWidget {
    Q_OBJECT
public:
    explicit AuditPage(QWidget *parent = nullptr);
    // The log as `viewerId` may see it (access/AuditAccess.h: no one's draft values but the
    // viewer's own).
    void showLog(const Panel &panel, std::vector<AuditEntry> entries, const QString &viewerId);
    AuditTableModel *model() const { return m_model; }

    QComboBox *memberFilter() const { return m_member; }
    QComboBox *teamFilter() const { return m_team; }
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AuditTableModel *m_model;
    AuditFilterModel *m_filter;
    QComboBox *m_member;
    QComboBox *m_team;
    QLabel *m_memberLabel;
    QLabel *m_teamLabel;
    QTableView *m_table;
};

} // namespace pd
