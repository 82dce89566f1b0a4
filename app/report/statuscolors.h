#pragma once

#include <QColor>
#include <QPalette>

namespace caa {

// The few status colours, chosen to read on the current palette (light or dark); text or icons always accompany them
// (KeePassXC's StateColorPalette).
struct StatusColors
{
    explicit StatusColors(const QPalette& palette)
    {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        error = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
        ok = dark ? QColor(0x5f, 0xd0, 0x7a) : QColor(0x1b, 0x8a, 0x3b);
        warning = dark ? QColor(0xff, 0xb3, 0x47) : QColor(0xb2, 0x6a, 0x00);
        info = dark ? QColor(0x7a, 0xb7, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    }
    QColor error, ok, warning, info;

    static QColor tint(const QColor& colour, const QColor& base, double amount)
    {
        return QColor::fromRgbF(base.redF() + (colour.redF() - base.redF()) * amount,
                                base.greenF() + (colour.greenF() - base.greenF()) * amount,
                                base.blueF() + (colour.blueF() - base.blueF()) * amount);
    }
};

} // namespace caa
