#include "sheets/SheetEditor.h"

#include "itemmodels/SheetTableModel.h"
#include "sheets/SheetTableView.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pd {

SheetEditor::SheetEditor(PanelStore &store, QWidget *parent)
    : QWidget(parent), m_model(new SheetTableModel(store, this)), m_title(new QLabel(this)),
      m_banner(new QLabel(this)), m_message(new QLabel(this)), m_table(new SheetTableView(this)),
      m_band(new QLabel(this)),
      m_opinionLabel(new QLabel(this)), m_opinion(new QPlainTextEdit(this)),
      m_total(new QLabel(this)), m_undoButton(new QPushButton(this)),
      m_redoButton(new QPushButton(this)), m_submit(new QPushButton(this)),
      m_undoAction(new QAction(this)), m_redoAction(new QAction(this)),
      m_opinionTimer(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_banner->setObjectName(QStringLiteral("submittedBanner"));
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #d1e7dd; color: #0a3622; border: 1px solid #a3cfbb; padding: 4px; }"));
    m_banner->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("sheetMessage"));
    m_message->setStyleSheet(QStringLiteral(
        "QLabel { background: #f8d7da; color: #58151c; border: 1px solid #f1aeb5; padding: 4px; }"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_band->setObjectName(QStringLiteral("bandDescription"));
    m_band->setWordWrap(true);
    m_band->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_band->hide();

    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(SheetTableModel::ItemColumn,
                                                      QHeaderView::ResizeToContents);
    m_opinion->setMaximumHeight(120);
    m_opinion->installEventFilter(this);
    m_opinionLabel->setBuddy(m_opinion);
    m_opinionTimer->setSingleShot(true);
    m_opinionTimer->setInterval(800);

    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_total, 1);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_band);
    layout->addWidget(m_opinionLabel);
    layout->addWidget(m_opinion);
    layout->addLayout(buttons);

    connect(m_model, &SheetTableModel::editRefused, this, &SheetEditor::showMessage);
    connect(m_model, &SheetTableModel::sheetChanged, this, [this] {
        showMessage(QString());
        refresh();
        if (m_model->isLoaded())
            Q_EMIT stateChanged(m_model->team(), state());
    });
    // A save refused because the sheet changed elsewhere: the model shows what is stored.
    connect(m_model, &SheetTableModel::reloaded, this, [this] {
        const QSignalBlocker quiet(m_opinion);   // not an edit of ours to save
        m_opinion->setPlainText(m_model->opinion());
        m_opinionTimer->stop();
        refresh();
    });
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this, &SheetEditor::refresh);
    // The band next to the score: of the current row, as stored or as being typed.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SheetEditor::showCurrentBand);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SheetEditor::showCurrentBand);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SheetEditor::showCurrentBand);
    connect(m_table, &SheetTableView::editorClosed, this, &SheetEditor::showCurrentBand);
    connect(m_table, &SheetTableView::textTyped, this, [this](const QModelIndex &index, const QString &text) {
        if (index.column() != SheetTableModel::ScoreColumn)
            return;
        const RubricItem *item = m_model->itemAt(index.row());
        if (!item)
            return;
        QString ignored;
        const std::optional<double> typed = text.trimmed().isEmpty()
            ? std::nullopt : SheetTableModel::parseScore(text, *item, &ignored);
        showBand(index.row(), typed, true);
    });
    connect(m_undoAction, &QAction::triggered, this, &SheetEditor::undo);
    connect(m_redoAction, &QAction::triggered, this, &SheetEditor::redo);
    connect(m_undoButton, &QPushButton::clicked, this, &SheetEditor::undo);
    connect(m_redoButton, &QPushButton::clicked, this, &SheetEditor::redo);
    connect(m_submit, &QPushButton::clicked, this, &SheetEditor::submit);
    connect(m_opinion, &QPlainTextEdit::textChanged, m_opinionTimer, qOverload<>(&QTimer::start));
    connect(m_opinionTimer, &QTimer::timeout, this, &SheetEditor::flushOpinion);
    connect(m_table, &SheetTableView::leftLastCell, this, [this] {
        if (!m_opinion->isReadOnly())
            m_opinion->setFocus(Qt::TabFocusReason);
    });
    retranslate();
    refresh();
}

SheetEditor::~SheetEditor()
{
    flushOpinion();
}

bool SheetEditor::openSheet(const Panel &panel, const QString &reviewer, const QString &team,
                            const QString &actor)
{
    closeSheet();
    if (!m_model->load(panel, reviewer, team, actor)) {
        refresh();
        return false;
    }
    const Team *t = panel.team(team);
    m_teamName = t ? t->name : team;
    m_opinion->setPlainText(m_model->opinion());
    m_opinionTimer->stop();
    m_table->resizeColumnToContents(SheetTableModel::PointsColumn);
    retranslate();
    refresh();
    return true;
}

void SheetEditor::closeSheet()
{
    flushOpinion();
    m_model->clear();
    m_teamName.clear();
    m_opinion->clear();
    m_opinionTimer->stop();
    showMessage(QString());
    retranslate();
    refresh();
}

void SheetEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString SheetEditor::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString SheetEditor::totalText() const { return m_total->text(); }

bool SheetEditor::isBannerShown() const { return !m_banner->isHidden(); }

QString SheetEditor::bannerText() const { return m_banner->text(); }

QString SheetEditor::bandText() const
{
    return m_band->isHidden() ? QString() : m_band->text();
}

void SheetEditor::showCurrentBand()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    showBand(row, m_model->scoreAt(row));
}

// `typing`: the score's editor holds text that is no valid score yet when `typed` is none.
void SheetEditor::showBand(int row, std::optional<double> typed, bool typing)
{
    const RubricItem *item = m_model->isLoaded() ? m_model->itemAt(row) : nullptr;
    QString text = item ? SheetTableModel::bandLine(*item, typed) : QString();
    if (typing && !typed && item && !item->bands.empty())
        text = tr("%1: enter a score from 0 to %2 to see its band")
                   .arg(item->name, SheetTableModel::scoreText(item->points));
    m_band->setText(text);
    m_band->setToolTip(item ? SheetTableModel::bandsText(*item) : QString());
    m_band->setAccessibleName(tr("Score band"));
    m_band->setVisible(!text.isEmpty());
}

SheetState SheetEditor::state() const
{
    if (m_model->isSubmitted())
        return SheetState::Submitted;
    return m_model->hasScores() ? SheetState::Draft : SheetState::NotStarted;
}

void SheetEditor::startEditing()
{
    if (!m_model->isLoaded() || m_model->rowCount() == 0)
        return;
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentIndex(m_model->index(0, SheetTableModel::ScoreColumn));
}

void SheetEditor::undo()
{
    m_model->undo();
}

void SheetEditor::redo()
{
    m_model->redo();
}

bool SheetEditor::submit()
{
    if (!m_model->isLoaded() || m_model->isLocked())
        return false;
    flushOpinion();
    if (const QStringList missing = m_model->missingItems(); !missing.isEmpty())
        return m_model->submit();   // refused: the message names the missing items
    const QString question =
        tr("Submit your sheet for %1 with a total of %2 / %3? It is then locked; only the "
           "chair can reopen it.")
            .arg(m_teamName, SheetTableModel::scoreText(m_model->total()),
                 SheetTableModel::scoreText(m_model->maximum()));
    if (!m_dialogs->ask(this, tr("Submit sheet"), question))
        return false;
    if (!m_model->submit())
        return false;
    m_table->setCurrentIndex({});
    return true;
}

void SheetEditor::flushOpinion()
{
    m_opinionTimer->stop();
    if (m_model->isLoaded() && !m_model->isLocked())
        m_model->setOpinion(m_opinion->toPlainText());
}

bool SheetEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_opinion && event->type() == QEvent::FocusOut)
        flushOpinion();
    return QWidget::eventFilter(watched, event);
}

void SheetEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
        showCurrentBand();
    }
    QWidget::changeEvent(event);
}

void SheetEditor::retranslate()
{
    m_title->setText(m_teamName.isEmpty() ? tr("No sheet selected")
                                          : tr("Score sheet: %1").arg(m_teamName));
    m_table->setAccessibleName(tr("Rubric items"));
    m_opinionLabel->setText(tr("Overall &opinion:"));
    m_opinion->setAccessibleName(tr("Overall opinion"));
    m_undoButton->setText(tr("&Undo"));
    m_redoButton->setText(tr("&Redo"));
    m_submit->setText(tr("&Submit..."));
    m_undoAction->setText(tr("Undo"));
    m_redoAction->setText(tr("Redo"));
}

void SheetEditor::refresh()
{
    const bool loaded = m_model->isLoaded();
    const bool locked = m_model->isLocked();
    m_table->setEnabled(loaded);
    m_opinion->setEnabled(loaded);
    m_opinion->setReadOnly(!loaded || locked);
    m_banner->setText(m_model->isRoundClosed()
                          ? tr("The round is locked: scores, comments and opinions can no longer change. "
                               "This sheet is shown read-only.")
                          : tr("Submitted: this sheet is locked. Only the chair can reopen it."));
    m_banner->setVisible(loaded && locked);
    m_submit->setEnabled(loaded && !locked);
    QUndoStack *stack = m_model->undoStack();
    m_undoButton->setEnabled(loaded && !locked && stack->canUndo());
    m_redoButton->setEnabled(loaded && !locked && stack->canRedo());
    m_total->setText(loaded ? tr("Total: %1 / %2")
                                  .arg(SheetTableModel::scoreText(m_model->total()),
                                       SheetTableModel::scoreText(m_model->maximum()))
                            : QString());
}

} // namespace pd
