#include "storage/PanelChanges.h"

#include <QMetaObject>
#include <utility>

namespace pd {

PanelChanges::PanelChanges(QObject *parent) : QObject(parent) {}

void PanelChanges::note(const QString &kind)
{
    if (!m_pending.contains(kind))
        m_pending.append(kind);
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &PanelChanges::flush, Qt::QueuedConnection);
}

void PanelChanges::flush()
{
    m_scheduled = false;
    if (m_pending.isEmpty())
        return;
    const QStringList kinds = std::exchange(m_pending, {});
    Q_EMIT changed(kinds);
}

} // namespace pd
