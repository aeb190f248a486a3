// One rule, one place (issue 12): the id rule (domain/IdRule.h) and the rubric score rules
// (domain/ScoreRules.h), each driven over the boundaries of its cases.

#include "domain/IdRule.h"
#include "domain/ScoreRules.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace pd;

class TestRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ids_data();
    void ids();
    void inRange_data();
    void inRange();
    void onStep_data();
    void onStep();
};

void TestRules::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("one character") << QStringLiteral("a") << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('x')) << true;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('x')) << false;
    QTest::newRow("every allowed kind") << QStringLiteral("aZ09-_.") << true;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("before 0 (/)") << QStringLiteral("/") << false;
    QTest::newRow("after 9 (:)") << QStringLiteral(":") << false;
    QTest::newRow("before A (@)") << QStringLiteral("@") << false;
    QTest::newRow("after Z ([)") << QStringLiteral("[") << false;
    QTest::newRow("before a (`)") << QStringLiteral("`") << false;
    QTest::newRow("after z ({)") << QStringLiteral("{") << false;
    QTest::newRow("Hangul") << QString::fromUtf8("팀") << false;
    QTest::newRow("accented letter") << QString::fromUtf8("\xC3\xA9") << false;
    QTest::newRow("fullwidth digit") << QString::fromUtf8("\xEF\xBC\x91") << false;
    QTest::newRow("NUL") << QString(QChar(0)) << false;
}

// The text form and the byte form (UTF-8, the ratings import) agree on every case.
void TestRules::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isValidId(QStringView(id)), valid);
    const QByteArray utf8 = id.toUtf8();
    QCOMPARE(isValidId(std::string_view(utf8.constData(), std::size_t(utf8.size()))), valid);
}

void TestRules::inRange_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("points");
    QTest::addColumn<bool>("valid");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("zero") << 0.0 << 10.0 << true;
    QTest::newRow("the points") << 10.0 << 10.0 << true;
    QTest::newRow("just above the points") << std::nextafter(10.0, 11.0) << 10.0 << false;
    QTest::newRow("just below zero") << -std::numeric_limits<double>::denorm_min() << 10.0 << false;
    QTest::newRow("minus one") << -1.0 << 10.0 << false;
    QTest::newRow("NaN") << nan << 10.0 << false;
    QTest::newRow("infinity") << inf << 10.0 << false;
}

void TestRules::inRange()
{
    QFETCH(double, score);
    QFETCH(double, points);
    QFETCH(bool, valid);
    QCOMPARE(scoreInRange(score, points), valid);
}

void TestRules::onStep_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("step");
    QTest::addColumn<bool>("valid");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("zero") << 0.0 << 0.5 << true;
    QTest::newRow("whole step") << 7.5 << 0.5 << true;
    QTest::newRow("between steps") << 7.25 << 0.5 << false;
    QTest::newRow("binary fraction 0.3 / 0.1") << 0.3 << 0.1 << true;
    QTest::newRow("binary fraction 0.7 / 0.1") << 0.7 << 0.1 << true;
    QTest::newRow("1e-9 of a step off (boundary, allowed)") << 1.0 + 0.9e-9 << 1.0 << true;
    QTest::newRow("2e-9 of a step off (refused)") << 1.0 + 2e-9 << 1.0 << false;
    // Looser than this is the schema's backstop (1e-6): the program refuses first.
    QTest::newRow("1e-7 of a step off (refused)") << 3.0 + 1e-7 << 1.0 << false;
    QTest::newRow("large quotient, relative tolerance") << 1e6 * 0.1 << 0.1 << true;
    QTest::newRow("zero step") << 1.0 << 0.0 << false;
    QTest::newRow("negative step") << 1.0 << -0.5 << false;
    QTest::newRow("NaN score") << nan << 0.5 << false;
    QTest::newRow("NaN step") << 1.0 << nan << false;
}

void TestRules::onStep()
{
    QFETCH(double, score);
    QFETCH(double, step);
    QFETCH(bool, valid);
    QCOMPARE(onItemStep(score, step), valid);
}

QTEST_APPLESS_MAIN(TestRules)
#include "tst_rules.moc"
