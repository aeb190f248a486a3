#include "access/LifecycleAccess.h"

#include "access/CommandAccess.h"
#include "domain/Errors.h"

#include <QCoreApplication>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Decision)
};

} // namespace

void requireLifecycleActor(const Member *actor, const QString &actorId, LifecycleStep step)
{
    if (!actor)
        throw InputError(Tr::tr("cannot %1: unknown member \"%2\"").arg(describeStep(step), actorId));
    if (!canRunLifecycleStep(actor))
        throw InputError(Tr::tr("only the chair may %1 (%2 is %3)")
                             .arg(describeStep(step), actorId, toString(actor->role)));
}

} // namespace pd
