#include "caa/zoneaudit.h"

#include "caa/diagnosis.h"
#include "caa/zonefile.h"

#include <QHash>
#include <QSet>

namespace caa {

namespace {

enum NameFlag : quint8
{
    HasCaa = 2,
    HasAlias = 4, // CNAME at the name
    HasDname = 8,
    IsDelegation = 16, // NS below the apex
    Done = 32, // listed already (a name has many records)
};

QByteArrayView parentView(QByteArrayView name)
{
    const qsizetype dot = name.indexOf('.');
    return dot < 0 ? QByteArrayView() : name.sliced(dot + 1);
}

bool isUnderView(QByteArrayView name, QByteArrayView origin)
{
    if (origin.isEmpty())
        return true;
    if (name == origin)
        return true;
    return name.size() > origin.size() && name.endsWith(origin) && name[name.size() - origin.size() - 1] == '.';
}

} // namespace

QByteArrayView ZoneAudit::nameView(qsizetype i) const
{
    const Row& r = m_rows[size_t(i)];
    return m_zones->zones()[int(r.zone)]->nameView(r.name);
}

QString ZoneAudit::name(qsizetype i) const
{
    return QString::fromLatin1(nameView(i));
}

std::shared_ptr<ZoneAudit> ZoneAudit::run(std::shared_ptr<const ZoneSet> zones, const QList<CaProfile>& profiles,
                                          const std::function<bool(qint64, qint64)>& progress)
{
    auto audit = std::make_shared<ZoneAudit>();
    audit->m_zones = zones;
    audit->m_profiles = profiles;
    const auto& list = zones->zones();
    qint64 total = 0;
    for (const auto& z : list)
        total += z->recordCount();
    qint64 done = 0;

    // Per zone: flags per name index, and the names that matter to a climb (CAA, alias, delegation owners).
    // A name written on several lines has several name indices: flags merge by text (the names that matter to a
    // climb are few), and each name is listed once.
    struct ZoneInfo
    {
        std::vector<quint8> flags; // per name index: seen
        QHash<QByteArrayView, quint8> special;
        QSet<QByteArrayView> listed;
        QByteArray origin;
        QHash<quint32, qsizetype> firstCaa; // name index -> its first CAA record: where a row with CAA points
    };
    std::vector<ZoneInfo> info(size_t(list.size()));
    for (int zi = 0; zi < list.size(); ++zi) {
        const ZoneFile& z = *list[zi];
        ZoneInfo& zinfo = info[size_t(zi)];
        zinfo.flags.assign(z.nameCount(), 0);
        zinfo.origin = z.origin().toLatin1();
        for (qsizetype i = 0; i < z.recordCount(); ++i) {
            const ZoneRecord& r = z.record(i);
            quint8 special = 0;
            if (r.type == rrtype::CAA) {
                special = HasCaa;
                if (!zinfo.firstCaa.contains(r.owner))
                    zinfo.firstCaa.insert(r.owner, i);
            } else if (r.type == rrtype::CNAME)
                special = HasAlias;
            else if (r.type == rrtype::DNAME)
                special = HasDname;
            else if (r.type == rrtype::NS && z.nameView(r.owner) != QByteArrayView(zinfo.origin))
                special = IsDelegation;
            if (special)
                zinfo.special[z.nameView(r.owner)] |= special;
        }
    }

    // Records at doubled names ("www.example.com.example.com"): the names they were meant for are judged one by one,
    // with them, so that the table says what the check says.
    QSet<QString> meantForDoubled;
    for (const ZoneInfo& zinfo : info) {
        for (auto it = zinfo.special.constBegin(); it != zinfo.special.constEnd(); ++it) {
            if (!(it.value() & HasCaa))
                continue;
            const QString owner = QString::fromLatin1(it.key());
            for (QString p = owner.section(u'.', 1); p.count(u'.') >= 1; p = p.section(u'.', 1)) {
                const QString meant = owner.left(owner.size() - p.size() - 1);
                if (meant == p || meant.endsWith(u'.' + p))
                    meantForDoubled.insert(meant);
            }
        }
    }

    // Groups: one per relevant record set (and whether it is inherited); aliased names get their own.
    QHash<QPair<QPair<int, QByteArrayView>, bool>, quint32> groupOf;
    auto evaluateFor = [&](const QString& name) {
        Group g;
        g.representative = name;
        const DomainName dn = DomainName::parse(name);
        Climb climb = Climb::forName(dn);
        for (LookupResult& node : climb.nodes) {
            node = zones->lookupCaa(node.name);
            if (node.hasRecords() || node.isFailure())
                break; // the nodes above do not change any CA's decision
        }
        // The same judgement as a check of the name (Diagnosis::judge), from the files.
        Diagnosis d;
        d.request.name = dn;
        d.climb = climb;
        d.sourceKind = QStringLiteral("zone");
        if (meantForDoubled.contains(name)) {
            for (const QString& candidate : doubledOwnerCandidates(dn)) {
                const LookupResult r = zones->lookupCaa(candidate);
                if (r.hasRecords())
                    d.doubledOwners.append(r);
            }
        }
        for (const CaProfile& p : profiles)
            g.verdicts.append(d.judge(p, d.request));
        const int relevant = g.verdicts.isEmpty() ? -1 : g.verdicts.first().relevantNode;
        if (relevant >= 0) {
            const LookupResult& n = climb.nodes[relevant];
            g.relevantName = n.records.isEmpty() ? n.name : n.records.first().owner;
            g.inherited = relevant > 0 || !n.aliases.isEmpty();
        }
        return g;
    };

    for (int zi = 0; zi < list.size() && !audit->m_cancelled; ++zi) {
        const ZoneFile& z = *list[zi];
        ZoneInfo& zinfo = info[size_t(zi)];
        for (qsizetype i = 0; i < z.recordCount(); ++i) {
            if (progress && (++done & 0xFFFF) == 0 && !progress(done, total)) {
                audit->m_cancelled = true;
                break;
            }
            const ZoneRecord& rec = z.record(i);
            if (zinfo.flags[rec.owner] & Done)
                continue;
            zinfo.flags[rec.owner] |= Done;
            const QByteArrayView name = z.nameView(rec.owner);
            if (zinfo.listed.contains(name))
                continue;
            zinfo.listed.insert(name);
            const quint8 flags = zinfo.special.value(name, 0);
            if (name.startsWith("*") || !isUnderView(name, zinfo.origin))
                continue; // wildcard owners and out-of-zone data are not names a certificate can have
            if (list.size() > 1 && zones->zoneFor(QString::fromLatin1(name)) != zi)
                continue; // a more specific loaded zone is authoritative
            // Walk up inside this zone to the first name with CAA; stop at cuts and DNAMEs.
            bool slow = (flags & HasAlias) != 0
                || (!meantForDoubled.isEmpty() && meantForDoubled.contains(QString::fromLatin1(name)));
            bool skip = (flags & IsDelegation) != 0;
            QByteArrayView relevant; // the CAA owner in this zone
            if (flags & HasCaa)
                relevant = name;
            QByteArrayView s = name;
            while (relevant.isNull() && !skip && !slow && s != QByteArrayView(zinfo.origin)) {
                s = parentView(s);
                if (!isUnderView(s, zinfo.origin))
                    break;
                const auto it = zinfo.special.constFind(s);
                if (it == zinfo.special.constEnd())
                    continue;
                const quint8 f = *it;
                if (f & (IsDelegation | HasDname))
                    skip = true; // below a cut or a DNAME: not this zone's data
                else if (f & HasCaa)
                    relevant = it.key();
                else if (f & HasAlias)
                    slow = true; // an empty non-terminal with a CNAME is broken data; the ZoneSet explains it
            }
            if (skip)
                continue;
            if (relevant.isNull() && !slow) {
                // Nothing up to the apex: a loaded parent zone may still have CAA.
                const QByteArray apexParent = parentView(QByteArrayView(zinfo.origin)).toByteArray();
                if (zinfo.origin.isEmpty() || zones->zoneFor(QString::fromLatin1(apexParent)) < 0) {
                    ++audit->m_withoutCaa;
                    continue;
                }
                slow = true;
            }
            quint32 groupIndex = 0;
            const QString nameText = QString::fromLatin1(name);
            if (slow) {
                Group g = evaluateFor(nameText);
                if (g.relevantName.isEmpty()) {
                    ++audit->m_withoutCaa;
                    continue;
                }
                groupIndex = quint32(audit->m_groups.size());
                audit->m_groups.append(g);
            } else {
                const bool inherited = relevant.size() != name.size();
                const auto key = qMakePair(QPair<int, QByteArrayView>(zi, relevant), inherited);
                auto it = groupOf.constFind(key);
                if (it == groupOf.constEnd()) {
                    groupIndex = quint32(audit->m_groups.size());
                    audit->m_groups.append(evaluateFor(nameText));
                    it = groupOf.insert(key, groupIndex);
                }
                groupIndex = *it;
            }
            Row row;
            row.zone = quint32(zi);
            row.name = rec.owner;
            row.group = groupIndex;
            // The records the verdict is about when the name has its own CAA (not its SOA or A record).
            const ZoneRecord& where = z.record(zinfo.firstCaa.value(rec.owner, i));
            row.line = where.line;
            row.file = where.file;
            audit->m_rows.push_back(row);
        }
    }
    audit->m_counts.fill({}, profiles.size());
    for (const Row& row : audit->m_rows) {
        const Group& g = audit->m_groups[row.group];
        for (int p = 0; p < g.verdicts.size(); ++p) {
            const Outcome o = g.verdicts[p].outcome;
            ++audit->m_counts[p][o == Outcome::Permit ? 0 : o == Outcome::Forbid ? 1 : 2];
        }
    }
    return audit;
}

} // namespace caa
