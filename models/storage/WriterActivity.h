#pragma once
// The notice a long write leaves beside an SQLite panel (PATH-writer, mode 0600) so that
// another PanelDesk waiting to write can say what it waits for: "import of ratings.csv,
// process 4242". Written when the work starts, removed when it ends; a notice whose process
// is gone (same host) is ignored, so one left by a crash does no harm. It is advice only:
// the write lock itself is SQLite's.

#include "storage/WriteWait.h"

#include <QString>

namespace pd {

class WriterActivity final : public WriteNotice {
public:
    // Never fails: a folder that cannot take the notice only means waiters see less.
    WriterActivity(const QString &dbPath, const QString &what);
    ~WriterActivity() override;

    WriterActivity(const WriterActivity &) = delete;
    WriterActivity &operator=(const WriterActivity &) = delete;

private:
    QString m_file;
    bool m_written = false;
};

// PATH-writer.
QString writerActivityFile(const QString &dbPath);

// What the live notice beside `dbPath` says ("import of ratings.csv, process 4242", with
// the host when it is another computer); "" when there is none or its process is gone.
QString announcedWriter(const QString &dbPath);

} // namespace pd
