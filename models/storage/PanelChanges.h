#pragma once
// Changes to an open panel made elsewhere (another PC, another window, the CLI), as a store
// that can tell learns of them: today the server's store (server/PgStore, LISTEN/NOTIFY,
// docs/server.md "Live updates"); a SQLite file tells nothing (StoreSession::liveChanges()
// is nullptr there).
//
// A change is only its kind ("sheets", "round", "panel", "decision", "findings", "imports",
// "members": server/ServerNotify.h), never what changed in it. Kinds noted in one turn of
// the event loop are delivered together, once, on the next turn (`changed`): a burst of
// changes makes one refresh. No timer: flush() delivers what is pending at once (tests,
// and whoever must not wait for the next turn).
//
// Lives in the thread of its store (the connection's); needs that thread's event loop.

#include <QObject>
#include <QStringList>

namespace pd {

class PanelChanges : public QObject {
    Q_OBJECT
public:
    explicit PanelChanges(QObject *parent = nullptr);

    // A change of `kind` learnt of now: delivered on the next turn of the event loop, with
    // every other kind noted before then (each kind once, in the order first noted).
    void note(const QString &kind);
    // The kinds noted and not delivered yet.
    const QStringList &pending() const { return m_pending; }
    // Delivers the pending kinds now (nothing when none is pending).
    void flush();

Q_SIGNALS:
    // Something of these kinds changed elsewhere: read the store again.
    void changed(const QStringList &kinds);

private:
    QStringList m_pending;
    bool m_scheduled = false;
};

} // namespace pd
