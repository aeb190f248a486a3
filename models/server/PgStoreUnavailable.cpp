// What PgStore (PgStore.h) does not keep on a server: sign-in failures (the server refuses
// wrong passwords itself).
#include "server/PgStore.h"

namespace pd::server {

void PgStore::recordSignInFailure(const QString &, qint64) {}   // nothing tracked: the server refuses
void PgStore::clearSignInFailures(const QString &) {}           // wrong passwords itself

} // namespace pd::server
