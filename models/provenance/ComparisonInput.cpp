#include "provenance/ComparisonInput.h"

namespace pd::provenance {

std::vector<MlpNames> defaultMlpNames()
{
    return {
        {QStringLiteral("mlp.up_proj"), QStringLiteral("mlp.gate_proj"), QStringLiteral("mlp.down_proj")},
        {QStringLiteral("mlp.fc1"), QString(), QStringLiteral("mlp.fc2")},
        {QStringLiteral("mlp.linear_fc1"), QString(), QStringLiteral("mlp.linear_fc2")},
        {QStringLiteral("ffn_up"), QStringLiteral("ffn_gate"), QStringLiteral("ffn_down")},
    };
}

} // namespace pd::provenance
