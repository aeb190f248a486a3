#pragma once
// Where a panel lives, as the user names it, and the one place that maps it to a backend:
// a path is a SQLite file (SqliteStore); a PostgreSQL URL (`postgresql://…`, `postgres://…`)
// or a libpq key/value string (`host=… dbname=…`) is a panel on a shared server
// (docs/server.md). The window, every CLI `--db` and the benches open and create panels
// through this, never a backend directly.

#include "storage/PanelStore.h"

#include <QString>

#include <functional>
#include <memory>

namespace pd {

// Who opens a panel on a server: the server's own rules (row-level security) decide what
// the connection sees, so it is made as the member, with their password on the server
// (docs/server.md: given at deploy, changed by the member since).
struct ServerLogin {
    QString member;       // member id
    QString passphrase;   // the member's server password
};

class PanelLocation {
public:
    enum class Kind { File, Server };

    // InputError for an empty text.
    static PanelLocation parse(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    // As given: the path, or the connection text handed to the server's client library.
    const QString &text() const { return m_text; }
    // For titles, messages and the recent list: the same without a password.
    QString shown() const;

    // The panel stored there, checked and upgraded as its backend does. StoreError naming
    // the location (shown()) when it cannot be opened.
    std::unique_ptr<PanelStore> open() const;
    // The same as `login` (a file ignores it). A server location needs it: open() is refused
    // there (InputError).
    std::unique_ptr<PanelStore> open(const ServerLogin &login) const;

    // A new panel there, all or nothing: `fill` writes it (replacePanel first), and only
    // when `fill` returns is it put in place; when anything throws, nothing is left behind
    // and an existing panel is untouched. An existing panel is replaced only with `replace`
    // (InputError otherwise), after `beforeReplace` (e.g. its backup) has run.
    // A server panel is made by `paneldesk-cli server deploy` instead (InputError here).
    void create(bool replace, const std::function<void(PanelStore &)> &fill,
                const std::function<void()> &beforeReplace = {}) const;

private:
    PanelLocation(Kind kind, QString text) : m_kind(kind), m_text(std::move(text)) {}
    Kind m_kind;
    QString m_text;
};

// PanelLocation::parse(location).open().
std::unique_ptr<PanelStore> openPanelStore(const QString &location);

} // namespace pd
