#include "caa/zoneset.h"

#include <QSet>

namespace caa {

QList<QPair<qsizetype, qsizetype>> repeatedZones(const QList<std::shared_ptr<const ZoneFile>>& zones)
{
    QList<QPair<qsizetype, qsizetype>> repeats;
    QHash<QString, qsizetype> first;
    for (qsizetype z = 0; z < zones.size(); ++z) {
        const auto it = first.constFind(zones[z]->origin());
        if (it != first.constEnd())
            repeats.append({ z, *it });
        else
            first.insert(zones[z]->origin(), z);
    }
    return repeats;
}

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
    const QByteArray origin = zone.origin().toLatin1();
    const QByteArrayView originView(origin);
    auto under = [&](QByteArrayView name) {
        return originView.isEmpty() || name == originView
            || (name.size() > originView.size() && name.endsWith(originView)
                && name[name.size() - originView.size() - 1] == '.');
    };
    // Pass 1: a node per distinct owner name (a name written on several lines has several name indices).
    std::vector<quint32> nodeOfRecord(size_t(zone.recordCount()), quint32(-1));
    std::vector<quint32> nodeOfName(zone.nameCount(), quint32(-1));
    std::vector<quint32> counts;
    index->owners.reserve(qsizetype(zone.nameCount() / 2 + 16));
    for (qsizetype i = 0; i < zone.recordCount(); ++i) {
        const ZoneRecord& r = zone.record(i);
        quint32 node = nodeOfName[r.owner];
        if (node == quint32(-1)) {
            const QByteArrayView owner = zone.nameView(r.owner);
            if (!under(owner))
                continue; // out-of-zone data is ignored, as an authoritative server would
            const auto it = index->owners.constFind(owner);
            if (it != index->owners.constEnd()) {
                node = *it;
            } else {
                node = quint32(counts.size());
                index->owners.insert(owner, node);
                counts.push_back(0);
            }
            nodeOfName[r.owner] = node;
        }
        nodeOfRecord[size_t(i)] = node;
        ++counts[node];
        if (r.type == rrtype::NS && zone.nameView(r.owner) != originView)
            index->delegations.insert(zone.nameView(r.owner), true);
    }
    // Pass 2: records grouped by node, in file order.
    index->nodeFirst.resize(counts.size() + 1, 0);
    for (size_t n = 0; n < counts.size(); ++n)
        index->nodeFirst[n + 1] = index->nodeFirst[n] + counts[n];
    index->records.resize(index->nodeFirst.back());
    std::vector<quint32> fill(index->nodeFirst.begin(), index->nodeFirst.end() - 1);
    for (size_t i = 0; i < nodeOfRecord.size(); ++i) {
        if (nodeOfRecord[i] != quint32(-1))
            index->records[fill[nodeOfRecord[i]]++] = quint32(i);
    }
    // Empty non-terminals: every ancestor of an owner down to the apex (suffixes of the owner's view).
    for (auto it = index->owners.constBegin(); it != index->owners.constEnd(); ++it) {
        QByteArrayView p = it.key();
        while (true) {
            const qsizetype dot = p.indexOf('.');
            if (dot < 0)
                break;
            p = p.sliced(dot + 1);
            if (p == originView || !under(p) || index->nonTerminals.contains(p))
                break;
            index->nonTerminals.insert(p, true);
        }
    }
    m_indexes[zoneIndex] = std::move(index);
}

int ZoneSet::findNode(int zoneIndex, const QString& name, bool* wildcard) const
{
    const Index& index = *m_indexes[zoneIndex];
    *wildcard = false;
    const QByteArray key = name.toLatin1();
    const int exact = index.node(key);
    if (exact >= 0)
        return exact;
    if (index.nonTerminals.contains(key))
        return -1;
    // RFC 4592: find the closest encloser, then its wildcard child.
    const QString origin = m_zones[zoneIndex]->origin();
    QString encloser = parentOf(name);
    while (true) {
        const QByteArray e = encloser.toLatin1();
        if (encloser == origin || index.node(e) >= 0 || index.nonTerminals.contains(e))
            break;
        if (encloser.isEmpty() || !isUnder(encloser, origin))
            return -1;
        encloser = parentOf(encloser);
    }
    const int wild = index.node(encloser.isEmpty() ? QByteArray("*") : "*." + encloser.toLatin1());
    *wildcard = wild >= 0;
    return wild;
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
        result.zone = zone.origin();
        result.dnssec = DnssecState::Unknown;
        // Below a delegation this zone is not authoritative: the data lives in a zone that is not loaded.
        bool delegated = false;
        if (!index.delegations.isEmpty()) {
            for (QString a = current; a != zone.origin() && !a.isEmpty() && isUnder(a, zone.origin());
                 a = parentOf(a)) {
                if (index.delegations.contains(a.toLatin1())) {
                    delegated = true;
                    break;
                }
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
            const int n = index.node(a.toLatin1());
            if (n < 0)
                continue;
            for (quint32 k = index.nodeFirst[size_t(n)]; k < index.nodeFirst[size_t(n) + 1]; ++k) {
                const qsizetype ri = index.records[k];
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
            if (result.dnameOwner.isEmpty())
                result.dnameOwner = dnameOwner;
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
        const int node = findNode(z, current, &wildcard);
        if (node < 0) {
            const bool exists = index.nonTerminals.contains(current.toLatin1()) || current == zone.origin();
            result.status = exists ? LookupStatus::NoData : LookupStatus::NxDomain;
            result.negativeTtl = zone.soaMinimum();
            return result;
        }
        QString cnameTarget;
        for (quint32 k = index.nodeFirst[size_t(node)]; k < index.nodeFirst[size_t(node) + 1]; ++k) {
            const qsizetype ri = index.records[k];
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
