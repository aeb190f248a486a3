#include "BackupPrompts.h"

#include "SignInDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace pd {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BackupPrompts)
};
} // namespace

BackupPrompts BackupPrompts::dialogs(SignInThrottle &throttle, Dialogs *const &dialogs)
{
    BackupPrompts prompts;
    prompts.chooseBackup = [&dialogs](QWidget *parent, const QString &folder) {
        return dialogs->openFile(parent, Tr::tr("Restore from a backup"), folder,
                                Tr::tr("PanelDesk backups (*.paneldesk);;All files (*)"));
    };
    prompts.confirmRestore = [&dialogs](QWidget *parent, const QString &backup, const QString &panel) {
        return dialogs->ask(
                   parent, Tr::tr("Restore from a backup"),
                   Tr::tr("Replace the panel %1 with the backup %2?\n\nThe backup is verified "
                          "first; the panel as it is now is kept in its backups folder. Everyone "
                          "is signed out and the panel is opened again.")
                       .arg(QDir::toNativeSeparators(panel), QDir::toNativeSeparators(backup)));
    };
    prompts.offerBackup = [&dialogs](QWidget *parent, const QString &problem, const BackupRecord &backup) {
        return dialogs->ask(
                   parent, Tr::tr("Damaged panel"),
                   Tr::tr("%1\n\nThe newest good backup of this panel is from %2 (%3). Restore "
                          "it? Changes made after it are lost; the chair or the secretariat "
                          "signs in.")
                       .arg(problem,
                            QLocale().toString(backup.created, QLocale::ShortFormat),
                            QDir::toNativeSeparators(backup.path)),
                   true);
    };
    prompts.signIn = [&throttle](QWidget *parent, PanelStore &store) -> std::optional<Member> {
        SignInDialog dialog(store, throttle, {}, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.signedInMember();
    };
    return prompts;
}

} // namespace pd
