#pragma once
// File > Open Recent: the recent panel files of Settings as "&1 demo.paneldesk" … "&8 …",
// most recent first, then "Clear Recent Files". The list is read again each time the menu is
// shown; a file that no longer exists stays listed but disabled, marked "not found". Choosing
// an entry emits fileChosen: the owner opens it as File > Open does.

#include <QMenu>

namespace pd {

class RecentFilesMenu : public QMenu {
    Q_OBJECT
public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    // Re-reads the list from Settings and rebuilds the entries (also done on aboutToShow).
    void refill();

    QList<QAction *> fileActions() const { return m_fileActions; }   // in menu order
    QAction *clearAction() const { return m_clear; }

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    QString label(int index, const QString &path, const QStringList &all, bool exists) const;

    QList<QAction *> m_fileActions;
    QAction *m_clear = nullptr;
};

} // namespace pd
