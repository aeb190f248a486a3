#include "RoleText.h"

#include <QCoreApplication>

namespace pd {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RoleText)
};
} // namespace

QString roleText(Role role)
{
    switch (role) {
    case Role::Chair:
        return Tr::tr("chair");
    case Role::Expert:
        return Tr::tr("expert");
    case Role::Secretariat:
        return Tr::tr("secretariat");
    case Role::Observer:
        return Tr::tr("observer");
    }
    return {};
}

} // namespace pd
