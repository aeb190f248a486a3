// File > Open Recent, driven offscreen: opened databases go to the top of the list (most
// recent first, no duplicates, canonical paths), at most eight; a file that no longer exists
// is shown disabled; Clear empties the list; choosing an entry opens it like File > Open,
// and a file that is not a panel shows the same error.

#include "ScriptedDialogs.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "RecentFilesMenu.h"
#include "Settings.h"
#include "actions/PanelDatabase.h"
#include "storage/PanelStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pd;

class TestRecentFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void listHelpers();
    void openedFilesInOrder();
    void reopeningMovesToTop();
    void keepsAtMostEight();
    void deletedFileShownDisabled();
    void clearEmptiesList();
    void triggeringEntryOpensIt();
    void nonPanelFileShowsOpenError();
    void menuIsInFileMenu();

private:
    // A copy of the demo database under `name` in the temporary folder.
    QString panelFile(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        if (!QFile::exists(path))
            QFile::copy(m_demo, path);
        return path;
    }
    static QString canonical(const QString &path) { return QFileInfo(path).canonicalFilePath(); }
    static QStringList labels(const RecentFilesMenu *menu)
    {
        QStringList out;
        for (const QAction *action : menu->fileActions())
            out << action->text();
        return out;
    }
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestRecentFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("template.paneldesk"));
    createDemoDatabase(m_demo, {false, QStringLiteral("demo")});
}

void TestRecentFiles::init() { Settings().setRecentFiles({}); }

void TestRecentFiles::listHelpers()
{
    const QStringList list = {u"/a"_qs, u"/b"_qs, u"/c"_qs};
    QCOMPARE(withRecentFile(list, u"/b"_qs), (QStringList{u"/b"_qs, u"/a"_qs, u"/c"_qs}));
    QCOMPARE(withRecentFile(list, u"/d"_qs, 3), (QStringList{u"/d"_qs, u"/a"_qs, u"/b"_qs}));
    QCOMPARE(withRecentFile(list, u"/x/../c"_qs), (QStringList{u"/c"_qs, u"/a"_qs, u"/b"_qs}));
    QCOMPARE(cleanedRecentFiles({u"/a"_qs, QString(), u"/a"_qs, u"/b"_qs}),
             (QStringList{u"/a"_qs, u"/b"_qs}));
    // A path through a symbolic link or "." is stored as the file itself.
    const QString file = panelFile(u"one.paneldesk"_qs);
    const QString viaDot = m_dir.path() + u"/./one.paneldesk"_qs;
    QCOMPARE(withRecentFile({}, viaDot), QStringList{canonical(file)});
}

void TestRecentFiles::openedFilesInOrder()
{
    QTemporaryDir data;
    MainWindow window(data.path());
    QString error;
    const QString one = panelFile(u"one.paneldesk"_qs);
    const QString two = panelFile(u"two.paneldesk"_qs);
    QVERIFY2(window.openDatabase(one, &error), qPrintable(error));
    QVERIFY2(window.openDatabase(m_dir.path() + u"/./two.paneldesk"_qs, &error), qPrintable(error));
    QCOMPARE(Settings().recentFiles(), (QStringList{canonical(two), canonical(one)}));

    RecentFilesMenu *menu = window.recentFilesMenu();
    QVERIFY(menu);
    QCOMPARE(labels(menu), (QStringList{u"&1 two.paneldesk"_qs, u"&2 one.paneldesk"_qs}));
    QVERIFY(menu->fileActions().at(0)->isEnabled());
    QCOMPARE(menu->fileActions().at(0)->toolTip(), QDir::toNativeSeparators(canonical(two)));
    QVERIFY(menu->clearAction()->isEnabled());

    // The demo (Open demo panel, --demo) is remembered too.
    QVERIFY2(window.openDemo(&error), qPrintable(error));
    QCOMPARE(Settings().recentFiles().constFirst(),
             canonical(QDir(data.path()).filePath(u"demo.paneldesk"_qs)));
}

void TestRecentFiles::reopeningMovesToTop()
{
    QTemporaryDir data;
    MainWindow window(data.path());
    QString error;
    const QString one = panelFile(u"one.paneldesk"_qs);
    const QString two = panelFile(u"two.paneldesk"_qs);
    const QString three = panelFile(u"three.paneldesk"_qs);
    for (const QString &path : {one, two, three, one})
        QVERIFY2(window.openDatabase(path, &error), qPrintable(error));
    QCOMPARE(Settings().recentFiles(),
             (QStringList{canonical(one), canonical(three), canonical(two)}));
    QCOMPARE(labels(window.recentFilesMenu()),
             (QStringList{u"&1 one.paneldesk"_qs, u"&2 three.paneldesk"_qs,
                          u"&3 two.paneldesk"_qs}));
}

void TestRecentFiles::keepsAtMostEight()
{
    QTemporaryDir data;
    MainWindow window(data.path());
    QString error;
    QStringList opened;
    for (int i = 1; i <= 10; ++i) {
        const QString path = panelFile(QStringLiteral("panel%1.paneldesk").arg(i));
        QVERIFY2(window.openDatabase(path, &error), qPrintable(error));
        opened.prepend(canonical(path));
    }
    QCOMPARE(kMaxRecentFiles, 8);
    QCOMPARE(Settings().recentFiles(), opened.mid(0, 8));   // panel10 … panel3
    const QStringList shown = labels(window.recentFilesMenu());
    QCOMPARE(shown.size(), 8);
    QCOMPARE(shown.constFirst(), u"&1 panel10.paneldesk"_qs);
    QCOMPARE(shown.constLast(), u"&8 panel3.paneldesk"_qs);

    // A longer list written by hand into the settings file is cut when shown.
    Settings().setRecentFiles(opened + opened);
    window.recentFilesMenu()->refill();
    QCOMPARE(window.recentFilesMenu()->fileActions().size(), 8);
}

void TestRecentFiles::deletedFileShownDisabled()
{
    QTemporaryDir data;
    MainWindow window(data.path());
    QString error;
    const QString gone = m_dir.filePath(u"gone.paneldesk"_qs);
    QFile::remove(gone);
    QVERIFY(QFile::copy(m_demo, gone));
    const QString kept = panelFile(u"kept.paneldesk"_qs);
    QVERIFY2(window.openDatabase(gone, &error), qPrintable(error));
    QVERIFY2(window.openDatabase(kept, &error), qPrintable(error));
    const QString goneCanonical = canonical(gone);
    QVERIFY(QFile::remove(gone));

    RecentFilesMenu *menu = window.recentFilesMenu();
    Q_EMIT menu->aboutToShow();   // what showing the menu does
    QCOMPARE(menu->fileActions().size(), 2);
    QVERIFY(menu->fileActions().at(0)->isEnabled());
    QAction *missing = menu->fileActions().at(1);
    QVERIFY(!missing->isEnabled());
    QCOMPARE(missing->text(), u"&2 gone.paneldesk (not found)"_qs);
    QCOMPARE(missing->data().toString(), goneCanonical);
    QCOMPARE(window.currentPath(), kept);
}

void TestRecentFiles::clearEmptiesList()
{
    QTemporaryDir data;
    MainWindow window(data.path());
    QString error;
    QVERIFY2(window.openDatabase(panelFile(u"one.paneldesk"_qs), &error), qPrintable(error));
    RecentFilesMenu *menu = window.recentFilesMenu();
    QCOMPARE(menu->fileActions().size(), 1);
    menu->clearAction()->trigger();
    QVERIFY(Settings().recentFiles().isEmpty());
    QVERIFY(menu->fileActions().isEmpty());
    QVERIFY(!menu->clearAction()->isEnabled());
    QVERIFY(menu->actions().constFirst()->text() == u"No recent files");
    QVERIFY(!menu->actions().constFirst()->isEnabled());
}

void TestRecentFiles::triggeringEntryOpensIt()
{
    QTemporaryDir data;
    MainWindow window(data.path());
    window.show();
    QString error;
    const QString one = panelFile(u"one.paneldesk"_qs);
    const QString two = panelFile(u"two.paneldesk"_qs);
    QVERIFY2(window.openDatabase(one, &error), qPrintable(error));
    QVERIFY2(window.openDatabase(two, &error), qPrintable(error));
    QVERIFY(window.windowTitle().contains(u"two.paneldesk"));

    QAction *entry = window.recentFilesMenu()->fileActions().at(1);
    QCOMPARE(entry->text(), u"&2 one.paneldesk"_qs);
    entry->trigger();
    QVERIFY(window.windowTitle().contains(u"one.paneldesk"));
    QCOMPARE(canonical(window.store()->location()), canonical(one));
    QCOMPARE(window.currentPath(), canonical(one));
    QCOMPARE(Settings().recentFiles(), (QStringList{canonical(one), canonical(two)}));
    QCOMPARE(labels(window.recentFilesMenu()),
             (QStringList{u"&1 one.paneldesk"_qs, u"&2 two.paneldesk"_qs}));
}

void TestRecentFiles::nonPanelFileShowsOpenError()
{
    QTemporaryDir data;
    MainWindow window(data.path());
    window.show();
    QString error;
    const QString panel = panelFile(u"one.paneldesk"_qs);
    QVERIFY2(window.openDatabase(panel, &error), qPrintable(error));
    const QString text = m_dir.filePath(u"notes.txt"_qs);
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are not scores\n");
    file.close();
    QString expected;
    QVERIFY(!window.openDatabase(text, &expected));   // what File > Open reports
    QCOMPARE(Settings().recentFiles(), QStringList{canonical(panel)});   // not added

    Settings().setRecentFiles({canonical(text), canonical(panel)});
    window.recentFilesMenu()->refill();
    pd::test::ScriptedDialogs dialogs;
    window.setDialogs(dialogs);
    window.recentFilesMenu()->fileActions().constFirst()->trigger();
    QCOMPARE(dialogs.count(QStringLiteral("show")), 1);
    QCOMPARE(dialogs.lastText(QStringLiteral("show")), expected);
    QCOMPARE(window.currentPath(), panel);   // the panel shown before stays
}

void TestRecentFiles::menuIsInFileMenu()
{
    QTemporaryDir data;
    MainWindow window(data.path());
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QAction *recent = nullptr;
    for (QAction *action : file->actions())
        if (action->menu() == window.recentFilesMenu())
            recent = action;
    QVERIFY(recent);
    QCOMPARE(recent->text(), u"Open R&ecent"_qs);
    QCOMPARE(file->actions().indexOf(recent), 1);   // right after Open…
}

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
