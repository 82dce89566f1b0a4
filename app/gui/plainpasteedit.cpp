#include "plainpasteedit.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>

namespace caa {

void PlainPasteEdit::pastePlainText()
{
    if (isReadOnly())
        return;
    const QString text = QGuiApplication::clipboard()->text();
    if (!text.isEmpty())
        insertPlainText(text);
}

void PlainPasteEdit::keyPressEvent(QKeyEvent* event)
{
    if (event == QKeySequence::Paste) {
        pastePlainText();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void PlainPasteEdit::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu(event->pos());
    for (QAction* action : menu->actions()) {
        if (action->objectName() == QLatin1String("edit-paste")) {
            action->disconnect(); // the standard paste goes through the mime data
            action->setEnabled(!isReadOnly() && !QGuiApplication::clipboard()->text().isEmpty());
            connect(action, &QAction::triggered, this, &PlainPasteEdit::pastePlainText);
        }
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace caa
