#pragma once

#include <QIcon>
#include <QString>

namespace caa {

// The desktop theme's icon where there is one (Linux desktops), else ours: SVG, sharp at any pixel density.
// `name` is a freedesktop icon name with a matching resources/icons/<name>.svg.
inline QIcon themedIcon(const QString& name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/caa/icons/%1.svg").arg(name)));
}

} // namespace caa
