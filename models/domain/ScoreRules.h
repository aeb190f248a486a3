#pragma once
// The rules a rubric score obeys (panel-file.md, R2), in one place: the panel file's
// validation (domain/PanelValidator), the sheet editor (itemmodels/SheetTableModel), the
// score writer of the store and the offline sheets all ask these. The schema's triggers
// (storage/SchemaCoreTables.cpp) keep a looser copy of the step rule (1e-6 of a step) as a
// backstop against writes that bypass the program; they never refuse what these accept.

namespace pd {

// Relative tolerance of "a multiple of the step": binary fractions (0.3 / 0.1) pass.
inline constexpr double kScoreStepTolerance = 1e-9;

// `score` is a finite number from 0 to `points`, both included.
bool scoreInRange(double score, double points);

// `score` is a whole multiple of `step` within kScoreStepTolerance of the quotient (at least
// 1e-9 absolute). A step that is not a positive finite number has no multiples: false.
bool onItemStep(double score, double step);

} // namespace pd
