#include "caa/zoneset.h"

#include <QSet>

namespace caa {

namespace {

bool isUnder(const QString& name, const QString& origin)
{
    if (origin.isEmpty())
        return true; // the root zone
    if (name == origin)
        return true;
    return name.size() > origin.size() && name.endsWith(origin) && name[name.size() - origin.size() - 1] == u'.';
}

QString parentOf(const QString& name)
{
    const qsizetype dot = name.indexOf(u'.');
    return dot < 0 ? QString() : name.mid(dot + 1);
}

} // namespace

void ZoneSet::add(std::shared_ptr<const ZoneFile> zone)
{
    m_zones.append(std::move(zone));
    m_indexes.push_back(nullptr);
}

int ZoneSet::zoneFor(const QString& name) const
{
    int best = -1;
    qsizetype bestLength = -1;
    for (int i = 0; i < m_zones.size(); ++i) {
        const QString origin = m_zones[i]->origin();
        if (!m_zones[i]->hasSoa() && origin.isEmpty())
            continue;
        if (isUnder(name, origin) && origin.size() > bestLength) {
            best = i;
            bestLength = origin.size();
        }
    }
    return best;
}

void ZoneSet::prepare() const
{
    for (int i = 0; i < m_zones.size(); ++i)
        buildIndex(i);
}

void ZoneSet::buildIndex(int zoneIndex) const
{
    if (m_indexes[zoneIndex])
        return;
    auto index = std::make_unique<Index>();
    const ZoneFile& zone = *m_zones[zoneIndex];
    const QString origin = zone.origin();
    // Owner name strings: intern per name index to avoid converting the same name many times.
    QHash<quint32, QString> cache;
    for (qsizetype i = 0; i < zone.recordCount(); ++i) {
        const ZoneRecord& r = zone.record(i);
        auto it = cache.find(r.owner);
        if (it == cache.end())
            it = cache.insert(r.owner, zone.name(r.owner));
        const QString& owner = *it;
        if (!isUnder(owner, origin))
            continue; // out-of-zone data is ignored, as an authoritative server would
        index->owners[owner].records.append(i);
        if (r.type == rrtype::NS && owner != origin && !index->delegations.contains(owner))
            index->delegations.append(owner);
    }
    for (auto it = index->owners.constBegin(); it != index->owners.constEnd(); ++it) {
        QString p = parentOf(it.key());
        while (!p.isEmpty() && p != origin && isUnder(p, origin) && !index->nonTerminals.contains(p)) {
            index->nonTerminals.insert(p, true);
            p = parentOf(p);
        }
    }
    m_indexes[zoneIndex] = std::move(index);
}

const ZoneSet::Node* ZoneSet::findNode(int zoneIndex, const QString& name, bool* wildcard) const
{
    const Index& index = *m_indexes[zoneIndex];
    *wildcard = false;
    const auto it = index.owners.constFind(name);
    if (it != index.owners.constEnd())
        return &*it;
    if (index.nonTerminals.contains(name))
        return nullptr;
    // RFC 4592: find the closest encloser, then its wildcard child.
    const QString origin = m_zones[zoneIndex]->origin();
    QString encloser = parentOf(name);
    while (true) {
        if (encloser == origin || index.owners.contains(encloser) || index.nonTerminals.contains(encloser))
            break;
        if (encloser.isEmpty() || !isUnder(encloser, origin))
            return nullptr;
        encloser = parentOf(encloser);
    }
    const auto wild
        = index.owners.constFind(encloser.isEmpty() ? QStringLiteral("*") : QStringLiteral("*.") + encloser);
    if (wild != index.owners.constEnd()) {
        *wildcard = true;
        return &*wild;
    }
    return nullptr;
}

LookupResult ZoneSet::lookupCaa(const QString& queried) const
{
    LookupResult result;
    result.name = queried;
    result.elapsedMs = 0;
    QString current = queried;
    QSet<QString> visited;
    visited.insert(current);
    for (int hop = 0; hop < 32; ++hop) {
        const int z = zoneFor(current);
        if (z < 0) {
            result.status = LookupStatus::Unavailable;
            return result;
        }
        buildIndex(z);
        const ZoneFile& zone = *m_zones[z];
        const Index& index = *m_indexes[z];
        result.server = zone.files().value(0).path;
        result.dnssec = DnssecState::Unknown;
        // Below a delegation this zone is not authoritative: the data lives in a zone that is not loaded.
        bool delegated = false;
        for (const QString& cut : index.delegations) {
            if (isUnder(current, cut)) {
                delegated = true;
                break;
            }
        }
        if (delegated) {
            result.status = LookupStatus::Unavailable;
            return result;
        }
        // DNAME at a strict ancestor redirects the name.
        QString dnameOwner;
        QString dnameTarget;
        for (QString a = parentOf(current); !a.isEmpty() && isUnder(a, zone.origin()); a = parentOf(a)) {
            const auto it = index.owners.constFind(a);
            if (it == index.owners.constEnd())
                continue;
            for (qsizetype ri : it->records) {
                if (zone.record(ri).type == rrtype::DNAME) {
                    dnameOwner = a;
                    dnameTarget = zone.name(zone.record(ri).target);
                    break;
                }
            }
            if (!dnameOwner.isEmpty())
                break;
        }
        if (!dnameOwner.isEmpty()) {
            const QString prefix = current.left(current.size() - dnameOwner.size());
            const QString next = dnameTarget.isEmpty() ? prefix.chopped(1) : prefix + dnameTarget;
            result.aliases.append(next);
            if (visited.contains(next) || next.size() > 253) {
                result.aliasLoop = true;
                result.status = LookupStatus::ServFail;
                return result;
            }
            visited.insert(next);
            current = next;
            continue;
        }
        bool wildcard = false;
        const Node* node = findNode(z, current, &wildcard);
        if (!node) {
            const bool exists = index.nonTerminals.contains(current) || current == zone.origin();
            result.status = exists ? LookupStatus::NoData : LookupStatus::NxDomain;
            result.negativeTtl = zone.soaMinimum();
            return result;
        }
        QString cnameTarget;
        for (qsizetype ri : node->records) {
            const ZoneRecord& r = zone.record(ri);
            if (r.type == rrtype::CAA) {
                CaaResourceRecord rr;
                rr.owner = current; // a wildcard answer is synthesised with the queried name
                rr.ttl = r.ttl;
                rr.rdata = zone.caa(ri);
                rr.location = zone.location(ri);
                rr.location.zone = z;
                result.records.append(rr);
            } else if (r.type == rrtype::CNAME) {
                cnameTarget = zone.name(r.target);
            }
        }
        if (!result.records.isEmpty()) {
            result.status = LookupStatus::Records;
            return result;
        }
        if (!cnameTarget.isEmpty()) {
            result.aliases.append(cnameTarget);
            if (visited.contains(cnameTarget)) {
                result.aliasLoop = true;
                result.status = LookupStatus::ServFail;
                return result;
            }
            visited.insert(cnameTarget);
            current = cnameTarget;
            continue;
        }
        result.status = LookupStatus::NoData;
        result.negativeTtl = zone.soaMinimum();
        return result;
    }
    result.aliasLoop = true;
    result.status = LookupStatus::ServFail;
    return result;
}

} // namespace caa
