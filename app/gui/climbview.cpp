#include "climbview.h"

#include "climbmodel.h"
#include "climbpainter.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>

namespace caa {

ClimbView::ClimbView(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Tree climb"));
    setAccessibleDescription(tr("The names CAs ask for CAA records, from the certificate name to the top-level "
                                "domain. Use the arrow keys to select a name."));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_clock.start();
    m_animation.setInterval(16);
    connect(&m_animation, &QTimer::timeout, this, [this] {
        bool fading = false;
        for (auto it = m_answeredAt.constBegin(); it != m_answeredAt.constEnd(); ++it)
            fading = fading || m_clock.elapsed() - it.value() < 250;
        if (!fading)
            m_animation.stop();
        update();
    });
}

void ClimbView::noteAnswers()
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto state = m_model->index(row, 0).data(ClimbModel::StateRole).value<ClimbModel::RungState>();
        if (state != ClimbModel::RungState::Waiting && !m_answeredAt.contains(row)) {
            m_answeredAt.insert(row, m_clock.elapsed());
            if (!m_animation.isActive())
                m_animation.start();
        }
    }
}

qreal ClimbView::fadeOf(int row) const
{
    const auto it = m_answeredAt.constFind(row);
    if (it == m_answeredAt.constEnd())
        return 1.0;
    return std::clamp(qreal(m_clock.elapsed() - it.value()) / 250.0, 0.35, 1.0);
}

void ClimbView::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    auto refresh = [this] {
        updateGeometry();
        update();
    };
    connect(model, &QAbstractItemModel::modelReset, this, [this, refresh] {
        const bool hadCurrent = m_current >= 0;
        m_current = -1;
        m_answeredAt.clear();
        noteAnswers();
        refresh();
        if (hadCurrent)
            Q_EMIT currentRowChanged(-1); // what showed the old row shows nothing of it any more
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this, refresh] {
        noteAnswers();
        refresh();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
    refresh();
}

void ClimbView::setCurrentRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount() || row == m_current)
        return;
    m_current = row;
    update();
    setAccessibleName(tr("Tree climb: %1").arg(m_model->index(row, 0).data().toString()));
    Q_EMIT currentRowChanged(row);
}

ClimbPainter ClimbView::painter() const
{
    ClimbPainter painter;
    painter.palette = palette();
    painter.font = font();
    painter.mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    painter.mono.setPointSizeF(font().pointSizeF() * 0.95);
    painter.width = width();
    painter.currentRow = m_current;
    painter.focusFrame = hasFocus();
    painter.opacityOf = [this](int row) {
        return fadeOf(row);
    };
    return painter;
}

QRect ClimbView::rungRect(int row) const
{
    return m_model ? painter().rungRect(*m_model, row) : QRect();
}

QSize ClimbView::sizeHint() const
{
    return { 420, m_model ? painter().height(*m_model) : 2 * 12 + fontMetrics().height() * 2 };
}

QSize ClimbView::minimumSizeHint() const
{
    return { 300, sizeHint().height() };
}

void ClimbView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (!m_model || m_model->rowCount() == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignLeft | Qt::TextWordWrap, placeholderText());
        return;
    }
    painter().paint(p, *m_model);
}

void ClimbView::setPlaceholderText(const QString& text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    update();
}

QString ClimbView::placeholderText() const
{
    return !m_placeholder.isEmpty()
        ? m_placeholder
        : tr("Enter a name and press Check: every name from it up to the top-level domain is asked at once, and the "
             "first one with CAA records decides.");
}

void ClimbView::keyPressEvent(QKeyEvent* event)
{
    if (!m_model) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Down)
        setCurrentRow(std::min(m_current + 1, m_model->rowCount() - 1));
    else if (event->key() == Qt::Key_Up)
        setCurrentRow(std::max(m_current - 1, 0));
    else if (event->key() == Qt::Key_Home)
        setCurrentRow(0);
    else if (event->key() == Qt::Key_End)
        setCurrentRow(m_model->rowCount() - 1);
    else
        QWidget::keyPressEvent(event);
}

void ClimbView::mousePressEvent(QMouseEvent* event)
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (rungRect(row).contains(event->position().toPoint())) {
            setFocus();
            setCurrentRow(row);
            return;
        }
    }
}

} // namespace caa
