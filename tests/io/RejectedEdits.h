#pragma once
// The rows of io.panelfile's rejectsEdit: each applies one textual edit to full.json (the
// find text must occur exactly once) and names the message the reader or the validator
// gives, in document order: encoding and syntax (line:column), the file's keys and types,
// then the validator's rules by JSON path.

#include <QByteArray>

// `row(name, find, replace, expected)` adds one row.
template <typename Row>
void addRejectedEdits(const Row &row)
{
    // Encoding, syntax and lexical rules: line:column.
    row("syntax error", "\"version\": 1,", "\"version\": 1,,",
        "full.json:3:17: unterminated object");
    row("syntax error later line", "\"score\": 42}", "\"score\": 42",
        "full.json:145:4: unterminated object");
    row("invalid utf-8", "\"name\": \"수학\"", "\"name\": \"\xff\"",
        "full.json:35:41: invalid UTF-8");
    row("overlong utf-8", "\"name\": \"수학\"", "\"name\": \"\xc0\xaf\"", "invalid UTF-8");
    row("utf-8 surrogate", "\"name\": \"수학\"", "\"name\": \"\xed\xa0\x80\"", "invalid UTF-8");
    row("truncated utf-8", "\"name\": \"수학\"", "\"name\": \"\xec\x88\"", "invalid UTF-8");
    row("NaN", "\"score\": 81,", "\"score\": NaN,", "full.json:133:54: illegal number");
    row("1e309", "\"score\": 81,", "\"score\": 1e309,", "full.json:133:59: illegal number");
    row("-1e309", "\"score\": 81,", "\"score\": -1e309,", "illegal number");
    row("duplicate key", "\"cut\": {\"eliminate\": 1, \"min_total\": 50.5}",
        "\"cut\": {\"eliminate\": 1, \"eliminate\": 2, \"min_total\": 50.5}",
        "full.json:15:29: round.cut.eliminate: duplicate key (first at line 15, column 13)");
    row("duplicate top-level key", "\"version\": 1,", "\"version\": 1,\n  \"version\": 1,",
        "version: duplicate key");
    row("duplicate key by escape", "\"version\": 1,", "\"version\": 1,\n  \"v\\u0065rsion\": 1,",
        "version: duplicate key");
    row("raw control character", "\"name\": \"수학\"", "\"name\": \"수\t학\"",
        "categories[0].groups[0].benchmarks[0].name: control character");
    row("unpaired surrogate escape", "\"model\": \"EXAONE\"", "\"model\": \"\\ud800x\"",
        "teams[0].model: unpaired surrogate escape");
    row("lone low surrogate escape", "\"model\": \"EXAONE\"", "\"model\": \"\\udc00\"",
        "teams[0].model: unpaired surrogate escape");
    row("NUL escape", "\"model\": \"EXAONE\"", "\"model\": \"a\\u0000b\"",
        "teams[0].model: U+0000");
    row("nested too deep", "\"components\": []",
        "\"components\": " + QByteArray(70, '[') + QByteArray(70, ']'),
        "nested deeper than 64 levels");

    // Reader: keys and types.
    row("unknown top-level key", "\"version\": 1,", "\"version\": 1,\n  \"versoin\": 1,",
        "full.json: versoin: unknown key (expected one of: format, version, program, round, "
        "categories, teams, reviewers, benchmark_results, expert_scores, user_ratings, "
        "independence)");
    row("unknown group key", "\"normalization\": \"min_max\",", "\"normalisation\": \"min_max\",",
        "full.json: categories[0].groups[2].normalisation: unknown key (expected one of: id, "
        "name, points, normalization, achievement_cap, scale_max, benchmarks)");
    row("key of another kind", "\"aggregation\": {",
        "\"scale\": {\"min\": 1, \"max\": 5}, \"aggregation\": {",
        "categories[1].scale: unknown key");
    row("unknown component key", "\"evidence\": \"contract\"", "\"evidense\": \"contract\"",
        "independence[3].components[0].evidense: unknown key");
    row("string for number", "\"points\": 12.5,", "\"points\": \"12.5\",",
        "full.json: categories[0].groups[1].points: expected a number (found a string)");
    row("fraction for integer", "\"appeal_days\": 7,", "\"appeal_days\": 7.5,",
        "full.json: round.appeal_days: expected an integer (found 7.5)");
    row("huge integer", "\"appeal_days\": 7,", "\"appeal_days\": 1e10,",
        "round.appeal_days: expected an integer");
    row("number for string", "\"id\": \"R1\",", "\"id\": 1,",
        "full.json: round.id: expected a string (found 1)");
    row("string for boolean", "\"score\": 6, \"submitted\": false",
        "\"score\": 6, \"submitted\": \"no\"", "expert_scores[3].submitted: expected true or false");
    row("fractional rating", "\"item\": \"usability\", \"rating\": 7}",
        "\"item\": \"usability\", \"rating\": 6.5}", "user_ratings[0].rating: expected an integer");
    row("null is not absent", "\"score\": 42}", "\"score\": null}",
        "benchmark_results[11].score: expected a number (found null)");
    row("string for array", "\"teams\": [\"lg\"]", "\"teams\": \"lg\"",
        "categories[0].groups[3].benchmarks[0].teams: expected an array");
    row("number in string list", "[\"expert\", \"benchmark\", \"user\"]",
        "[\"expert\", 2, \"user\"]", "round.tie_break[1]: expected a string (found 2)");
    row("number for object", "\"cut\": {\"eliminate\": 1, \"min_total\": 50.5}", "\"cut\": 1",
        "round.cut: expected an object");
    row("missing required key", "\"name\": \"1차 평가\",\n", "",
        "full.json: round.name: required key is missing");
    row("missing kind", "\"kind\": \"benchmark\",", "", "categories[0].kind: required key");
    row("bad enum", "\"role\": \"chair\"", "\"role\": \"president\"",
        "reviewers[2].role: expected chair, expert, secretariat or observer (found \"president\")");
    row("bad verdict", "\"verdict\": \"pending\"", "\"verdict\": \"open\"",
        "independence[2].verdict: expected pass, fail or pending");
    row("bad weights", "\"weights\": \"reused_frozen\"", "\"weights\": \"frozen\"",
        "independence[1].components[0].weights: expected");
    row("wrong format", "\"format\": \"paneldesk-panel\"", "\"format\": \"paneldesk-standings\"",
        "full.json: format: expected \"paneldesk-panel\" (found \"paneldesk-standings\")");
    row("wrong version", "\"version\": 1,", "\"version\": 2,",
        "full.json: version: version 2 is not supported");
    row("impossible date", "\"2026-01-15\"", "\"2026-02-30\"",
        "round.evaluation_date: expected a date written YYYY-MM-DD");
    row("date not ISO", "\"2026-01-15\"", "\"15.01.2026\"", "round.evaluation_date: expected");

    // Validator: ids.
    row("bad id", "\"id\": \"s01\"", "\"id\": \"s/01\"",
        "full.json: reviewers[3].id: \"s/01\" is not a valid id");
    row("id too long", "\"id\": \"demo-day\"", "\"id\": \"" + QByteArray(65, 'a') + "\"",
        "categories[3].id: \"aaaa");
    row("empty id", "\"id\": \"s01\"", "\"id\": \"\"", "reviewers[3].id: \"\" is not a valid id");
    row("non-ASCII id", "\"id\": \"s01\"", "\"id\": \"간사\"", "reviewers[3].id:");
    row("duplicate reviewer id", "\"id\": \"s01\"", "\"id\": \"e01\"",
        "reviewers[3].id: duplicate id \"e01\" (first at reviewers[0].id)");
    row("duplicate team id",
        "{\"id\": \"naver\", \"name\": \"네이버클라우드\", \"model\": \"\", \"entered_round\": \"R1\"}",
        "{\"id\": \"naver\", \"name\": \"네이버클라우드\", \"model\": \"\", \"entered_round\": \"R1\"},"
        "{\"id\": \"lg\", \"name\": \"x\"}",
        "teams[4].id: duplicate id \"lg\" (first at teams[0].id)");
    row("duplicate group id", "\"id\": \"speed\",", "\"id\": \"nia\",",
        "categories[0].groups[2].id: duplicate id \"nia\" (first at categories[0].groups[0].id)");
    row("duplicate benchmark id", "{\"id\": \"latency\",", "{\"id\": \"mmlu\",",
        "categories[0].groups[2].benchmarks[0].id: duplicate id \"mmlu\" (first at "
        "categories[0].groups[1].benchmarks[0].id)");
    row("duplicate rubric item id", "{\"id\": \"impact\",", "{\"id\": \"tech\",",
        "categories[1].items[2].id: duplicate id \"tech\"");
    row("duplicate user item id across categories", "{\"id\": \"demo\",", "{\"id\": \"cost\",",
        "categories[3].items[0].id: duplicate id \"cost\" (first at categories[2].items[1].id)");
    row("duplicate category id", "\"id\": \"demo-day\"", "\"id\": \"user\"",
        "categories[3].id: duplicate id \"user\" (first at categories[2].id)");

    // Validator: categories.
    row("category points zero", "\"name\": \"시연 평가\",\n      \"points\": 5,",
        "\"name\": \"시연 평가\",\n      \"points\": 0,",
        "categories[3].points: must be greater than 0 (found 0)");
    row("group sum mismatch", "\"points\": 2.5,", "\"points\": 3.5,",
        "full.json: categories[0].groups: group points sum to 41, expected the category's 40");
    row("item sum mismatch", "\"points\": 15, \"step\": 1}", "\"points\": 14, \"step\": 1}",
        "full.json: categories[1].items: item points sum to 34, expected the category's 35");
    row("group points negative", "\"points\": 2.5,", "\"points\": -2.5,",
        "categories[0].groups[2].points: must be greater than 0");
    row("user normalization", "\"normalization\": \"absolute\",\n      \"items\"",
        "\"normalization\": \"min_max\",\n      \"items\"",
        "categories[3].normalization: expected absolute or best_ratio");
    row("trim below 1", "\"trim\": 1}", "\"trim\": 0}",
        "categories[1].aggregation.trim: must be at least 1");
    row("negative trim with mean", "{\"method\": \"trimmed_mean\", \"trim\": 1}",
        "{\"method\": \"median\", \"trim\": -1}",
        "categories[1].aggregation.trim: must not be negative (found -1)");
    row("scale min not below max", "{\"min\": 0, \"max\": 10}", "{\"min\": 10, \"max\": 10}",
        "categories[3].scale: min 10 must be below max 10");
    row("user category without items", "\n        {\"id\": \"demo\", \"name\": \"시연\", \"weight\": 1}",
        "", "categories[3].items: at least one item is required");
    row("user item weight", "\"weight\": 15}", "\"weight\": -15}",
        "categories[2].items[0].weight: must be greater than 0");
    row("step zero", "\"step\": 0.25}", "\"step\": 0}",
        "categories[1].items[2].step: must be greater than 0");
    // Validator and reader: score bands of a rubric item (extension "bands").
    const char *strategy = "{\"id\": \"strategy\", \"name\": \"개발 전략\", \"points\": 10, \"step\": 0.5}";
    const auto withBands = [](const char *bands) -> QByteArray {
        return QByteArray("{\"id\": \"strategy\", \"name\": \"개발 전략\", \"points\": 10, \"step\": 0.5, "
                          "\"bands\": ") + bands + "}";
    };
    row("band above the points", strategy, withBands("[{\"from\": 0, \"description\": \"a\"}, "
                                                     "{\"from\": 12, \"description\": \"b\"}]"),
        "full.json: categories[1].items[0].bands[1].from: 12 is above the item's 10 points");
    row("band negative", strategy, withBands("[{\"from\": -1, \"description\": \"a\"}]"),
        "categories[1].items[0].bands[0].from: must not be negative (found -1)");
    row("bands not ascending", strategy, withBands("[{\"from\": 5, \"description\": \"a\"}, "
                                                   "{\"from\": 5, \"description\": \"b\"}]"),
        "categories[1].items[0].bands[1].from: 5 must be above the previous band's 5 (bands ascending)");
    row("band without description", strategy, withBands("[{\"from\": 0, \"description\": \" \"}]"),
        "categories[1].items[0].bands[0].description: a description is required");
    row("band description missing", strategy, withBands("[{\"from\": 0}]"),
        "categories[1].items[0].bands[0].description: required key is missing");
    row("band from a string", strategy, withBands("[{\"from\": \"0\", \"description\": \"a\"}]"),
        "categories[1].items[0].bands[0].from: expected a number (found a string)");
    row("band unknown key", strategy, withBands("[{\"from\": 0, \"description\": \"a\", \"to\": 5}]"),
        "categories[1].items[0].bands[0].to: unknown key (expected one of: from, description)");
    row("bands not an array", strategy, withBands("{\"from\": 0}"),
        "categories[1].items[0].bands: expected an array");
    row("benchmark weight zero", "\"weight\": 0.5}", "\"weight\": 0}",
        "categories[0].groups[1].benchmarks[1].weight: must be greater than 0");
    row("achievement cap zero", "\"achievement_cap\": 1.2,", "\"achievement_cap\": 0,",
        "categories[0].groups[3].achievement_cap: must be greater than 0");
    row("scale_max negative", "\"scale_max\": 50,", "\"scale_max\": -50,",
        "categories[0].groups[4].scale_max: must be greater than 0");
    row("group without benchmarks",
        "\n            {\"id\": \"latency\", \"name\": \"Latency (ms)\", \"higher_is_better\": "
        "false, \"weight\": 1}",
        "", "categories[0].groups[2].benchmarks: at least one benchmark is required");
    row("benchmark for unknown team", "\"teams\": [\"upstage\"]", "\"teams\": [\"upstag\"]",
        "categories[0].groups[3].benchmarks[2].teams[0]: unknown team \"upstag\"");
    row("benchmark team twice", "\"teams\": [\"naver\", \"lg\"]", "\"teams\": [\"naver\", \"naver\"]",
        "categories[0].groups[3].benchmarks[3].teams[1]: team \"naver\" is listed twice "
        "(first at categories[0].groups[3].benchmarks[3].teams[0])");
    row("group without benchmark for a team", "\"teams\": [\"upstage\"]", "\"teams\": [\"lg\"]",
        "categories[0].groups[3].benchmarks: no benchmark of group \"individual\" applies to "
        "team \"upstage\"");

    // Validator: round.
    row("tie_break unknown category", "[\"expert\", \"benchmark\", \"user\"]",
        "[\"expert\", \"bench\", \"user\"]", "round.tie_break[1]: unknown category \"bench\"");
    row("tie_break duplicate", "[\"expert\", \"benchmark\", \"user\"]",
        "[\"expert\", \"benchmark\", \"expert\"]",
        "round.tie_break[2]: category \"expert\" is listed twice (first at round.tie_break[0])");
    row("tie resolution of one team", "{\"order\": [\"skt\", \"upstage\"]", "{\"order\": [\"skt\"]",
        "round.tie_resolutions[0].order: at least two teams are required");
    row("tie resolution unknown team", "{\"order\": [\"skt\", \"upstage\"]",
        "{\"order\": [\"skt\", \"kt\"]", "round.tie_resolutions[0].order[1]: unknown team \"kt\"");
    row("tie resolution team twice", "{\"order\": [\"skt\", \"upstage\"]",
        "{\"order\": [\"skt\", \"skt\"]", "round.tie_resolutions[0].order[1]: team \"skt\" is listed twice");
    row("tie resolution without rationale", "\"rationale\": \"위원회 합의 (회의록 3쪽)\"",
        "\"rationale\": \"  \"", "round.tie_resolutions[0].rationale: a written rationale");
    row("cut with both", "{\"eliminate\": 1, \"min_total\": 50.5}",
        "{\"eliminate\": 1, \"advance\": 3}",
        "full.json: round.cut: exactly one of \"eliminate\" or \"advance\" is required");
    row("cut with neither", "{\"eliminate\": 1, \"min_total\": 50.5}", "{\"min_total\": 50.5}",
        "round.cut: exactly one of");
    row("cut negative", "{\"eliminate\": 1,", "{\"eliminate\": -1,",
        "round.cut.eliminate: must not be negative (found -1)");
    row("cut larger than the field", "{\"eliminate\": 1,", "{\"eliminate\": 9,",
        "round.cut.eliminate: eliminates 9 of a field of 4 teams");
    row("advance larger than the field", "{\"eliminate\": 1,", "{\"advance\": 6,",
        "round.cut.advance: advances 6 of a field of 4 teams");
    row("appeal days negative", "\"appeal_days\": 7,", "\"appeal_days\": -1,",
        "round.appeal_days: must not be negative");
    row("display decimals 5", "\"display_decimals\": 2,", "\"display_decimals\": 5,",
        "round.display_decimals: must be between 0 and 4 (found 5)");
    row("conflict with unknown team", "\"conflicts\": [\"skt\"]", "\"conflicts\": [\"sk\"]",
        "reviewers[1].conflicts[0]: unknown team \"sk\"");
    row("entered_round empty", "\"entered_round\": \"R0\"", "\"entered_round\": \"\"",
        "teams[2].entered_round: \"\" is not a valid id");

    // Validator: benchmark results.
    row("result for unknown team", "{\"team\": \"lg\", \"benchmark\": \"abs_1\"",
        "{\"team\": \"lx\", \"benchmark\": \"abs_1\"",
        "benchmark_results[11].team: unknown team \"lx\"");
    row("result for unknown benchmark", "\"benchmark\": \"abs_1\"", "\"benchmark\": \"abs_2\"",
        "benchmark_results[11].benchmark: unknown benchmark \"abs_2\"");
    row("result for a benchmark of another team", "{\"team\": \"upstage\", \"benchmark\": \"up-ind-1\"",
        "{\"team\": \"skt\", \"benchmark\": \"up-ind-1\"",
        "benchmark_results[9].benchmark: benchmark \"up-ind-1\" does not apply to team \"skt\"");
    row("duplicate result", "{\"team\": \"skt\", \"benchmark\": \"mmlu\"",
        "{\"team\": \"lg\", \"benchmark\": \"mmlu\"",
        "full.json: benchmark_results[4]: duplicate result for team \"lg\" and benchmark "
        "\"mmlu\" (first at benchmark_results[3])");
    row("missing target", "\"score\": 81, \"target\": 88}", "\"score\": 81}",
        "benchmark_results[0].target: required because group \"nia\" uses target_ratio");
    row("target zero", "\"score\": 12, \"target\": 10}", "\"score\": 12, \"target\": 0}",
        "benchmark_results[9].target: must be greater than 0 (found 0)");

    // Validator: configured targets (issue 16; docs/panel-file.md).
    const char *niaMath = "{\"id\": \"nia-math\", \"name\": \"수학\", \"higher_is_better\": true, \"weight\": 1}";
    auto withTargets = [](const char *targets) -> QByteArray {
        return "{\"id\": \"nia-math\", \"name\": \"수학\", \"higher_is_better\": true, \"weight\": 1, "
               "\"targets\": " + QByteArray(targets) + "}";
    };
    row("target for unknown team", niaMath, withTargets("[{\"team\": \"kt\", \"target\": 88}]"),
        "full.json: categories[0].groups[0].benchmarks[0].targets[0].team: unknown team \"kt\"");
    row("target for a team the benchmark does not apply to",
        "\"teams\": [\"lg\"]}", "\"teams\": [\"lg\"], \"targets\": [{\"team\": \"skt\", \"target\": 60}]}",
        "categories[0].groups[3].benchmarks[0].targets[0].team: benchmark \"lg-ind-1\" does not "
        "apply to team \"skt\"");
    row("configured target zero", niaMath, withTargets("[{\"team\": \"lg\", \"target\": 0}]"),
        "categories[0].groups[0].benchmarks[0].targets[0].target: must be greater than 0 (found 0)");
    row("configured target negative", niaMath,
        withTargets("[{\"team\": \"lg\", \"target\": 88}, {\"team\": \"skt\", \"target\": -1}]"),
        "categories[0].groups[0].benchmarks[0].targets[1].target: must be greater than 0 (found -1)");
    row("team with two targets", niaMath,
        withTargets("[{\"team\": \"lg\", \"target\": 88}, {\"team\": \"skt\", \"target\": 90}, "
                    "{\"team\": \"lg\", \"target\": 89}]"),
        "categories[0].groups[0].benchmarks[0].targets[2].team: team \"lg\" is listed twice (first "
        "at categories[0].groups[0].benchmarks[0].targets[0])");
    row("targets outside target_ratio",
        "{\"id\": \"mmlu\", \"name\": \"MMLU\", \"higher_is_better\": true, \"weight\": 1}",
        "{\"id\": \"mmlu\", \"name\": \"MMLU\", \"higher_is_better\": true, \"weight\": 1, "
        "\"targets\": [{\"team\": \"lg\", \"target\": 90}]}",
        "categories[0].groups[1].benchmarks[0].targets: targets are allowed only in a group that "
        "uses target_ratio (group \"common\" uses best_ratio)");
    row("unknown key in a target", niaMath,
        withTargets("[{\"team\": \"lg\", \"target\": 88, \"note\": \"x\"}]"),
        "categories[0].groups[0].benchmarks[0].targets[0].note: unknown key (expected one of: team, "
        "target)");
    row("target without a value", niaMath, withTargets("[{\"team\": \"lg\"}]"),
        "categories[0].groups[0].benchmarks[0].targets[0].target: required key is missing");
    row("target as a string", niaMath, withTargets("[{\"team\": \"lg\", \"target\": \"88\"}]"),
        "categories[0].groups[0].benchmarks[0].targets[0].target: expected a number (found a string)");
    row("targets not a list", niaMath, withTargets("{\"lg\": 88}"),
        "categories[0].groups[0].benchmarks[0].targets: expected an array");

    // Validator: expert scores and sheets.
    row("score above item points", "\"item\": \"tech\", \"score\": 15,",
        "\"item\": \"tech\", \"score\": 16,",
        "full.json: expert_scores[6].score: 16 is above the item's 15 points (item \"tech\")");
    row("score below zero", "\"item\": \"strategy\", \"score\": 0,",
        "\"item\": \"strategy\", \"score\": -0.5,", "expert_scores[5].score: -0.5 is below 0");
    row("score off step", "\"score\": 7.75,", "\"score\": 7.7,",
        "full.json: expert_scores[2].score: 7.7 is not a multiple of the item's step 0.25 "
        "(item \"impact\")");
    row("score off integer step", "\"item\": \"tech\", \"score\": 13,",
        "\"item\": \"tech\", \"score\": 12.5,", "expert_scores[1].score: 12.5 is not a multiple");
    row("score from unknown reviewer", "{\"reviewer\": \"c01\", \"team\": \"upstage\", \"item\": \"tech\"",
        "{\"reviewer\": \"c02\", \"team\": \"upstage\", \"item\": \"tech\"",
        "expert_scores[8].reviewer: unknown reviewer \"c02\"");
    row("score for unknown team", "\"team\": \"skt\", \"item\": \"strategy\"",
        "\"team\": \"kt\", \"item\": \"strategy\"", "expert_scores[3].team: unknown team \"kt\"");
    row("score for a user item", "\"item\": \"impact\", \"score\": 9.25",
        "\"item\": \"usability\", \"score\": 9.25",
        "expert_scores[9].item: unknown item \"usability\" (expected an item of an expert category)");
    row("conflicted reviewer", "{\"reviewer\": \"e01\", \"team\": \"skt\"",
        "{\"reviewer\": \"e02\", \"team\": \"skt\"",
        "full.json: expert_scores[3].reviewer: reviewer \"e02\" has a declared conflict of "
        "interest with team \"skt\"");
    row("duplicate score", "\"item\": \"strategy\", \"score\": 0,", "\"item\": \"impact\", \"score\": 0,",
        "full.json: expert_scores[5]: duplicate score by reviewer \"e02\" for team \"lg\" and "
        "item \"impact\" (first at expert_scores[4])");
    row("incomplete submitted sheet",
        "\n    {\"reviewer\": \"c01\", \"team\": \"upstage\", \"item\": \"tech\", \"score\": 12, "
        "\"submitted\": true},",
        "", "full.json: expert_scores[7]: the submitted sheet of reviewer \"c01\" for team "
            "\"upstage\" has no score for item \"tech\"");
    row("mixed sheet", "\"score\": 13, \"submitted\": true}", "\"score\": 13, \"submitted\": false}",
        "full.json: expert_scores[1].submitted: the sheet of reviewer \"e01\" for team \"lg\" "
        "mixes submitted and draft scores (expert_scores[0] is submitted)");

    // Validator: user ratings.
    row("rating above scale", "\"item\": \"usability\", \"rating\": 7}",
        "\"item\": \"usability\", \"rating\": 8}",
        "full.json: user_ratings[0].rating: 8 is outside the scale 1..7");
    row("rating below scale", "\"item\": \"demo\", \"rating\": 0}", "\"item\": \"demo\", \"rating\": -1}",
        "user_ratings[4].rating: -1 is outside the scale 0..10");
    row("rating for an expert item", "\"item\": \"cost\", \"rating\": 5}",
        "\"item\": \"strategy\", \"rating\": 5}",
        "user_ratings[1].item: unknown item \"strategy\" (expected an item of a user category)");
    row("rating for unknown team", "\"team\": \"naver\", \"item\": \"demo\"",
        "\"team\": \"kakao\", \"item\": \"demo\"", "user_ratings[5].team: unknown team \"kakao\"");
    row("duplicate rating", "{\"evaluator\": \"u002\", \"team\": \"lg\"",
        "{\"evaluator\": \"u001\", \"team\": \"lg\"",
        "full.json: user_ratings[2]: duplicate rating by evaluator \"u001\" for team \"lg\" and "
        "item \"usability\" (first at user_ratings[0])");
    row("bad evaluator id", "\"u003\"", "\"u 003\"", "user_ratings[5].evaluator: \"u 003\" is not a valid id");

    // Validator: independence.
    row("independence for unknown team", "\"team\": \"upstage\",\n      \"verdict\"",
        "\"team\": \"upstag\",\n      \"verdict\"", "independence[3].team: unknown team \"upstag\"");
    row("independence twice for a team", "\"team\": \"upstage\",\n      \"verdict\"",
        "\"team\": \"lg\",\n      \"verdict\"",
        "independence[3].team: a second entry for team \"lg\" (first at independence[0])");
    row("fail without rationale", "\"rationale\": \"외부 비전 인코더 가중치 재사용\"",
        "\"rationale\": \"\"", "independence[1].rationale: a written rationale is required");
    row("pass without rationale", "\"rationale\": \"ok\"", "\"rationale\": \" \"",
        "independence[3].rationale: a written rationale is required for a \"pass\" verdict");
    row("unnamed component", "\"component\": \"backbone\"", "\"component\": \"\"",
        "independence[0].components[0].component: the component must be named");
}
