#pragma once
// A translucent diagonal text drawn over another widget (the demo mark). It follows the
// size of the widget it covers and lets every mouse event through.

#include <QWidget>

namespace pd {

class Watermark : public QWidget {
    Q_OBJECT
public:
    explicit Watermark(QWidget *covered);
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace pd
