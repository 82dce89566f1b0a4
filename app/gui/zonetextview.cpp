#include "zonetextview.h"

#include "statuscolors.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace caa {

ZoneTextView::ZoneTextView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setAccessibleName(tr("Zone file text"));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
}

void ZoneTextView::setContent(const QByteArray& content, std::shared_ptr<const TextLayout> layout)
{
    m_content = content;
    m_layout = layout ? std::move(layout) : TextLayout::build(content);
    m_current = std::min(m_current, lineCount());
    updateScrollBars();
    viewport()->update();
}

void ZoneTextView::setMarks(const QHash<int, Mark>& marks, const std::function<QString(int)>& explain)
{
    m_marks = marks;
    m_explain = explain;
    viewport()->update();
}

QString ZoneTextView::lineText(int line) const
{
    if (line < 1 || line > lineCount())
        return {};
    // Clamped to the text: a layout is made for one text, and must never read past another.
    const quint32 size = quint32(m_content.size());
    const quint32 begin = std::min(m_layout->lineStarts[size_t(line - 1)], size);
    quint32 end = std::clamp(line < lineCount() ? m_layout->lineStarts[size_t(line)] : size, begin, size);
    while (end > begin && (m_content[end - 1] == '\n' || m_content[end - 1] == '\r'))
        --end;
    QString text = QString::fromUtf8(m_content.constData() + begin, qsizetype(end - begin));
    text.replace(u'\t', QStringLiteral("        "));
    return text;
}

int ZoneTextView::gutterWidth() const
{
    const int digits = int(QString::number(std::max(lineCount(), 1)).size());
    return fontMetrics().horizontalAdvance(u'9') * (digits + 1) + 14;
}

int ZoneTextView::firstVisibleLine() const
{
    return verticalScrollBar()->value() + 1;
}

void ZoneTextView::updateScrollBars()
{
    const int lineHeight = fontMetrics().lineSpacing();
    const int visible = std::max(1, viewport()->height() / lineHeight);
    verticalScrollBar()->setRange(0, std::max(0, lineCount() - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
    const int textWidth = fontMetrics().horizontalAdvance(u'M') * ((m_layout ? m_layout->longestLine : 0) + 2);
    const int available = viewport()->width() - gutterWidth();
    horizontalScrollBar()->setRange(0, std::max(0, textWidth - available));
    horizontalScrollBar()->setPageStep(std::max(1, available));
    horizontalScrollBar()->setSingleStep(fontMetrics().horizontalAdvance(u'M') * 4);
}

void ZoneTextView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void ZoneTextView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateScrollBars();
}

int ZoneTextView::lineAt(int y) const
{
    return verticalScrollBar()->value() + y / fontMetrics().lineSpacing() + 1;
}

void ZoneTextView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter p(viewport());
    const QPalette& pal = palette();
    const StatusColors colors(pal);
    const QColor base = pal.color(QPalette::Base);
    const int lineHeight = fontMetrics().lineSpacing();
    const int gutter = gutterWidth();
    const int first = verticalScrollBar()->value() + 1;
    const int rows = viewport()->height() / lineHeight + 2;
    const int xOffset = horizontalScrollBar()->value();
    p.fillRect(QRect(0, 0, gutter, viewport()->height()), pal.color(QPalette::AlternateBase));
    const QColor caaTint = StatusColors::tint(colors.info, base, 0.14);
    const QColor currentTint = StatusColors::tint(pal.color(QPalette::Highlight), base, 0.22);
    for (int i = 0; i < rows; ++i) {
        const int line = first + i;
        if (line > lineCount())
            break;
        const QRect row(0, i * lineHeight, viewport()->width(), lineHeight);
        const QRect textRow = row.adjusted(gutter, 0, 0, 0);
        if (line == m_current)
            p.fillRect(textRow, currentTint);
        else if (m_layout->caaLines.contains(line))
            p.fillRect(textRow, caaTint);
        const auto mark = m_marks.constFind(line);
        if (mark != m_marks.constEnd()) {
            const QColor c = *mark == Mark::Error ? colors.error : colors.warning;
            p.fillRect(QRect(gutter - 5, row.top(), 4, lineHeight), c);
        }
        if (m_layout->caaLines.contains(line))
            p.fillRect(QRect(gutter - 10, row.top() + 2, 3, lineHeight - 4), colors.info);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, row.top(), gutter - 12, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(line));
        p.setPen(pal.color(QPalette::Text));
        p.setClipRect(textRow);
        p.drawText(QPoint(gutter + 4 - xOffset, row.top() + fontMetrics().ascent()), lineText(line));
        p.setClipping(false);
    }
}

bool ZoneTextView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int line = lineAt(help->pos().y());
        if (m_marks.contains(line) && m_explain)
            QToolTip::showText(help->globalPos(), m_explain(line), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ZoneTextView::setCurrentLine(int line)
{
    line = std::clamp(line, lineCount() > 0 ? 1 : 0, lineCount());
    if (line != m_current) {
        m_current = line;
        Q_EMIT currentLineChanged(line);
    }
    const int top = verticalScrollBar()->value() + 1;
    const int visible = verticalScrollBar()->pageStep();
    if (line < top || line >= top + visible)
        verticalScrollBar()->setValue(line - visible / 3);
    viewport()->update();
}

void ZoneTextView::mousePressEvent(QMouseEvent* event)
{
    setCurrentLine(lineAt(int(event->position().y())));
    QAbstractScrollArea::mousePressEvent(event);
}

void ZoneTextView::mouseDoubleClickEvent(QMouseEvent* event)
{
    setCurrentLine(lineAt(int(event->position().y())));
    Q_EMIT activated(m_current);
}

void ZoneTextView::keyPressEvent(QKeyEvent* event)
{
    const int page = std::max(1, verticalScrollBar()->pageStep() - 1);
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentLine(m_current - 1);
        return;
    case Qt::Key_Down:
        setCurrentLine(m_current + 1);
        return;
    case Qt::Key_PageUp:
        setCurrentLine(m_current - page);
        return;
    case Qt::Key_PageDown:
        setCurrentLine(m_current + page);
        return;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier) {
            setCurrentLine(1);
            return;
        }
        break;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier) {
            setCurrentLine(lineCount());
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        Q_EMIT activated(m_current);
        return;
    default:
        if (event->matches(QKeySequence::Copy)) {
            QApplication::clipboard()->setText(lineText(m_current));
            return;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

} // namespace caa
