#include "climbpainter.h"

#include "climbmodel.h"
#include "statuscolors.h"

#include <QCoreApplication>
#include <QPainter>

namespace caa {

namespace {

constexpr int kMargin = 12;
constexpr int kGutter = 40; // the line and the dots
constexpr int kGap = 12;

} // namespace

int ClimbPainter::rungHeight(const QAbstractItemModel& model, int row) const
{
    const QFontMetrics fm(font);
    const QString records = model.index(row, 0).data(ClimbModel::RecordsRole).toString();
    const int recordLines = records.isEmpty() ? 0 : std::min<int>(int(records.count(u'\n')) + 1, 4);
    return fm.height() * (2 + recordLines) + 20;
}

QRect ClimbPainter::rungRect(const QAbstractItemModel& model, int row) const
{
    int y = kMargin;
    for (int i = 0; i < row; ++i)
        y += rungHeight(model, i) + kGap;
    return QRect(kMargin + kGutter, y, width - 2 * kMargin - kGutter, rungHeight(model, row));
}

int ClimbPainter::height(const QAbstractItemModel& model) const
{
    int h = 2 * kMargin + QFontMetrics(font).height() * 2;
    for (int i = 0; i < model.rowCount(); ++i)
        h += rungHeight(model, i) + kGap;
    return h;
}

QPair<QString, QString> ClimbPainter::fitNameAndBadge(const QString& name, const QString& badge, const QFont& nameFont,
                                                      const QFont& badgeFont, int width)
{
    const QFontMetrics nameMetrics(nameFont), badgeMetrics(badgeFont);
    const int nameWidth = nameMetrics.horizontalAdvance(name);
    const int badgeWidth = badge.isEmpty() ? 0 : badgeMetrics.horizontalAdvance(badge);
    const int gap = badge.isEmpty() ? 0 : kBadgeGap;
    if (nameWidth + gap + badgeWidth <= width)
        return { name, badge };
    const QString shownName
        = nameMetrics.elidedText(name, Qt::ElideMiddle, std::max(width / 2, width - gap - badgeWidth));
    return { shownName,
             badge.isEmpty() ? badge
                             : badgeMetrics.elidedText(badge, Qt::ElideRight,
                                                       width - gap - nameMetrics.horizontalAdvance(shownName)) };
}

void ClimbPainter::paint(QPainter& p, const QAbstractItemModel& model) const
{
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette;
    const StatusColors colors(pal);
    const QFont& base = font;
    QFont bold = base;
    bold.setBold(true);
    const QFontMetrics fm(base);
    const int rows = model.rowCount();
    if (rows == 0)
        return;
    const int lineX = kMargin + kGutter / 2;
    // Lines mixed from text and background: visible in light and dark themes alike (Mid/Dark are not).
    const QColor lineColour = StatusColors::tint(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
    // The spine.
    const QRect last = rungRect(model, rows - 1);
    p.setPen(QPen(lineColour, 2));
    p.drawLine(lineX, rungRect(model, 0).top() + 18, lineX, last.bottom() + kGap + fm.height());
    for (int row = 0; row < rows; ++row) {
        const QModelIndex idx = model.index(row, 0);
        const auto state = idx.data(ClimbModel::StateRole).value<ClimbModel::RungState>();
        const QRect r = rungRect(model, row);
        p.setOpacity(opacityOf ? opacityOf(row) : 1.0); // answers fade in as they arrive
        QColor accent = lineColour;
        QString badge;
        bool dashed = false;
        switch (state) {
        case ClimbModel::RungState::Blocks:
            accent = colors.error;
            badge = QCoreApplication::translate("caa::ClimbView", "RELEVANT SET · BLOCKS");
            break;
        case ClimbModel::RungState::Allows:
            accent = colors.ok;
            badge = QCoreApplication::translate("caa::ClimbView", "RELEVANT SET · ALLOWS");
            break;
        case ClimbModel::RungState::DependsOnServer:
            accent = colors.warning;
            badge = QCoreApplication::translate("caa::ClimbView", "RELEVANT SET · DIFFERS BY NAMESERVER");
            break;
        case ClimbModel::RungState::Failed:
            accent = colors.warning;
            badge = QCoreApplication::translate("caa::ClimbView", "LOOKUP FAILED");
            break;
        case ClimbModel::RungState::NotConsulted:
            dashed = true;
            badge = QCoreApplication::translate("caa::ClimbView", "not consulted");
            break;
        case ClimbModel::RungState::Waiting:
            dashed = true;
            badge = QCoreApplication::translate("caa::ClimbView", "asking…");
            break;
        case ClimbModel::RungState::Unanswered:
            dashed = true;
            badge = QCoreApplication::translate("caa::ClimbView", "not answered: cancelled");
            break;
        case ClimbModel::RungState::Empty:
            break;
        }
        const bool strong = state == ClimbModel::RungState::Blocks || state == ClimbModel::RungState::Allows
            || state == ClimbModel::RungState::Failed || state == ClimbModel::RungState::DependsOnServer;
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
        if (row == currentRow && focusFrame)
            border = QPen(pal.color(QPalette::Highlight), 2);
        p.setPen(border);
        p.drawRoundedRect(r, 6, 6);
        const QRect inner = r.adjusted(12, 8, -12, -8);
        const QColor text = dashed ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text);
        p.setPen(text);
        // The name and the badge share the first line: when both do not fit (a narrow window, a long name), the
        // name keeps at least half of it and both are elided rather than drawn over each other.
        const auto [name, shownBadge]
            = fitNameAndBadge(idx.data(ClimbModel::NameRole).toString(), badge, mono, bold, inner.width());
        badge = shownBadge;
        p.setFont(mono);
        p.drawText(inner.topLeft() + QPoint(0, fm.ascent()), name);
        if (!badge.isEmpty()) {
            p.setFont(bold);
            p.setPen(strong ? accent : pal.color(QPalette::PlaceholderText));
            p.drawText(inner, Qt::AlignRight | Qt::AlignTop, badge);
        }
        const QStringList aliases = idx.data(ClimbModel::AliasesRole).toStringList();
        QString hop;
        if (!aliases.isEmpty() && !dashed) {
            const QString dname = idx.data(ClimbModel::DnameOwnerRole).toString();
            hop = fm.elidedText(dname.isEmpty() ? QCoreApplication::translate("caa::ClimbView", "alias → %1")
                                                      .arg(aliases.join(QStringLiteral(" → ")))
                                                : QCoreApplication::translate("caa::ClimbView", "DNAME at %1 → %2")
                                                      .arg(dname, aliases.join(QStringLiteral(" → "))),
                                Qt::ElideLeft, inner.width() / 2);
        }
        const int hopWidth = hop.isEmpty() ? 0 : fm.horizontalAdvance(hop) + fm.horizontalAdvance(QStringLiteral("  "));
        p.setFont(base);
        p.setPen(dashed ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
        const QString summary
            = fm.elidedText(idx.data(ClimbModel::SummaryRole).toString(), Qt::ElideRight, inner.width() - hopWidth);
        p.drawText(inner.topLeft() + QPoint(0, fm.height() + fm.ascent()), summary);
        const QString records = idx.data(ClimbModel::RecordsRole).toString();
        if (!records.isEmpty() && !dashed) {
            p.setFont(mono);
            const QFontMetrics mfm(mono);
            const QStringList lines = records.split(u'\n');
            for (int i = 0; i < std::min<int>(int(lines.size()), 4); ++i) {
                const QString shown = i == 3 && lines.size() > 4
                    ? QCoreApplication::translate("caa::ClimbView", "… %1 more").arg(lines.size() - 3)
                    : lines[i];
                p.drawText(inner.topLeft() + QPoint(0, fm.height() * (2 + i) + mfm.ascent()),
                           mfm.elidedText(shown, Qt::ElideRight, inner.width()));
            }
        }
        // CNAME/DNAME hops beside the summary, which makes room for them.
        if (!hop.isEmpty()) {
            p.setFont(base);
            p.setPen(pal.color(QPalette::Link));
            p.drawText(inner.adjusted(0, fm.height(), 0, 0), Qt::AlignRight | Qt::AlignTop, hop);
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
    p.drawText(QPoint(kMargin + kGutter, y + fm.ascent() / 2),
               QCoreApplication::translate("caa::ClimbView", ". (the root) — never queried"));
}

} // namespace caa
