#include "issuerdiffview.h"

#include "statuscolors.h"

#include <QFontDatabase>
#include <QPainter>

namespace caa {

IssuerDiffView::IssuerDiffView(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Issuer value compared with the expected one"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void IssuerDiffView::setRows(const QList<Row>& rows)
{
    m_rows = rows;
    QStringList description;
    for (const Row& r : rows)
        description.append(tr("found %1, expected %2: %3").arg(r.found(), r.expected, r.label));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QSize IssuerDiffView::sizeHint() const
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.3);
    const int line = QFontMetrics(mono).height() + 10;
    return { 500, int(m_rows.size()) * (2 * line + 10) + 4 };
}

void IssuerDiffView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const StatusColors colors(pal);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.3);
    const QFontMetrics mfm(mono);
    const QFontMetrics fm(font());
    const int labelWidth = std::max(fm.horizontalAdvance(tr("Found")), fm.horizontalAdvance(tr("Expected"))) + 24;
    const int line = mfm.height() + 10;
    int y = 2;
    for (const Row& row : m_rows) {
        const QString found = row.found();
        // Found, with the differing characters boxed.
        p.setFont(font());
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, y, labelWidth, line), Qt::AlignVCenter | Qt::AlignLeft, tr("Found"));
        const int x0 = labelWidth;
        const int baseline = y + (line + mfm.ascent() - mfm.descent()) / 2;
        for (qsizetype h = 0; h + 1 < row.highlight.size(); h += 2) {
            const qsizetype b = row.highlight[h], e = row.highlight[h + 1];
            const int left = x0 + mfm.horizontalAdvance(found.left(b));
            const int width = std::max(mfm.horizontalAdvance(found.mid(b, e - b)), 6);
            p.setPen(QPen(colors.error, 1.5));
            p.setBrush(StatusColors::tint(colors.error, pal.color(QPalette::Base), 0.25));
            p.drawRoundedRect(QRectF(left - 1.5, y + 3, width + 3, line - 6), 3, 3);
        }
        p.setFont(mono);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPoint(x0, baseline), found);
        p.setFont(font());
        p.setPen(colors.error);
        const int afterFound = x0 + mfm.horizontalAdvance(found) + 16;
        p.drawText(QRect(afterFound, y, width() - afterFound, line), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(QStringLiteral("← ") + row.label, Qt::ElideRight, width() - afterFound));
        y += line;
        // Expected.
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, y, labelWidth, line), Qt::AlignVCenter | Qt::AlignLeft, tr("Expected"));
        p.setFont(mono);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPoint(x0, y + (line + mfm.ascent() - mfm.descent()) / 2), row.expected);
        p.setFont(font());
        p.setPen(colors.ok);
        const int afterExpected = x0 + std::max(mfm.horizontalAdvance(row.expected), mfm.horizontalAdvance(found)) + 16;
        p.drawText(QRect(afterExpected, y, width() - afterExpected, line), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(QStringLiteral("✓ ") + row.expectedNote, Qt::ElideRight, width() - afterExpected));
        y += line + 10;
    }
}

} // namespace caa
