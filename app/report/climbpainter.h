#pragma once

#include <QAbstractItemModel>
#include <QFont>
#include <QPair>
#include <QPalette>
#include <QRect>
#include <QString>
#include <functional>

class QPainter;

namespace caa {

// Paints a ClimbModel as the tree-climb diagram: the spine, one card per rung, the root. The climb view paints it on
// screen in the window's palette, the report into a PDF in light colours, so both look the same.
struct ClimbPainter
{
    QPalette palette;
    QFont font; // the text; the report gives pixel-sized fonts so that sizes do not depend on the device
    QFont mono; // names and records
    int width = 420;
    int currentRow = -1;
    bool focusFrame = false; // the current rung framed in the highlight colour
    std::function<qreal(int)> opacityOf; // per rung (the view's fade-in); empty: opaque

    int rungHeight(const QAbstractItemModel& model, int row) const;
    QRect rungRect(const QAbstractItemModel& model, int row) const;
    int height(const QAbstractItemModel& model) const; // all rungs and the root
    void paint(QPainter& painter, const QAbstractItemModel& model) const;

    // A rung's first line: its name on the left, the badge ("RELEVANT SET · BLOCKS") on the right. When both do not
    // fit in `width`, the name keeps at least half and both are elided, never drawn over each other.
    static constexpr int kBadgeGap = 12;
    static QPair<QString, QString> fitNameAndBadge(const QString& name, const QString& badge, const QFont& nameFont,
                                                   const QFont& badgeFont, int width);
};

} // namespace caa
