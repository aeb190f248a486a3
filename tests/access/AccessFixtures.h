#pragma once
// The panel of the access tests (header only; not a test itself): three teams, three
// experts, a chair, a secretariat and an observer, with drafts, submitted sheets and
// conflicts in every combination the visibility rules distinguish.
//
//   sheet of   x                 y               z
//   a (exp.)   draft (item a)    submitted       conflict
//   b (exp.)   draft             submitted       submitted
//   c (exp.)   submitted         -               draft
//   h (chair)  -                 draft (a)       -
//   s (secr.)  conflict with x; holds no sheet
//   o (obs.)   holds no sheet

#include "../scoring/ScoringTestHelpers.h"

#include "domain/Panel.h"

namespace pd::test {

inline QString id(const char *text) { return QString::fromLatin1(text); }

inline Panel accessPanel()
{
    using namespace pdtest;
    Panel p = panelWithTeams({id("x"), id("y"), id("z")});
    p.categories = {expertCategory(id("expert"), 20, {rubricItem(id("a"), 10), rubricItem(id("b"), 10)}),
                    userCategory(id("user"), 10, {userItem(id("u"))})};
    addReviewer(p, id("a"), {id("z")});
    addReviewer(p, id("b"));
    addReviewer(p, id("c"));
    p.reviewers.push_back({id("h"), id("Chair"), Role::Chair, {}});
    p.reviewers.push_back({id("s"), id("Secretariat"), Role::Secretariat, {id("x")}});
    p.reviewers.push_back({id("o"), id("Observer"), Role::Observer, {}});

    addSheet(p, id("a"), id("x"), {{id("a"), 5}}, false);
    addSheet(p, id("a"), id("y"), {{id("a"), 6}, {id("b"), 7}}, true);
    addSheet(p, id("b"), id("x"), {{id("a"), 4}, {id("b"), 4}}, false);
    addSheet(p, id("b"), id("y"), {{id("a"), 8}, {id("b"), 8}}, true);
    addSheet(p, id("b"), id("z"), {{id("a"), 9}, {id("b"), 9}}, true);
    addSheet(p, id("c"), id("x"), {{id("a"), 7}, {id("b"), 7}}, true);
    addSheet(p, id("c"), id("z"), {{id("a"), 1}}, false);
    addSheet(p, id("h"), id("y"), {{id("a"), 2}}, false);

    addRatings(p, id("x"), id("u"), {5, 4});
    addRatings(p, id("y"), id("u"), {3, 3});
    addRatings(p, id("z"), id("u"), {2, 5});
    return p;
}

// Submits every row of `reviewer` for `team` (the sheet must already be complete).
inline void submit(Panel &p, const QString &reviewer, const QString &team)
{
    for (ExpertScore &s : p.expertScores)
        if (s.reviewer == reviewer && s.team == team)
            s.submitted = true;
}

} // namespace pd::test
