#pragma once

#include "caa/climb.h"
#include "caa/zonefile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace caa {

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
    struct Node
    {
        QList<qsizetype> records; // indices into the zone's records
    };
    struct Index
    {
        QHash<QString, Node> owners; // every owner name
        QHash<QString, bool> nonTerminals; // ancestors of owners (empty non-terminals)
        QList<QString> delegations; // owners with NS below the apex
    };
    enum class Resolution
    {
        Found,
        NoData,
        NxDomain,
        Unavailable,
    };
    void buildIndex(int zoneIndex) const;
    const Node* findNode(int zoneIndex, const QString& name, bool* wildcard) const;

    QList<std::shared_ptr<const ZoneFile>> m_zones;
    mutable std::vector<std::unique_ptr<Index>> m_indexes;
};

} // namespace caa
