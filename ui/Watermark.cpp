#include "Watermark.h"

#include <QEvent>
#include <QPainter>
#include <cmath>

namespace pd {

Watermark::Watermark(QWidget *covered) : QWidget(covered)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    covered->installEventFilter(this);
    setGeometry(covered->rect());
    hide();
}

void Watermark::setText(const QString &text)
{
    m_text = text;
    setVisible(!text.isEmpty());
    raise();
    update();
}

bool Watermark::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void Watermark::paintEvent(QPaintEvent *)
{
    if (m_text.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font = painter.font();
    font.setPointSizeF(std::max(14.0, std::min(width(), height()) / 14.0));
    font.setBold(true);
    painter.setFont(font);
    QColor color = palette().color(QPalette::Text);
    color.setAlpha(28);
    painter.setPen(color);
    painter.translate(width() / 2.0, height() / 2.0);
    painter.rotate(-std::atan2(height(), width()) * 180.0 / M_PI);
    const QRectF box(-width(), -height() / 2.0, 2.0 * width(), height());
    painter.drawText(box, Qt::AlignCenter, m_text);
}

} // namespace pd
