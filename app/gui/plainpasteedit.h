#pragma once

#include <QPlainTextEdit>

namespace caa {

// A plain-text field whose paste (Ctrl+V, Shift+Insert, the context menu) takes the clipboard's text only. Qt 6.4's
// QPlainTextEdit crashed (SIGSEGV in QWidgetTextControl::insertFromMimeData) when Ctrl+V met an empty X11 clipboard;
// the text path that QLineEdit uses does not.
class PlainPasteEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

    // Inserts the clipboard's text at the cursor; nothing when the clipboard holds no text.
    void pastePlainText();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
};

} // namespace caa
