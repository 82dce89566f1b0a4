#include "caa/dnssource.h"

#include <QPointer>
#include <QTimer>

namespace caa {

ZoneSource::ZoneSource(std::shared_ptr<const ZoneSet> zones, QObject* parent)
    : DnsSource(parent)
    , m_zones(std::move(zones))
{
}

void ZoneSource::lookupCaa(int id, const QString& name)
{
    // Answer from the event loop, never from inside the call, like a live source would.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, id, name, generation] {
        if (generation != m_generation)
            return; // cancelled
        Q_EMIT answered(id, m_zones->lookupCaa(name));
    });
}

void ZoneSource::cancelAll()
{
    ++m_generation;
}

QStringList ZoneSource::details() const
{
    QStringList files;
    for (const auto& zone : m_zones->zones())
        files.append(zone->files().value(0).path);
    return files;
}

} // namespace caa
