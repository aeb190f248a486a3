// parseJsonStrictly: what QJsonDocument lets through and an importer must not.

#include "domain/Errors.h"
#include "io/JsonStrictParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace pd;

class TestStrictJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textPositionCountsCharacters_data();
    void textPositionCountsCharacters();
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void depthLimitIsExact();
};

void TestStrictJson::textPositionCountsCharacters_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("start") << QByteArray("abc") << 0 << 1 << 1;
    QTest::newRow("same line") << QByteArray("abc") << 2 << 1 << 3;
    QTest::newRow("after newline") << QByteArray("ab\ncd") << 3 << 2 << 1;
    QTest::newRow("second line") << QByteArray("ab\ncd") << 4 << 2 << 2;
    QTest::newRow("Korean counts once") << QByteArray("\"한글\"x") << 8 << 1 << 5;
    QTest::newRow("past end") << QByteArray("a\nb") << 99 << 2 << 2;
}

void TestStrictJson::textPositionCountsCharacters()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const TextPosition at = textPosition(text, offset);
    QCOMPARE(at.line, line);
    QCOMPARE(at.column, column);
}

void TestStrictJson::accepts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("firstString");   // of the top-level array
    QTest::newRow("plain") << QByteArray("[\"a\"]") << QStringLiteral("a");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF[\"a\"]") << QStringLiteral("a");
    QTest::newRow("surrogate pair") << QByteArray("[\"\\ud83d\\ude00\"]")
                                    << QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("raw astral") << QByteArray("[\"\xF0\x9F\x98\x80\"]")
                                << QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("escapes") << QByteArray("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\"]")
                             << QString::fromUtf8("\"\\/\b\f\n\r\t\xC3\xA9");
    QTest::newRow("same key in sibling objects") << QByteArray("[\"x\", {\"a\": 1}, {\"a\": 2}]")
                                                 << QStringLiteral("x");
    QTest::newRow("same key at two levels") << QByteArray("[\"x\", {\"a\": {\"a\": 1}}]")
                                            << QStringLiteral("x");
    QTest::newRow("key differing by case") << QByteArray("[\"x\", {\"a\": 1, \"A\": 2}]")
                                           << QStringLiteral("x");
    QTest::newRow("escaped quote in key") << QByteArray("[\"x\", {\"a\\\"\": 1, \"a\": 2}]")
                                          << QStringLiteral("x");
}

void TestStrictJson::accepts()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, firstString);
    const QJsonDocument document = parseJsonStrictly(text, QStringLiteral("t.json"));
    QCOMPARE(document.array().at(0).toString(), firstString);
}

void TestStrictJson::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");   // the whole message

    QTest::newRow("invalid byte") << QByteArray("[\"a\xff\"]")
                                  << QStringLiteral("t.json:1:4: invalid UTF-8");
    QTest::newRow("invalid on line 2") << QByteArray("[\n  \"\xc3\x28\"]")
                                       << QStringLiteral("t.json:2:4: invalid UTF-8");
    QTest::newRow("overlong") << QByteArray("[\"\xc0\xaf\"]")
                              << QStringLiteral("t.json:1:3: invalid UTF-8");
    QTest::newRow("overlong 3-byte") << QByteArray("[\"\xe0\x80\xaf\"]")
                                     << QStringLiteral("t.json:1:3: invalid UTF-8");
    QTest::newRow("encoded surrogate") << QByteArray("[\"\xed\xa0\x80\"]")
                                       << QStringLiteral("t.json:1:3: invalid UTF-8");
    QTest::newRow("above U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]")
                                    << QStringLiteral("t.json:1:3: invalid UTF-8");
    QTest::newRow("truncated at end") << QByteArray("[\"\xe2\x82")
                                      << QStringLiteral("t.json:1:3: invalid UTF-8");
    QTest::newRow("stray continuation") << QByteArray("[\"\x80\"]")
                                        << QStringLiteral("t.json:1:3: invalid UTF-8");
    QTest::newRow("Latin-1 text") << QByteArray("[\"caf\xe9\"]")
                                  << QStringLiteral("t.json:1:6: invalid UTF-8");
    QTest::newRow("syntax: line and column") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}")
                                             << QStringLiteral("t.json:3:4: unterminated object");
    QTest::newRow("syntax: garbage") << QByteArray("[1] x")
                                     << QStringLiteral("t.json:1:5: garbage at the end of the document");
    QTest::newRow("NaN") << QByteArray("[NaN]") << QStringLiteral("t.json:1:2: illegal number");
    QTest::newRow("Infinity") << QByteArray("[Infinity]") << QStringLiteral("t.json:1:2: illegal number");
    QTest::newRow("1e309") << QByteArray("[1e309]") << QStringLiteral("t.json:1:7: illegal number");
    QTest::newRow("duplicate key")
        << QByteArray("{\"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2}}")
        << QStringLiteral("t.json:2:16: b.c: duplicate key (first at line 2, column 8)");
    QTest::newRow("duplicate key in array element")
        << QByteArray("{\"l\": [{}, {\"k\": 1, \"k\": 1}]}")
        << QStringLiteral("t.json:1:21: l[1].k: duplicate key (first at line 1, column 13)");
    QTest::newRow("duplicate key via escape")
        << QByteArray("{\"ab\": 1, \"\\u0061b\": 2}")
        << QStringLiteral("t.json:1:11: ab: duplicate key (first at line 1, column 2)");
    QTest::newRow("raw tab in string") << QByteArray("{\"k\": \"a\tb\"}")
                                       << QStringLiteral("t.json:1:9: k: control character "
                                                         "inside a string (write it as an escape)");
    QTest::newRow("raw newline in key") << QByteArray("{\"k\n\": 1}")
                                        << QStringLiteral("t.json:1:4: control character inside "
                                                          "a string (write it as an escape)");
    QTest::newRow("high surrogate alone") << QByteArray("[\"\\ud800\"]")
                                          << QStringLiteral("t.json:1:3: [0]: unpaired surrogate escape");
    QTest::newRow("high surrogate then text") << QByteArray("[\"\\ud800abcdef\"]")
                                              << QStringLiteral("t.json:1:3: [0]: unpaired surrogate escape");
    QTest::newRow("two high surrogates") << QByteArray("[\"\\ud800\\ud800\"]")
                                         << QStringLiteral("t.json:1:3: [0]: unpaired surrogate escape");
    QTest::newRow("low surrogate alone") << QByteArray("[\"\\udfff\"]")
                                         << QStringLiteral("t.json:1:3: [0]: unpaired surrogate escape");
    QTest::newRow("escaped NUL") << QByteArray("{\"k\": [\"\\u0000\"]}")
                                 << QStringLiteral("t.json:1:9: k[0]: U+0000 is not allowed in text");
    QTest::newRow("too deep") << QByteArray(65, '[') + QByteArray(65, ']')
                              << QStringLiteral("t.json:1:65: nested deeper than 64 levels");
    QTest::newRow("too deep, unbalanced") << QByteArray(1000000, '{')
                                          << QStringLiteral("t.json:1:65: nested deeper than 64 levels");
    QTest::newRow("brackets in strings do not count")
        << QByteArray("[\"" + QByteArray(100, '[') + "\", 1,]")
        << QStringLiteral("t.json:1:109: object is missing after a comma");
}

void TestStrictJson::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    try {
        parseJsonStrictly(text, QStringLiteral("t.json"));
        QFAIL("accepted");
    } catch (const InputError &error) {
        QCOMPARE(error.message(), expected);
    }
}

void TestStrictJson::depthLimitIsExact()
{
    const QByteArray ok = QByteArray(64, '[') + QByteArray(64, ']');
    QCOMPARE(parseJsonStrictly(ok, QStringLiteral("t")).array().size(), 1);
    const QByteArray objects = QByteArray("{\"a\":").repeated(3) + "1}}}";
    QVERIFY_THROWS_EXCEPTION(InputError, parseJsonStrictly(objects, QStringLiteral("t"), 2));
    QCOMPARE(parseJsonStrictly(objects, QStringLiteral("t"), 3).object().size(), 1);
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
