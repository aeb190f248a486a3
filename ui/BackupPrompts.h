#pragma once
// The questions File > Back up… / Restore… and the opening of a damaged file ask
// (services/Backups.h): which backup, "restore it over the panel?", "the file is damaged:
// restore the newest good backup?", and who signs in for a panel whose members cannot be
// read. Each is a function, so that tests answer them without dialogs; dialogs() asks with
// the real ones.

#include "Dialogs.h"
#include "domain/Member.h"
#include "services/Backups.h"

#include <functional>
#include <optional>

class QWidget;

namespace pd {

class PanelStore;
class SignInThrottle;

struct BackupPrompts {
    // The backup to restore, starting in `folder`; empty when cancelled.
    std::function<QString(QWidget *parent, const QString &folder)> chooseBackup;
    // Whether to replace the open panel `panel` with `backup`.
    std::function<bool(QWidget *parent, const QString &backup, const QString &panel)> confirmRestore;
    // `panel` cannot be opened (`problem`): whether to restore `backup` over it.
    std::function<bool(QWidget *parent, const QString &problem, const BackupRecord &backup)> offerBackup;
    // The member who signs in on `store` (the verified backup of a damaged panel); nullopt
    // when cancelled.
    std::function<std::optional<Member>(QWidget *parent, PanelStore &store)> signIn;

    // The real questions, asked through the Dialogs `dialogs` points to when they are asked
    // (the window's, Dialogs.h); the pointer must outlive the prompts.
    static BackupPrompts dialogs(SignInThrottle &throttle, Dialogs *const &dialogs);
};

} // namespace pd
