#include "domain/Enums.h"

#include <QCoreApplication>

#include <QStringList>
#include <array>
#include <utility>

namespace pd {
namespace {

template <typename E, std::size_t N>
using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<CategoryKind, 3> kCategoryKinds{{
    {CategoryKind::Benchmark, "benchmark"}, {CategoryKind::Expert, "expert"},
    {CategoryKind::User, "user"}}};
constexpr Table<Normalization, 4> kNormalizations{{
    {Normalization::TargetRatio, "target_ratio"}, {Normalization::BestRatio, "best_ratio"},
    {Normalization::MinMax, "min_max"}, {Normalization::Absolute, "absolute"}}};
constexpr Table<Aggregation, 3> kAggregations{{
    {Aggregation::Mean, "mean"}, {Aggregation::Median, "median"},
    {Aggregation::TrimmedMean, "trimmed_mean"}}};
constexpr Table<Role, 4> kRoles{{
    {Role::Chair, "chair"}, {Role::Expert, "expert"}, {Role::Secretariat, "secretariat"},
    {Role::Observer, "observer"}}};
constexpr Table<Verdict, 3> kVerdicts{{
    {Verdict::Pass, "pass"}, {Verdict::Fail, "fail"}, {Verdict::Pending, "pending"}}};
constexpr Table<Origin, 3> kOrigins{{
    {Origin::InHouse, "in_house"}, {Origin::OpenSource, "open_source"},
    {Origin::ThirdParty, "third_party"}}};
constexpr Table<License, 4> kLicenses{{
    {License::Own, "own"}, {License::Permissive, "permissive"},
    {License::Restricted, "restricted"}, {License::Proprietary, "proprietary"}}};
constexpr Table<Weights, 4> kWeights{{
    {Weights::Initialized, "initialized"}, {Weights::Reused, "reused"},
    {Weights::ReusedFrozen, "reused_frozen"}, {Weights::NotApplicable, "not_applicable"}}};
constexpr Table<ExternalControl, 3> kControls{{
    {ExternalControl::None, "none"}, {ExternalControl::Possible, "possible"},
    {ExternalControl::Present, "present"}}};
constexpr Table<Outcome, 5> kOutcomes{{
    {Outcome::Advance, "advance"}, {Outcome::EliminatedScore, "eliminated_score"},
    {Outcome::Disqualified, "disqualified"}, {Outcome::Pending, "pending"},
    {Outcome::TieAtCut, "tie_at_cut"}}};

template <typename E, std::size_t N> QString spell(const Table<E, N> &table, E value)
{
    for (const auto &[v, text] : table)
        if (v == value)
            return QString::fromLatin1(text);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> parse(const Table<E, N> &table, const QString &text)
{
    for (const auto &[v, spelling] : table)
        if (text == QLatin1String(spelling))
            return v;
    return std::nullopt;
}

template <typename E, std::size_t N> QString joined(const Table<E, N> &table)
{
    QStringList parts;
    for (const auto &entry : table)
        parts << QString::fromLatin1(entry.second);
    const QString last = parts.takeLast();
    //: the allowed values of a field, e.g. "benchmark, expert or user"
    return QCoreApplication::translate("Enums", "%1 or %2").arg(parts.join(QStringLiteral(", ")), last);
}

} // namespace

#define PD_ENUM_FUNCTIONS(Type, table)                                                    \
    QString toString(Type v) { return spell(table, v); }                                  \
    template <> std::optional<Type> parseEnum<Type>(const QString &text)                  \
    {                                                                                     \
        return parse(table, text);                                                        \
    }                                                                                     \
    template <> QString allowedValues<Type>() { return joined(table); }

PD_ENUM_FUNCTIONS(CategoryKind, kCategoryKinds)
PD_ENUM_FUNCTIONS(Normalization, kNormalizations)
PD_ENUM_FUNCTIONS(Aggregation, kAggregations)
PD_ENUM_FUNCTIONS(Role, kRoles)
PD_ENUM_FUNCTIONS(Verdict, kVerdicts)
PD_ENUM_FUNCTIONS(Origin, kOrigins)
PD_ENUM_FUNCTIONS(License, kLicenses)
PD_ENUM_FUNCTIONS(Weights, kWeights)
PD_ENUM_FUNCTIONS(ExternalControl, kControls)
PD_ENUM_FUNCTIONS(Outcome, kOutcomes)

#undef PD_ENUM_FUNCTIONS

} // namespace pd
