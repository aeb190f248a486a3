#include "provenance/Inventory.h"

namespace pd::provenance {
namespace {

void count(InventoryCount &c, const Tensor &t)
{
    ++c.tensors;
    c.parameters += t.elements;
    c.bytes += t.bytes;
    c.parametersByType[t.typeName] += t.elements;
}

} // namespace

QString prefixOf(const QString &tensorName)
{
    const qsizetype first = tensorName.indexOf(QLatin1Char('.'));
    if (first < 0)
        return tensorName;
    const qsizetype second = tensorName.indexOf(QLatin1Char('.'), first + 1);
    return second < 0 ? tensorName.left(first + 1) : tensorName.left(second + 1);
}

Inventory inventoryOf(const Checkpoint &checkpoint)
{
    Inventory inventory;
    for (const Tensor &t : checkpoint.tensors) {
        count(inventory.total, t);
        count(inventory.byPrefix[prefixOf(t.name)], t);
    }
    return inventory;
}

} // namespace pd::provenance
