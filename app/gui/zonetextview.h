#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QHash>
#include <QSet>
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

    void setContent(const QByteArray& content);
    QByteArray content() const { return m_content; }
    // Lines (1-based) of CAA records, and lines with findings (the gutter shows them; the tooltip explains).
    void setCaaLines(const QSet<int>& lines);
    void setMarks(const QHash<int, QPair<Mark, QString>>& marks);
    int lineCount() const { return int(m_lineStarts.size()); }
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
    std::vector<quint32> m_lineStarts;
    int m_longestLine = 0; // in bytes, for the horizontal range
    QSet<int> m_caaLines;
    QHash<int, QPair<Mark, QString>> m_marks;
    int m_current = 0;
};

} // namespace caa
