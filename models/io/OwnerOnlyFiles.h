#pragma once
// Files only their owner may read and write (mode 0600; trust.md, "Files"): the database,
// its -wal and -shm (storage/SqliteStore.cpp creates the file 0600; SQLite gives the others
// its mode), backups and non-public exports.

#include <QString>

namespace pd {

// While an OwnerOnlyCreation lives, files this process creates get no group or other
// permissions (umask 077), whatever the writer does (QSaveFile, libxlsxwriter, QPdfWriter);
// the previous umask comes back when it ends. For one command of paneldesk-cli, on one
// thread; pair it with restrictToOwner after writing.
class OwnerOnlyCreation {
public:
    OwnerOnlyCreation();
    ~OwnerOnlyCreation();
    OwnerOnlyCreation(const OwnerOnlyCreation &) = delete;
    OwnerOnlyCreation &operator=(const OwnerOnlyCreation &) = delete;

private:
    unsigned m_saved = 0;
};

// Sets `path` to 0600 (readable and writable by its owner only). StoreError when it cannot.
void restrictToOwner(const QString &path);

} // namespace pd
