// Korean and English: the Language menu switches the whole window live, the choice is kept,
// and the system locale decides when nothing was chosen.

#include "MainWindow.h"
#include "Settings.h"
#include "StandingsPage.h"
#include "Translations.h"

#include <QFile>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resolveFollowsSystemLocale_data();
    void resolveFollowsSystemLocale();
    void switchesLive();
    void menuChoiceIsRemembered();

private:
    static QString firstMenuTitle(MainWindow &window)
    {
        return window.menuBar()->actions().constFirst()->text();
    }
    static QString header(MainWindow &window, int column)
    {
        return window.standingsPage()->table()->model()->headerData(column, Qt::Horizontal).toString();
    }
};

void TestLanguage::resolveFollowsSystemLocale_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system Korean") << QString() << u"ko_KR"_qs << u"ko"_qs;
    QTest::newRow("system English") << QString() << u"en_GB"_qs << u"en"_qs;
    QTest::newRow("system German falls back to English") << QString() << u"de_DE"_qs << u"en"_qs;
    QTest::newRow("chosen Korean on English system") << u"ko"_qs << u"en_US"_qs << u"ko"_qs;
    QTest::newRow("chosen English on Korean system") << u"en"_qs << u"ko_KR"_qs << u"en"_qs;
    QTest::newRow("unknown choice follows system") << u"fr"_qs << u"ko_KR"_qs << u"ko"_qs;
}

void TestLanguage::resolveFollowsSystemLocale()
{
    QFETCH(QString, choice);
    QFETCH(QString, locale);
    QTEST(Translations::resolve(choice, QLocale(locale)), "expected");
}

void TestLanguage::switchesLive()
{
    QTemporaryDir dir;
    Translations translations;
    translations.apply(u"en"_qs);
    MainWindow window(dir.path(), &translations);
    QString error;
    QVERIFY2(window.openDemo(&error), qPrintable(error));
    // a member: nobody signed in sees no outcome before an announcement
    window.setSignedIn(Member{u"secretariat"_qs, u"간사"_qs, Role::Secretariat, {}, true});
    QCOMPARE(firstMenuTitle(window), u"&File"_qs);
    QCOMPARE(header(window, 0), u"Rank"_qs);

    QVERIFY(QFile::exists(u":/i18n/paneldesk_ko.qm"_qs));
    translations.apply(u"ko"_qs);
    QCOMPARE(translations.current(), u"ko"_qs);
    QTRY_COMPARE(firstMenuTitle(window), u"파일(&F)"_qs);   // LanguageChange is posted
    QCOMPARE(header(window, 0), u"순위"_qs);
    QCOMPARE(window.standingsPage()->table()->model()->index(3, 11).data().toString(), u"실격"_qs);
    QVERIFY(window.standingsPage()->summaryText().contains(u"평균"));
    // Still the same panel, re-rendered.
    QCOMPARE(window.standingsPage()->table()->model()->rowCount(), 5);

    translations.apply(u"en"_qs);
    QTRY_COMPARE(firstMenuTitle(window), u"&File"_qs);
    QCOMPARE(window.standingsPage()->table()->model()->index(3, 11).data().toString(), u"disqualified"_qs);
}

void TestLanguage::menuChoiceIsRemembered()
{
    QTemporaryDir dir;
    Translations translations;
    translations.apply(u"en"_qs);
    MainWindow window(dir.path(), &translations);
    QMenu *language = nullptr;
    for (QAction *action : window.menuBar()->actions())
        if (action->text() == u"&Language")
            language = action->menu();
    QVERIFY(language);
    QAction *korean = language->actions().at(1);
    QVERIFY(korean->text().startsWith(u"한국어"));
    korean->trigger();
    QCOMPARE(Settings().language(), u"ko"_qs);
    QCOMPARE(translations.current(), u"ko"_qs);
    QTRY_COMPARE(firstMenuTitle(window), u"파일(&F)"_qs);
    Settings().setLanguage(QString());
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
