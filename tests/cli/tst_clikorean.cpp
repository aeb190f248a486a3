// paneldesk-cli under a Korean locale: its error messages are Korean and still name the file
// and the JSON path or line:column; under LANG=C they are English. The locale needs not be
// generated on the machine: Qt reads LANG and LC_ALL itself.

#include "CliTestSupport.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestCliKorean : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validatorErrorInKorean();
    void validatorErrorInEnglish();
    void syntaxErrorInKorean();
    void syntaxErrorInEnglish();
    void cliMessagesInKorean();
    void optionParserInKorean();
    void englishPluralForms();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QString &locale) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void writeFile(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
};

// `locale` goes into LANG and LC_ALL; the variables that could override them are removed.
TestCliKorean::Run TestCliKorean::cli(const QStringList &arguments, const QString &locale) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_MESSAGES", "LC_NUMERIC", "LC_CTYPE"})
        environment.remove(QLatin1String(name));
    environment.insert(u"LANG"_qs, locale);
    environment.insert(u"LC_ALL"_qs, locale);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(PANELDESK_CLI_PATH), arguments);
    process.write(pd::test::demoSignIn(arguments));
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCliKorean::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestCliKorean::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The demo panel as a file, with expert_scores[17] (a 10-point item) scored 12.
    Run run = cli({u"demo"_qs, u"--db"_qs, path(u"demo.paneldesk"_qs)}, u"C"_qs);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = cli({u"export-panel"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, path(u"demo.paneldesk"_qs), u"--out"_qs,
               path(u"panel.json"_qs)}, u"C"_qs);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QFile file(path(u"panel.json"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray scores = root.value(u"expert_scores").toArray();
    QJsonObject score = scores.at(17).toObject();
    QCOMPARE(score.value(u"item").toString(), u"impact"_qs);
    score.insert(u"score"_qs, 12.0);
    scores.replace(17, score);
    root.insert(u"expert_scores"_qs, scores);
    writeFile(u"점수오류.json"_qs, QJsonDocument(root).toJson());

    // A syntax error at line 3, column 17.
    writeFile(u"broken.json"_qs, "{\n  \"format\": \"paneldesk-panel\",\n  \"version\": 1,,\n}\n");
}

void TestCliKorean::validatorErrorInKorean()
{
    const Run run = cli({u"import-panel"_qs, u"--chair"_qs, u"chair"_qs, path(u"점수오류.json"_qs), u"--db"_qs,
                         path(u"ko.paneldesk"_qs)}, u"ko_KR.UTF-8"_qs);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(u"오류: "), qPrintable(run.err));
    QVERIFY2(run.err.contains(path(u"점수오류.json"_qs) + u": expert_scores[17].score: "),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"12은(는) 항목 배점 10점을 초과합니다 (항목 \"impact\")"),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"is above"), qPrintable(run.err));
    QVERIFY(!QFile::exists(path(u"ko.paneldesk"_qs)));
}

void TestCliKorean::validatorErrorInEnglish()
{
    const Run run = cli({u"import-panel"_qs, u"--chair"_qs, u"chair"_qs, path(u"점수오류.json"_qs), u"--db"_qs,
                         path(u"en.paneldesk"_qs)}, u"C"_qs);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(u"error: "), qPrintable(run.err));
    QVERIFY2(run.err.contains(path(u"점수오류.json"_qs) + u": expert_scores[17].score: "
                              u"12 is above the item's 10 points (item \"impact\")"),
             qPrintable(run.err));
}

void TestCliKorean::syntaxErrorInKorean()
{
    const Run run = cli({u"import-panel"_qs, u"--chair"_qs, u"chair"_qs, path(u"broken.json"_qs), u"--db"_qs,
                         path(u"x.paneldesk"_qs)}, u"ko_KR.UTF-8"_qs);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"broken.json:3:17: "), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"broken.json:3:17: 객체가 끝나지 않았습니다"), qPrintable(run.err));
    QVERIFY(!QFile::exists(path(u"x.paneldesk"_qs)));
}

void TestCliKorean::syntaxErrorInEnglish()
{
    const Run run = cli({u"import-panel"_qs, u"--chair"_qs, u"chair"_qs, path(u"broken.json"_qs), u"--db"_qs,
                         path(u"x.paneldesk"_qs)}, u"C"_qs);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"broken.json:3:17: unterminated object"), qPrintable(run.err));
}

void TestCliKorean::cliMessagesInKorean()
{
    // The CLI's own texts, the storage layer's and the option descriptions.
    Run run = cli({u"standings"_qs}, u"ko_KR.UTF-8"_qs);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"필수 옵션 --db이(가) 없습니다"), qPrintable(run.err));
    run = cli({u"standings"_qs, u"--db"_qs, path(u"missing.paneldesk"_qs)}, u"ko_KR.UTF-8"_qs);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(path(u"missing.paneldesk"_qs) + u"이(가) 없습니다"),
             qPrintable(run.err));
    run = cli({u"member"_qs, u"--help"_qs}, u"ko_KR.UTF-8"_qs);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"하위 명령:"), qPrintable(run.out));
    run = cli({u"member"_qs, u"--help"_qs}, u"C"_qs);
    QVERIFY2(run.out.contains(u"Subcommands:"), qPrintable(run.out));
}

void TestCliKorean::optionParserInKorean()
{
    // QCommandLineParser's own texts come from Qt's translations (qt6-translations-l10n).
    if (!QFile::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                           .filePath(u"qtbase_ko.qm"_qs)))
        QSKIP("Qt's Korean translations (qtbase_ko.qm) are not installed");
    Run run = cli({u"standings"_qs, u"--help"_qs}, u"ko_KR.UTF-8"_qs);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"옵션:"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"순위 JSON을 출력합니다."), qPrintable(run.out));
    run = cli({u"standings"_qs, u"--help"_qs}, u"C"_qs);
    QVERIFY2(run.out.contains(u"Options:"), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCliKorean)
#include "tst_clikorean.moc"

// English is the source language; paneldesk_en.ts gives its plural forms: "5 teams", not
// "5 team(s)", in English and under LANG=C alike.
void TestCliKorean::englishPluralForms()
{
    for (const QString &locale : {u"C"_qs, u"en_US.UTF-8"_qs}) {
        const Run run = cli({u"report"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, path(u"demo.paneldesk"_qs), u"--disclosure"_qs, u"full"_qs, u"--text"_qs}, locale);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Average of 5 teams"), qPrintable(locale + run.out.left(2000)));
        QVERIFY2(run.out.contains(u"Appeals: 10 days after the announcement."), qPrintable(run.out.left(2000)));
        QVERIFY2(run.out.contains(u"to 1 decimal;"), qPrintable(run.out.left(2000)));
        QVERIFY2(!run.out.contains(u"(s)"), qPrintable(run.out));
    }
}
