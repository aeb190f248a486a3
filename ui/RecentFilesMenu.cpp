#include "RecentFilesMenu.h"

#include "RecentFiles.h"
#include "Settings.h"

#include <QDir>
#include <QFileInfo>

namespace pd {
namespace {

QString escapedMnemonic(QString text) { return text.replace(u'&', QStringLiteral("&&")); }

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    setToolTipsVisible(true);   // the full path of each entry
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::refill);
    refill();
}

void RecentFilesMenu::refill()
{
    for (QAction *action : actions()) {
        removeAction(action);
        if (action->parent() == this)
            action->deleteLater();   // later: it may be the one being triggered (Clear)
    }
    m_fileActions.clear();
    const QStringList recent = cleanedRecentFiles(Settings().recentFiles());
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        const bool exists = QFileInfo(path).isFile();
        QAction *action = addAction(label(i, path, recent, exists));
        action->setEnabled(exists);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
        m_fileActions.append(action);
    }
    if (recent.isEmpty())
        addAction(tr("No recent files"))->setEnabled(false);
    addSeparator();
    m_clear = addAction(tr("&Clear Recent Files"), this, [this] {
        Settings().setRecentFiles({});
        refill();
    });
    m_clear->setEnabled(!recent.isEmpty());
}

QString RecentFilesMenu::label(int index, const QString &path, const QStringList &all,
                               bool exists) const
{
    const QString name = QFileInfo(path).fileName();
    QString shown = escapedMnemonic(name);
    int sameName = 0;
    for (const QString &other : all)
        sameName += QFileInfo(other).fileName() == name ? 1 : 0;
    if (sameName > 1)   // two panels called alike: say where each one is
        shown = tr("%1 (%2)", "recent file: file name (its folder)")
                    .arg(shown, escapedMnemonic(QDir::toNativeSeparators(QFileInfo(path).path())));
    const QString number = QString::number(index + 1);
    if (!exists)
        return tr("&%1 %2 (not found)", "recent file that no longer exists").arg(number, shown);
    return tr("&%1 %2", "recent file: number (the mnemonic), file name").arg(number, shown);
}

} // namespace pd
