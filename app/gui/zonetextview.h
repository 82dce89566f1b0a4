#pragma once

#include "textlayout.h"

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QHash>
#include <QSet>
#include <functional>
#include <vector>

namespace caa {

// A zone file's text, read-only, with line numbers: CAA records are tinted, lines with problems marked in the gutter.
// It paints only the visible lines from the file's bytes (a line index of 4 bytes per line), so a million-line zone
// opens at once and costs little more than the file. Records are edited through the pane around it (activated()).
class ZoneTextView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Mark
    {
        None,
        Caa, // a CAA record's line
        Warning,
        Error,
    };
    explicit ZoneTextView(QWidget* parent = nullptr);

    // `layout`: the text's lines and CAA lines, made beforehand (built here when null).
    void setContent(const QByteArray& content, std::shared_ptr<const TextLayout> layout = nullptr);
    QByteArray content() const { return m_content; }
    // Lines (1-based) with findings: the gutter marks them; the tooltip explains.
    // `explain(line)` gives the tooltip of a marked line (asked for when shown, not for every mark up front).
    void setMarks(const QHash<int, Mark>& marks, const std::function<QString(int)>& explain);
    int lineCount() const { return m_layout ? int(m_layout->lineStarts.size()) : 0; }
    QString lineText(int line) const; // 1-based, without the line end

    int currentLine() const { return m_current; }
    void setCurrentLine(int line); // scrolls it into view (centred when far)
    int firstVisibleLine() const;

Q_SIGNALS:
    void currentLineChanged(int line);
    void activated(int line); // double-click or Enter: edit the record there

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void updateScrollBars();
    int lineAt(int y) const;
    int gutterWidth() const;

    QByteArray m_content;
    std::shared_ptr<const TextLayout> m_layout;
    QHash<int, Mark> m_marks;
    std::function<QString(int)> m_explain;
    int m_current = 0;
};

} // namespace caa
