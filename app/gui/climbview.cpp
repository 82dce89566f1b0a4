#include "climbview.h"

#include "climbmodel.h"
#include "messagecatalogue.h"
#include "statuscolors.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

namespace caa {

namespace {

constexpr int kMargin = 12;
constexpr int kGutter = 40; // the line and the dots
constexpr int kGap = 12;

} // namespace

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
        m_current = -1;
        m_answeredAt.clear();
        noteAnswers();
        refresh();
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

int ClimbView::rungHeight(int row) const
{
    const QFontMetrics fm(font());
    const QString records = m_model->index(row, 0).data(ClimbModel::RecordsRole).toString();
    const int recordLines = records.isEmpty() ? 0 : std::min<int>(int(records.count(u'\n')) + 1, 4);
    return fm.height() * (2 + recordLines) + 20;
}

QRect ClimbView::rungRect(int row) const
{
    int y = kMargin;
    for (int i = 0; i < row; ++i)
        y += rungHeight(i) + kGap;
    return QRect(kMargin + kGutter, y, width() - 2 * kMargin - kGutter, rungHeight(row));
}

QSize ClimbView::sizeHint() const
{
    int h = 2 * kMargin + fontMetrics().height() * 2;
    if (m_model) {
        for (int i = 0; i < m_model->rowCount(); ++i)
            h += rungHeight(i) + kGap;
    }
    return { 420, h };
}

QSize ClimbView::minimumSizeHint() const
{
    return { 300, sizeHint().height() };
}

void ClimbView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const StatusColors colors(pal);
    if (!m_model || m_model->rowCount() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignLeft | Qt::TextWordWrap,
                   tr("Enter a name and press Check: every name from it up to the top-level domain is asked at once, "
                      "and the first one with CAA records decides."));
        return;
    }
    const QFont base = font();
    QFont bold = base;
    bold.setBold(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(base.pointSizeF() * 0.95);
    const QFontMetrics fm(base);
    const int rows = m_model->rowCount();
    const int lineX = kMargin + kGutter / 2;
    // Lines mixed from text and background: visible in light and dark themes alike (Mid/Dark are not).
    const QColor lineColour = StatusColors::tint(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
    // The spine.
    const QRect last = rungRect(rows - 1);
    p.setPen(QPen(lineColour, 2));
    p.drawLine(lineX, rungRect(0).top() + 18, lineX, last.bottom() + kGap + fm.height());
    for (int row = 0; row < rows; ++row) {
        const QModelIndex idx = m_model->index(row, 0);
        const auto state = idx.data(ClimbModel::StateRole).value<ClimbModel::RungState>();
        const QRect r = rungRect(row);
        p.setOpacity(fadeOf(row)); // answers fade in as they arrive
        QColor accent = lineColour;
        QString badge;
        bool dashed = false;
        switch (state) {
        case ClimbModel::RungState::Blocks:
            accent = colors.error;
            badge = tr("RELEVANT SET · BLOCKS");
            break;
        case ClimbModel::RungState::Allows:
            accent = colors.ok;
            badge = tr("RELEVANT SET · ALLOWS");
            break;
        case ClimbModel::RungState::Failed:
            accent = colors.warning;
            badge = tr("LOOKUP FAILED");
            break;
        case ClimbModel::RungState::NotConsulted:
            dashed = true;
            badge = tr("not consulted");
            break;
        case ClimbModel::RungState::Waiting:
            dashed = true;
            badge = tr("asking…");
            break;
        case ClimbModel::RungState::Empty:
            break;
        }
        const bool strong = state == ClimbModel::RungState::Blocks || state == ClimbModel::RungState::Allows
            || state == ClimbModel::RungState::Failed;
        // The dot on the spine: filled for the deciding rung, hollow for empty ones, dashed when not consulted.
        const QPoint centre(lineX, r.top() + 18);
        p.setPen(QPen(strong ? accent : lineColour, 2, dashed ? Qt::DotLine : Qt::SolidLine));
        p.setBrush(strong ? accent : pal.color(QPalette::Base));
        p.drawEllipse(centre, strong ? 10 : 8, strong ? 10 : 8);
        if (strong) {
            p.setPen(Qt::white);
            p.setFont(bold);
            p.drawText(QRect(centre.x() - 10, centre.y() - 10, 20, 20), Qt::AlignCenter,
                       state == ClimbModel::RungState::Allows ? QStringLiteral("✓") : QStringLiteral("!"));
        }
        // The card.
        QColor fill = pal.color(QPalette::Base);
        if (strong)
            fill = StatusColors::tint(accent, pal.color(QPalette::Base), 0.12);
        p.setBrush(fill);
        QPen border(strong ? accent : lineColour, strong ? 2 : 1, dashed ? Qt::DashLine : Qt::SolidLine);
        if (row == m_current && hasFocus())
            border = QPen(pal.color(QPalette::Highlight), 2);
        p.setPen(border);
        p.drawRoundedRect(r, 6, 6);
        const QRect inner = r.adjusted(12, 8, -12, -8);
        const QColor text = dashed ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text);
        p.setPen(text);
        p.setFont(mono);
        p.drawText(inner.topLeft() + QPoint(0, fm.ascent()), idx.data(ClimbModel::NameRole).toString());
        if (!badge.isEmpty()) {
            p.setFont(bold);
            p.setPen(strong ? accent : pal.color(QPalette::PlaceholderText));
            p.drawText(inner, Qt::AlignRight | Qt::AlignTop, badge);
        }
        p.setFont(base);
        p.setPen(dashed ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
        const QString summary
            = fm.elidedText(idx.data(ClimbModel::SummaryRole).toString(), Qt::ElideRight, inner.width());
        p.drawText(inner.topLeft() + QPoint(0, fm.height() + fm.ascent()), summary);
        const QString records = idx.data(ClimbModel::RecordsRole).toString();
        if (!records.isEmpty() && !dashed) {
            p.setFont(mono);
            const QFontMetrics mfm(mono);
            const QStringList lines = records.split(u'\n');
            for (int i = 0; i < std::min<int>(int(lines.size()), 4); ++i) {
                const QString shown = i == 3 && lines.size() > 4 ? tr("… %1 more").arg(lines.size() - 3) : lines[i];
                p.drawText(inner.topLeft() + QPoint(0, fm.height() * (2 + i) + mfm.ascent()),
                           mfm.elidedText(shown, Qt::ElideRight, inner.width()));
            }
        }
        // CNAME/DNAME hops beside the rung.
        const QStringList aliases = idx.data(ClimbModel::AliasesRole).toStringList();
        if (!aliases.isEmpty() && !dashed) {
            p.setFont(base);
            p.setPen(pal.color(QPalette::Link));
            const QString hop = tr("alias → %1").arg(aliases.join(QStringLiteral(" → ")));
            p.drawText(inner.adjusted(0, fm.height(), 0, 0), Qt::AlignRight | Qt::AlignTop,
                       fm.elidedText(hop, Qt::ElideLeft, inner.width() / 2));
        }
    }
    p.setOpacity(1.0);
    // The root, never queried.
    const int y = last.bottom() + kGap + fm.height() / 2;
    p.setPen(QPen(lineColour, 1));
    p.setBrush(pal.color(QPalette::Window));
    p.drawEllipse(QPoint(lineX, y), 6, 6);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.setFont(base);
    p.drawText(QPoint(kMargin + kGutter, y + fm.ascent() / 2), tr(". (the root) — never queried"));
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
