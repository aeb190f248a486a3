// What PgStore (PgStore.h) does not do yet: each step throws StoreError naming it
// (docs/server.md, "Not built yet"), and changes nothing.
#include "server/PgStore.h"

#include "domain/Errors.h"

#include <QCoreApplication>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgStore)
};

[[noreturn]] void notYet(const char *step)
{
    throw StoreError(Tr::tr("%1 is not available for a panel on a server yet (docs/server.md)")
                         .arg(QLatin1String(step)));
}

} // namespace

void PgStore::recordSignInFailure(const QString &, qint64) {}   // nothing tracked: the server refuses
void PgStore::clearSignInFailures(const QString &) {}           // wrong passwords itself

SheetImportOutcome PgStore::importSheets(const SheetsFile &, const QString &, const Actor &,
                                         const QString &, ImportIssues &) { notYet("import-sheets"); }

} // namespace pd::server
