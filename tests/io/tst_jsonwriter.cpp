// JsonWriter: canonical numbers, string escaping, layout, misuse.

#include "io/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>

using namespace pd;

class TestJsonWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatsNumbers_data();
    void formatsNumbers();
    void numbersRoundTrip_data();
    void numbersRoundTrip();
    void rejectsNonFinite_data();
    void rejectsNonFinite();
    void writesIntegers_data();
    void writesIntegers();
    void escapesStrings_data();
    void escapesStrings();
    void indentedLayout();
    void compactLayout();
    void emptyContainers();
    void stringLiterals();
    void topLevelScalar();
    void compactOutputParses();
    void misuseThrows();
};

void TestJsonWriter::formatsNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
    QTest::newRow("25.0") << 25.0 << QByteArray("25");
    QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("1.5e-7") << 1.5e-7 << QByteArray("1.5e-7");
    QTest::newRow("0.000001") << 0.000001 << QByteArray("0.000001");
    QTest::newRow("0.0000012") << 0.0000012 << QByteArray("0.0000012");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("negative zero") << -0.0 << QByteArray("0");
    QTest::newRow("negative") << -1.5 << QByteArray("-1.5");
    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("1/3") << 1.0 / 3.0 << QByteArray("0.3333333333333333");
    QTest::newRow("100") << 100.0 << QByteArray("100");
    QTest::newRow("million") << 1e6 << QByteArray("1000000");
    QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
    QTest::newRow("1e20") << 1e20 << QByteArray("100000000000000000000");
    QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
    QTest::newRow("-1.25e22") << -1.25e22 << QByteArray("-1.25e+22");
    QTest::newRow("123.456") << 123.456 << QByteArray("123.456");
    QTest::newRow("max") << std::numeric_limits<double>::max()
                         << QByteArray("1.7976931348623157e+308");
    QTest::newRow("denormal min") << std::numeric_limits<double>::denorm_min()
                                  << QByteArray("5e-324");
    QTest::newRow("90.2") << 90.2 << QByteArray("90.2");
}

void TestJsonWriter::formatsNumbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonWriter::formatNumber(value), expected);
}

void TestJsonWriter::numbersRoundTrip_data()
{
    QTest::addColumn<double>("value");
    const double samples[] = {0.1, 2.0 / 3.0, 1e-300, 6.02214076e23, 31.6, 28.56, 1e-7 * 3,
                              123456789.125, -987.654321, 4.9406564584124654e-324,
                              0.1 * 3, 1e15 + 0.3, 79.7};
    int i = 0;
    for (const double v : samples)
        QTest::addRow("%d", i++) << v;
}

void TestJsonWriter::numbersRoundTrip()
{
    QFETCH(double, value);
    const QByteArray text = JsonWriter::formatNumber(value);
    bool ok = false;
    QCOMPARE(text.toDouble(&ok), value);
    QVERIFY(ok);
    // Shortest: with one significant digit fewer the value would not round-trip.
    QByteArray mantissa = text.left(text.indexOf('e')).replace("-", "").replace(".", "");
    while (mantissa.startsWith('0'))
        mantissa.remove(0, 1);
    const qsizetype digits = mantissa.size();
    if (digits > 1) {
        char shorter[64];
        std::snprintf(shorter, sizeof shorter, "%.*e", int(digits) - 2, value);
        QVERIFY(QByteArray(shorter).toDouble() != value);
    }
}

void TestJsonWriter::rejectsNonFinite_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("inf") << std::numeric_limits<double>::infinity();
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
}

void TestJsonWriter::rejectsNonFinite()
{
    QFETCH(double, value);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, JsonWriter::formatNumber(value));
    JsonWriter w;
    w.beginArray();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, w.value(value));
    w.value(1).endArray();   // nothing half-written
    QCOMPARE(w.finish(), QByteArray("[\n  1\n]"));
}

void TestJsonWriter::writesIntegers_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("zero") << qint64(0) << QByteArray("0");
    QTest::newRow("negative") << qint64(-42) << QByteArray("-42");
    QTest::newRow("2^53+1") << qint64(9007199254740993) << QByteArray("9007199254740993");
    QTest::newRow("max") << std::numeric_limits<qint64>::max()
                         << QByteArray("9223372036854775807");
    QTest::newRow("min") << std::numeric_limits<qint64>::min()
                         << QByteArray("-9223372036854775808");
}

void TestJsonWriter::writesIntegers()
{
    QFETCH(qint64, value);
    QFETCH(QByteArray, expected);
    JsonWriter w(JsonWriter::Style::Compact);
    w.value(value);
    QCOMPARE(w.finish(), expected);
}

void TestJsonWriter::escapesStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("\"abc\"");
    QTest::newRow("empty") << QString() << QByteArray("\"\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QByteArray("\"a\\\"b\"");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("\"a\\\\b\"");
    QTest::newRow("slash unescaped") << QStringLiteral("a/b") << QByteArray("\"a/b\"");
    QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t")
                                   << QByteArray("\"\\b\\f\\n\\r\\t\"");
    QTest::newRow("U+0001") << QString(QChar(0x01)) << QByteArray("\"\\u0001\"");
    QTest::newRow("U+001F") << QString(QChar(0x1f)) << QByteArray("\"\\u001f\"");
    QTest::newRow("U+0000") << QString(QChar(0x00)) << QByteArray("\"\\u0000\"");
    QTest::newRow("DEL unescaped") << QString(QChar(0x7f)) << QByteArray("\"\x7f\"");
    QTest::newRow("Korean unescaped") << QString::fromUtf8("전문가 평가")
                                      << QByteArray("\"전문가 평가\"");
    QTest::newRow("astral") << QString::fromUtf8("\xF0\x9F\x98\x80")
                            << QByteArray("\"\xF0\x9F\x98\x80\"");
    QTest::newRow("U+2028 unescaped") << QString(QChar(0x2028))
                                      << QByteArray("\"\xE2\x80\xA8\"");
}

void TestJsonWriter::escapesStrings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonWriter::quote(text), expected);
    // And any JSON parser reads it back.
    const QByteArray document = "[" + expected + "]";
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(document, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.array().at(0).toString(), text);
}

void TestJsonWriter::indentedLayout()
{
    JsonWriter w;
    w.beginObject();
    w.field("format", QStringLiteral("x")).field("version", 1);
    w.key("cut").beginObject(JsonWriter::Layout::Inline).field("eliminate", 1).endObject();
    w.key("list").beginArray();
    w.beginObject(JsonWriter::Layout::Inline);
    w.field("a", true).key("b").nullValue();
    w.key("c").beginArray().value(1.5).value(QStringLiteral("s")).endArray();   // inherits inline
    w.endObject();
    w.value(false);
    w.endArray();
    w.key("nested").beginObject().key("deep").beginArray().value(2).endArray().endObject();
    w.endObject();
    QCOMPARE(w.finish(), QByteArray("{\n"
                                    "  \"format\": \"x\",\n"
                                    "  \"version\": 1,\n"
                                    "  \"cut\": {\"eliminate\": 1},\n"
                                    "  \"list\": [\n"
                                    "    {\"a\": true, \"b\": null, \"c\": [1.5, \"s\"]},\n"
                                    "    false\n"
                                    "  ],\n"
                                    "  \"nested\": {\n"
                                    "    \"deep\": [\n"
                                    "      2\n"
                                    "    ]\n"
                                    "  }\n"
                                    "}"));
}

void TestJsonWriter::compactLayout()
{
    JsonWriter w(JsonWriter::Style::Compact);
    w.beginObject();
    w.field("a", 1).field("b", 0.25).field("t", QString::fromUtf8("팀"));
    w.key("l").beginArray().value(true).nullValue().beginObject().endObject().endArray();
    w.endObject();
    QCOMPARE(w.finish(), QByteArray("{\"a\":1,\"b\":0.25,\"t\":\"팀\",\"l\":[true,null,{}]}"));
}

void TestJsonWriter::emptyContainers()
{
    JsonWriter w;
    w.beginObject();
    w.key("a").beginArray().endArray();
    w.key("o").beginObject().endObject();
    w.key("i").beginArray(JsonWriter::Layout::Inline).endArray();
    w.endObject();
    QCOMPARE(w.finish(), QByteArray("{\n  \"a\": [],\n  \"o\": {},\n  \"i\": []\n}"));
}

void TestJsonWriter::stringLiterals()
{
    JsonWriter w(JsonWriter::Style::Compact);
    w.beginArray().value("utf-8 \xED\x8C\x80").value(u"utf-16 \uD300").value(true).endArray();
    QCOMPARE(w.finish(), QByteArray("[\"utf-8 \xED\x8C\x80\",\"utf-16 \xED\x8C\x80\",true]"));
}

void TestJsonWriter::topLevelScalar()
{
    JsonWriter w;
    w.value(QStringLiteral("only"));
    QCOMPARE(w.finish(), QByteArray("\"only\""));
}

void TestJsonWriter::compactOutputParses()
{
    JsonWriter w(JsonWriter::Style::Compact);
    w.beginObject().field("x", 0.1).field("y", qint64(1) << 40).field("s", QStringLiteral("\n"));
    w.endObject();
    const QJsonObject o = QJsonDocument::fromJson(w.finish()).object();
    QCOMPARE(o.value(QStringLiteral("x")).toDouble(), 0.1);
    QCOMPARE(o.value(QStringLiteral("y")).toInteger(), qint64(1) << 40);
    QCOMPARE(o.value(QStringLiteral("s")).toString(), QStringLiteral("\n"));
}

void TestJsonWriter::misuseThrows()
{
    {
        JsonWriter w;
        w.beginObject();
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.value(1));   // no key
    }
    {
        JsonWriter w;
        w.beginArray();
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.key("k"));   // key in an array
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.endObject());   // wrong closer
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.finish());      // incomplete
    }
    {
        JsonWriter w;
        w.beginObject().key("k");
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.endObject());   // key without value
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.key("again"));
    }
    {
        JsonWriter w;
        w.value(1);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.value(2));   // second top-level value
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.endArray());
    }
    {
        JsonWriter w;
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.finish());   // nothing written
    }
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
