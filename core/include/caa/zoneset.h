#pragma once

#include "caa/climb.h"
#include "caa/zonefile.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>
#include <vector>

namespace caa {

// Files that hold a zone an earlier file holds too (a copy, the zone as two providers serve it): for each, its index
// and the earlier one's. Lookups in a ZoneSet would take the first file's answers.
QList<QPair<qsizetype, qsizetype>> repeatedZones(const QList<std::shared_ptr<const ZoneFile>>& zones);

// Several loaded zones answering CAA queries like an authoritative server plus a resolver's alias chasing:
// CNAME/DNAME chains inside the loaded data (with loop detection), RFC 4592 wildcards, NXDOMAIN vs NODATA, empty
// non-terminals, delegations. A name no loaded zone is authoritative for is Unavailable, never silently empty.
class ZoneSet
{
public:
    void add(std::shared_ptr<const ZoneFile> zone);
    const QList<std::shared_ptr<const ZoneFile>>& zones() const { return m_zones; }

    LookupResult lookupCaa(const QString& name) const;
    // Builds every zone's lookup index now (it is built lazily otherwise): afterwards lookups only read, so several
    // threads may share the set.
    void prepare() const;

    // The zone (index) authoritative for a name, -1 when none.
    int zoneFor(const QString& name) const;

private:
    // Per zone: its owner names (views into the zone's own name table, so nothing is copied) with the records of
    // each, the empty non-terminals, and the delegations. About 30 bytes per owner name.
    struct Index
    {
        QHash<QByteArrayView, quint32> owners; // name -> node
        std::vector<quint32> nodeFirst; // node -> first position in `records`; one more entry at the end
        std::vector<quint32> records; // record indices, grouped by node, in file order
        QHash<QByteArrayView, bool> nonTerminals; // ancestors of owners (suffixes of owner names)
        QHash<QByteArrayView, bool> delegations; // owners with NS below the apex
        int node(QByteArrayView name) const { return int(owners.value(name, quint32(-1))); }
    };
    enum class Resolution
    {
        Found,
        NoData,
        NxDomain,
        Unavailable,
    };
    void buildIndex(int zoneIndex) const;
    // The node holding `name`'s records, or the wildcard that covers it (RFC 4592); -1 when none.
    int findNode(int zoneIndex, const QString& name, bool* wildcard) const;

    QList<std::shared_ptr<const ZoneFile>> m_zones;
    mutable std::vector<std::unique_ptr<Index>> m_indexes;
};

} // namespace caa
