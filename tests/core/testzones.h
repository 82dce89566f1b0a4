#pragma once

#include "caa/zoneset.h"

#include <memory>

namespace caa::test {

// A zone set of one zone written inline, for tests that need records but not a file.
inline std::shared_ptr<const ZoneSet> zoneSetFromText(const QByteArray& text,
                                                      const QString& origin = QStringLiteral("example.com"))
{
    ZoneLoadOptions options;
    options.origin = origin;
    auto set = std::make_shared<ZoneSet>();
    set->add(std::make_shared<ZoneFile>(ZoneFile::parse(text, QStringLiteral("t.zone"), options)));
    return set;
}

} // namespace caa::test
