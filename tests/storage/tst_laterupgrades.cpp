// The schema upgrade ladder, steps 7 and on, each on its own: a file made at the step's
// previous version with data, upgraded, and what the step adds checked (the earlier steps,
// the ladder as a whole and the upgrade on open: tst_upgrade.cpp).
#include "UpgradeTestSupport.h"

#include <QtTest>

using namespace pd;
using namespace pd::test;

class TestLaterUpgrades : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("u%1.db").arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A version-6 file with audit entries: step 7 hashes them into the chain (unsigned, "before
    // schema 7"), keeps every field, and the chain verifies; a later change to one of them is
    // named; members keep their passphrases and get keys at their next sign-in.
    void step7ChainsTheAuditLog()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 6, &panel);
        QVERIFY(SqliteStore::open(path)->auditLog().size() == 1);   // the upgrade's own entry
        // Build the version-6 history by hand: three entries written by a version-6 PanelDesk.
        const QString old = newPath();
        makeFileAtVersion(old, 6, &panel);
        {
            RawDb raw(old);
            for (int i = 1; i <= 3; ++i)
                raw.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, new_value, reason) "
                                        "VALUES ('2026-01-0%1T09:00:00.000Z', 'e01', 'expert-score', "
                                        "'expert_scores/R1/e01/lg/strategy', '{\"score\":%1}', '')").arg(i));
        }
        std::vector<AuditEntry> before;
        {
            RawDb raw(old);
            before = readAuditLog(raw.db());
            QCOMPARE(before.size(), size_t(3));
            QVERIFY(before[0].hash.isEmpty());
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 6, 7);
            transaction.commit();
            QCOMPARE(schema::userVersion(raw.db()), 7);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                              "'audit_log_no_update'")).toInt(), 1);
            QVERIFY(raw.tryExec(QStringLiteral("UPDATE audit_log SET reason = 'x'")).contains(QLatin1String("append-only")));
        }
        auto store = SqliteStore::open(old);   // and on to the current version, with its entry
        const std::vector<AuditEntry> after = store->auditLog();
        QCOMPARE(after.size(), size_t(4));
        QCOMPARE(after[3].action, QStringLiteral("upgrade-schema"));
        for (size_t i = 0; i < 3; ++i) {
            QCOMPARE(after[i].newValue, before[i].newValue);
            QCOMPARE(after[i].at, before[i].at);
            QCOMPARE(after[i].hash.size(), 32);
            QCOMPARE(after[i].prevHash, i == 0 ? QByteArray() : after[i - 1].hash);
            QVERIFY(after[i].signature.isEmpty());
        }
        const chain::ChainReport report = chain::verifyChain(after);
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.unsignedBeforeChain, qint64(3));
        QCOMPARE(firstDifference(store->loadPanel(), panel), QString());
        store.reset();
        {
            RawDb raw(old);
            raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
            raw.exec(QStringLiteral("UPDATE audit_log SET new_value = '{\"score\":9}' WHERE id = 2"));
        }
        const chain::ChainReport tampered = chain::verifyChain(SqliteStore::open(old)->auditLog());
        QCOMPARE(tampered.firstBad, qint64(2));
    }

    void step8AddsSignInThrottle()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 7, &panel);
        RawDb raw(path);
        QVERIFY(!tableExists(raw, "sign_in_failures"));
        const QVariant before = raw.value(QStringLiteral(
            "SELECT group_concat(reviewer_id || team_id || item_id || score, ' ') FROM "
            "(SELECT * FROM expert_scores ORDER BY 1, 2, 3, 4)"));
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 7, 8);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 8);
        QVERIFY(tableExists(raw, "sign_in_failures"));
        QCOMPARE(raw.value(QStringLiteral(
                     "SELECT group_concat(reviewer_id || team_id || item_id || score, ' ') FROM "
                     "(SELECT * FROM expert_scores ORDER BY 1, 2, 3, 4)")),
                 before);
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sign_in_failures")).toInt(), 0);
        // one row per known member, a positive integer count and an integer time
        const QString member = panel.reviewers.front().id;
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO sign_in_failures VALUES ('%1', 2, 1000)")
                                .arg(member)).isEmpty());
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO sign_in_failures VALUES ('%1', 3, 1000)")
                                .arg(member)).contains(QLatin1String("UNIQUE")));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO sign_in_failures VALUES ('nobody', 1, 1)"))
                    .contains(QLatin1String("FOREIGN KEY")));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE sign_in_failures SET failures = 0"))
                    .contains(QLatin1String("failures_positive")));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE sign_in_failures SET last_failure_ms = 'x'"))
                    .contains(QLatin1String("last_failure_integer")));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void step9AddsSealedDrafts()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 8, &panel);
        RawDb raw(path);
        QVERIFY(!tableExists(raw, "sealed_drafts"));
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 8, 9);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 9);
        QVERIFY(tableExists(raw, "sealed_drafts"));
        // nothing moves at the upgrade: drafts are sealed at their reviewer's sign-in
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sealed_drafts")).toInt(), 0);
        const QString draft = raw.value(QStringLiteral(
            "SELECT quote(round_id) || ', ' || quote(reviewer_id) || ', ' || quote(team_id) "
            "FROM sheets WHERE state = 'draft' LIMIT 1")).toString();
        const QString submitted = raw.value(QStringLiteral(
            "SELECT quote(round_id) || ', ' || quote(reviewer_id) || ', ' || quote(team_id) "
            "FROM sheets WHERE state = 'submitted' LIMIT 1")).toString();
        QVERIFY(!draft.isEmpty() && !submitted.isEmpty());
        const auto insert = [&](const QString &sheet, const char *blob) {
            return raw.tryExec(QStringLiteral("INSERT INTO sealed_drafts VALUES (%1, %2)")
                                   .arg(sheet, QLatin1String(blob)));
        };
        QVERIFY(insert(draft, "X'00'").contains(QLatin1String("sealed_draft_marked")));
        QVERIFY(insert(draft, "'PDD1 as text'").contains(QLatin1String("sealed_draft_marked")));
        QVERIFY(insert(submitted, "X'5044443100'").contains(QLatin1String("holds no sealed draft")));
        QVERIFY(insert(QStringLiteral("'R1', 'nobody', 'lg'"), "X'5044443100'")
                    .contains(QLatin1String("FOREIGN KEY")));
        QVERIFY(insert(draft, "X'5044443100'").isEmpty());
        QVERIFY(raw.tryExec(QStringLiteral(
                    "UPDATE sheets SET state = 'submitted' WHERE EXISTS (SELECT 1 FROM "
                    "sealed_drafts d WHERE d.round_id = sheets.round_id AND "
                    "d.reviewer_id = sheets.reviewer_id AND d.team_id = sheets.team_id)"))
                    .contains(QLatin1String("opened before")));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void step10AddsRatingTalliesFromTheStoredRatings()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        QVERIFY(panel.userRatings.size() > 2);
        makeFileAtVersion(path, 9, &panel);
        RawDb raw(path);
        QVERIFY(!tableExists(raw, "rating_tallies"));
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 9, 10);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 10);
        QVERIFY(tableExists(raw, "rating_tallies"));
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
        // filled from the ratings: exactly their counts and sums per (round, team, item)
        const auto lines = [&](const QString &sql) {
            QSqlQuery q(raw.db());
            q.exec(sql);
            QStringList out;
            while (q.next())
                out << QStringLiteral("%1/%2/%3 %4 %5").arg(q.value(0).toString(), q.value(1).toString(),
                                                            q.value(2).toString(), q.value(3).toString(),
                                                            q.value(4).toString());
            return out;
        };
        const QStringList tallies = lines(QStringLiteral(
            "SELECT round_id, team_id, item_id, ratings, rating_sum FROM rating_tallies ORDER BY 1, 2, 3"));
        QVERIFY(!tallies.isEmpty());
        QCOMPARE(tallies, lines(QStringLiteral("SELECT round_id, team_id, item_id, count(*), sum(rating) "
                                               "FROM user_ratings GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")));
        const QString key = raw.value(QStringLiteral(
            "SELECT quote(round_id) || ', ' || quote(team_id) || ', ' || quote(item_id) "
            "FROM rating_tallies LIMIT 1")).toString();
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO rating_tallies VALUES (%1, 1, 1)").arg(key))
                    .contains(QLatin1String("UNIQUE")));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO rating_tallies VALUES ('R1', 'nobody', "
                                           "'usability', 1, 1)")).contains(QLatin1String("FOREIGN KEY")));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE rating_tallies SET ratings = 0"))
                    .contains(QLatin1String("tally_count_positive")));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE rating_tallies SET rating_sum = 1.5"))
                    .contains(QLatin1String("tally_sum_integer")));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void step11AddsSheetVersions()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 10, &panel);
        RawDb raw(path);
        QVERIFY(raw.tryExec(QStringLiteral("SELECT version FROM sheets")).contains(u"no such column"));
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 10, 11);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 11);
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
        const int sheets = raw.value(QStringLiteral("SELECT count(*) FROM sheets")).toInt();
        QVERIFY(sheets > 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sheets WHERE version = 1")).toInt(), sheets);
        for (const char *bad : {"0", "-3", "'x'", "1.5", "NULL"})
            QVERIFY2(!raw.tryExec(QStringLiteral("UPDATE sheets SET version = %1").arg(QLatin1String(bad)))
                          .isEmpty(),
                     bad);
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE sheets SET version = 42")).isEmpty());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // A version decided before step 12 holds its whole inputs: it keeps them (rating_rows
    // NULL) and reads back as it is; a new one may say how many of the round's ratings are
    // its rating rows.
    void step12AddsDecisionRatingRows()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        QVERIFY(!panel.userRatings.empty());
        makeFileAtVersion(path, 11, &panel);
        const QByteArray whole = canonicalInputs(panel);
        const QString fingerprint = sha256Hex(whole);
        {
            RawDb raw(path);
            QVERIFY(raw.tryExec(QStringLiteral("SELECT rating_rows FROM decisions")).contains(u"no such column"));
            QSqlQuery insert(raw.db());
            insert.prepare(QStringLiteral(
                "INSERT INTO decisions (round_id, version, decided_on, decided_by, recorded_at, fingerprint, "
                "inputs, standings) VALUES (?, 1, '2026-01-14', (SELECT id FROM members ORDER BY id LIMIT 1), "
                "'2026-01-14T09:00:00.000Z', ?, ?, ?)"));
            insert.addBindValue(panel.round.id);
            insert.addBindValue(fingerprint);
            insert.addBindValue(whole);
            insert.addBindValue(standingsJson(computeStandings(panel)));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 11, 12);
            transaction.commit();
            QCOMPARE(schema::userVersion(raw.db()), 12);
            QVERIFY(raw.value(QStringLiteral("SELECT rating_rows FROM decisions")).isNull());
            QVERIFY(!raw.tryExec(QStringLiteral("UPDATE decisions SET rating_rows = 3")).isEmpty());   // append-only
            for (const char *bad : {"-1", "'x'", "1.5"})
                QVERIFY2(!raw.tryExec(QStringLiteral(
                             "INSERT INTO decisions SELECT round_id, 2, decided_on, decided_by, recorded_at, "
                             "fingerprint, inputs, standings, %1 FROM decisions").arg(QLatin1String(bad))).isEmpty(),
                         bad);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
        const auto store = SqliteStore::open(path);
        const RoundStatus status = store->loadRoundStatus();
        QCOMPARE(status.versions.size(), size_t(1));
        const DecisionVersion &v = status.versions.front();
        QVERIFY(!v.ratingRows.has_value());
        QCOMPARE(v.inputs, whole);
        QCOMPARE(versionInputs(*store, v).fingerprint, fingerprint);
        const TalliedPanel read = versionPanel(v, {});
        QCOMPARE(standingsJson(computeStandings(read.panel, read.tallies)), v.standings);
    }

    // A version-13 file keeps every row through step 14 (its rubric has no bands); bands can
    // then be stored, with the table's rules, and an open upgrades a version-13 file too.
    void step14AddsRubricBands()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 13, &panel);
        {
            RawDb raw(path);
            QVERIFY(!tableExists(raw, "rubric_bands"));
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 13, 14);
            transaction.commit();
            QCOMPARE(schema::userVersion(raw.db()), 14);
            QVERIFY(tableExists(raw, "rubric_bands"));
            QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM rubric_bands")).toInt(), 0);

            const Panel banded = withRubricBands(panel);
            {
                WriteTransaction write(raw.db());
                schema::upgrade(raw.db(), 14, 15);   // today's writer needs step 15's table too
                writePanel(raw.db(), banded);
                write.commit();
            }
            QCOMPARE(firstDifference(readPanel(raw.db()), banded), QString());
            QVERIFY(readPanel(raw.db()) == banded);
            const QString item = banded.categories[1].rubric[0].id;
            const QString insert = QStringLiteral(
                "INSERT INTO rubric_bands (round_id, item_id, seq, from_score, description) "
                "VALUES ('%1', '%2', %3)").arg(banded.round.id, item);
            QVERIFY(raw.tryExec(insert.arg(QStringLiteral("9, -1, 'x'"))).contains(u"rubric_band_from_not_negative"));
            QVERIFY(raw.tryExec(insert.arg(QStringLiteral("9, 1, ' '"))).contains(u"rubric_band_needs_description"));
            QVERIFY(raw.tryExec(insert.arg(QString::fromUtf8("9, 1, '\u3000'"))).contains(u"rubric_band_needs_description"));
            QVERIFY(raw.tryExec(insert.arg(QStringLiteral("-1, 1, 'x'"))).contains(u"rubric_band_seq_not_negative"));
            QVERIFY(raw.tryExec(insert.arg(QStringLiteral("0, 1, 'x'"))).contains(u"UNIQUE"));   // seq taken
            QVERIFY(raw.tryExec(insert.arg(QStringLiteral("9, 0, 'x'"))).contains(u"UNIQUE"));   // from taken
            QVERIFY(raw.tryExec(QStringLiteral(
                        "INSERT INTO rubric_bands VALUES ('%1', 'no-such-item', 0, 0, 'x')").arg(banded.round.id))
                        .contains(u"FOREIGN KEY"));
            // The key to rubric_items cascades nothing: an item with bands is not deleted under them.
            QVERIFY(raw.tryExec(QStringLiteral("DELETE FROM rubric_items WHERE id = '%1'").arg(item))
                        .contains(u"FOREIGN KEY"));
            const int items = raw.value(QStringLiteral("SELECT count(*) FROM rubric_items")).toInt();
            QVERIFY(raw.tryExec(QStringLiteral("DELETE FROM rubric_bands")).isEmpty());
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM rubric_items")).toInt(), items);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
        // The open's upgrade: a version-13 file opens at 14 with its data.
        const QString opened = newPath();
        makeFileAtVersion(opened, 13, &panel);
        {
            auto store = SqliteStore::open(opened);
            QCOMPARE(firstDifference(store->loadPanel(), panel), QString());
            const Panel banded = withRubricBands(panel);
            store->replacePanel(banded, QStringLiteral("cli"));
            QVERIFY(store->loadPanel() == banded);
        }
        RawDb raw(opened);
        QCOMPARE(schema::userVersion(raw.db()), schema::kCurrentVersion);
    }

    // Step 15 (issue 16): benchmark_targets, empty after the upgrade; the results' target
    // triggers then accept a target_ratio result without a target when its team's target is
    // configured, and only then.
    void step15AddsBenchmarkTargets()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 14, &panel);
        RawDb raw(path);
        QVERIFY(!tableExists(raw, "benchmark_targets"));
        const QString withoutTarget = QStringLiteral(
            "INSERT INTO benchmark_results (round_id, team_id, benchmark_id, seq, score, target) "
            "VALUES ('R1', '%1', 'nia-math', %2, 70.0, NULL)");
        QVERIFY(raw.tryExec(withoutTarget.arg(QLatin1String("upstage")).arg(100))
                    .contains(u"needs a target above 0"));   // version 14 has no configured target
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 14, 15);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 15);
        QVERIFY(tableExists(raw, "benchmark_targets"));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM benchmark_targets")).toInt(), 0);
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());

        // Still refused without a configured target; accepted with one; 0 refused with one.
        QVERIFY(raw.tryExec(withoutTarget.arg(QLatin1String("upstage")).arg(100))
                    .contains(u"needs a target above 0"));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO benchmark_targets (round_id, benchmark_id, "
                                           "team_id, seq, target) VALUES ('R1', 'nia-math', 'upstage', 0, 85.0)"))
                    .isEmpty());
        QVERIFY(raw.tryExec(withoutTarget.arg(QLatin1String("upstage")).arg(100)).isEmpty());
        QVERIFY(raw.tryExec(withoutTarget.arg(QLatin1String("naver")).arg(101))
                    .contains(u"needs a target above 0"));   // upstage's target is upstage's
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE benchmark_results SET target = 0 WHERE team_id = "
                                           "'upstage' AND benchmark_id = 'nia-math'"))
                    .contains(u"needs a target above 0"));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE benchmark_results SET target = 80.0 WHERE team_id = "
                                           "'upstage' AND benchmark_id = 'nia-math'")).isEmpty());
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE benchmark_results SET target = NULL WHERE team_id = "
                                           "'upstage' AND benchmark_id = 'nia-math'")).isEmpty());
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE benchmark_results SET target = NULL WHERE team_id = "
                                           "'lg' AND benchmark_id = 'nia-math'"))
                    .contains(u"needs a target above 0"));
        // The rows' own rules.
        const QString target = QStringLiteral("INSERT INTO benchmark_targets (round_id, benchmark_id, "
                                              "team_id, seq, target) VALUES ('R1', '%1', '%2', %3, %4)");
        QVERIFY(raw.tryExec(target.arg(u"mmlu"_qs, u"lg"_qs).arg(1).arg(90.0))
                    .contains(u"needs a benchmark of a target_ratio group"));
        QVERIFY(raw.tryExec(target.arg(u"lg-ind-1"_qs, u"skt"_qs).arg(1).arg(60.0))
                    .contains(u"does not apply to this team"));
        QVERIFY(raw.tryExec(target.arg(u"lg-ind-1"_qs, u"lg"_qs).arg(1).arg(60.0)).isEmpty());
        for (const char *bad : {"0", "-1", "'x'", "NULL"})
            QVERIFY2(!raw.tryExec(target.arg(u"nia-math"_qs, u"skt"_qs).arg(2).arg(QLatin1String(bad))).isEmpty(), bad);
        QVERIFY(raw.tryExec(target.arg(u"nia-math"_qs, u"upstage"_qs).arg(3).arg(70.0)).contains(u"UNIQUE"));
        QVERIFY(raw.tryExec(target.arg(u"nia-math"_qs, u"ghost"_qs).arg(3).arg(70.0)).contains(u"FOREIGN KEY"));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE benchmark_targets SET benchmark_id = 'mmlu' "
                                           "WHERE team_id = 'upstage'"))
                    .contains(u"needs a benchmark of a target_ratio group"));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

        const Panel read = readPanel(raw.db());
        const Benchmark &niaMath = read.categories[0].groups[0].benchmarks[0];
        QCOMPARE(niaMath.targets.size(), std::size_t(1));
        QCOMPARE(niaMath.configuredTarget(u"upstage"_qs), std::optional<double>(85.0));
        QCOMPARE(read.categories[0].groups[2].benchmarks[0].targets.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestLaterUpgrades)
#include "tst_laterupgrades.moc"
