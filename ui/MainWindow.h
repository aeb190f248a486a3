#pragma once
// The main window: opens a panel database (File > Open, or the demo) and shows the current
// round's standings read-only. Later pages (sheets, charts, decision) hang off this window.

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace pd {

class StandingsPage;
class Translations;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `demoFolder` is where "Open demo panel" keeps its database (the user's data folder).
    // With `translations`, the Language menu switches between Korean and English live.
    explicit MainWindow(const QString &demoFolder, Translations *translations = nullptr,
                        QWidget *parent = nullptr);

    // Opens and shows a database; on failure returns false with a message in `error` and
    // keeps whatever was shown before.
    bool openDatabase(const QString &path, QString *error);
    // Creates the demo database in the demo folder when it is missing, then opens it.
    bool openDemo(QString *error);

    QString currentPath() const { return m_path; }
    StandingsPage *standingsPage() const { return m_standings; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void chooseLanguage(const QString &code);
    void openWithDialog();
    void openDemoFromMenu();
    void reload();
    void showAbout();
    void reportError(const QString &message);

    QString m_demoFolder;
    Translations *m_translations;
    QString m_path;
    QStackedWidget *m_stack;
    QLabel *m_welcome;
    StandingsPage *m_standings;
};

} // namespace pd
