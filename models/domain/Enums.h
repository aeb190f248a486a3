#pragma once
// The closed vocabularies of the scoring rules (R1-R7) and their canonical spellings, as
// used in panel files, the database and the standings JSON.

#include <QString>
#include <optional>

namespace pd {

enum class CategoryKind { Benchmark, Expert, User };
enum class Normalization { TargetRatio, BestRatio, MinMax, Absolute };
enum class Aggregation { Mean, Median, TrimmedMean };
enum class Role { Chair, Expert, Secretariat, Observer };
enum class Verdict { Pending, Pass, Fail };
enum class Origin { InHouse, OpenSource, ThirdParty };
enum class License { Own, Permissive, Restricted, Proprietary };
enum class Weights { Initialized, Reused, ReusedFrozen, NotApplicable };
enum class ExternalControl { None, Possible, Present };
enum class Outcome { Advance, EliminatedScore, Disqualified, Pending, TieAtCut };

// Canonical spelling of each value ("target_ratio", "reused_frozen", ...).
QString toString(CategoryKind v);
QString toString(Normalization v);
QString toString(Aggregation v);
QString toString(Role v);
QString toString(Verdict v);
QString toString(Origin v);
QString toString(License v);
QString toString(Weights v);
QString toString(ExternalControl v);
QString toString(Outcome v);

// Parsing: std::nullopt for anything that is not exactly a canonical spelling.
template <typename E> std::optional<E> parseEnum(const QString &text);

template <> std::optional<CategoryKind> parseEnum<CategoryKind>(const QString &text);
template <> std::optional<Normalization> parseEnum<Normalization>(const QString &text);
template <> std::optional<Aggregation> parseEnum<Aggregation>(const QString &text);
template <> std::optional<Role> parseEnum<Role>(const QString &text);
template <> std::optional<Verdict> parseEnum<Verdict>(const QString &text);
template <> std::optional<Origin> parseEnum<Origin>(const QString &text);
template <> std::optional<License> parseEnum<License>(const QString &text);
template <> std::optional<Weights> parseEnum<Weights>(const QString &text);
template <> std::optional<ExternalControl> parseEnum<ExternalControl>(const QString &text);
template <> std::optional<Outcome> parseEnum<Outcome>(const QString &text);

// The accepted spellings joined for error messages, e.g. "pass, fail or pending".
template <typename E> QString allowedValues();
template <> QString allowedValues<CategoryKind>();
template <> QString allowedValues<Normalization>();
template <> QString allowedValues<Aggregation>();
template <> QString allowedValues<Role>();
template <> QString allowedValues<Verdict>();
template <> QString allowedValues<Origin>();
template <> QString allowedValues<License>();
template <> QString allowedValues<Weights>();
template <> QString allowedValues<ExternalControl>();
template <> QString allowedValues<Outcome>();

} // namespace pd
