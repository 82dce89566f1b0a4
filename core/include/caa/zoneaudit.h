#pragma once

#include "caa/caprofile.h"
#include "caa/evaluator.h"
#include "caa/zoneset.h"

#include <QList>
#include <QString>
#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace caa {

// Every name of the loaded zones that has or inherits CAA records, with its relevant name and each CA's verdict.
// Names that share a relevant record set share one evaluation, so a million-name zone costs a few hash lookups per
// name. Names with a CNAME, and names whose climb leaves their zone, get a climb of their own through the ZoneSet.
// Safe to run in a worker thread (it only reads the zones).
class ZoneAudit
{
public:
    struct Group
    {
        QString representative; // the name that was evaluated for the group
        QString relevantName; // where the deciding CAA records are
        bool inherited = false; // the records are at an ancestor (or an alias target), not at the name
        QList<Verdict> verdicts; // one per profile
    };
    struct Row
    {
        quint32 zone = 0;
        quint32 name = 0; // name index in that zone
        quint32 group = 0;
        quint32 line = 0; // of the name's first CAA record, else of its first record
        quint16 file = 0;
    };

    // `progress(done, total)` may cancel by returning false (the audit then reports cancelled()).
    static std::shared_ptr<ZoneAudit> run(std::shared_ptr<const ZoneSet> zones, const QList<CaProfile>& profiles,
                                          const std::function<bool(qint64, qint64)>& progress = {});

    const QList<CaProfile>& profiles() const { return m_profiles; }
    qsizetype rowCount() const { return qsizetype(m_rows.size()); }
    const Row& row(qsizetype i) const { return m_rows[size_t(i)]; }
    QString name(qsizetype i) const;
    QByteArrayView nameView(qsizetype i) const;
    const Group& group(qsizetype i) const { return m_groups[m_rows[size_t(i)].group]; }
    const QList<Group>& groups() const { return m_groups; }
    // How many rows each outcome has for a profile: permit, forbid, error (counted in the worker, not by the GUI).
    std::array<qsizetype, 3> outcomeCounts(int profile) const { return m_counts.value(profile); }
    // Owner names without CAA at or above them in the loaded zones: their verdict depends on zones not loaded.
    qsizetype namesWithoutCaa() const { return m_withoutCaa; }
    bool cancelled() const { return m_cancelled; }
    std::shared_ptr<const ZoneSet> zones() const { return m_zones; }

private:
    std::shared_ptr<const ZoneSet> m_zones;
    QList<CaProfile> m_profiles;
    std::vector<Row> m_rows;
    QList<Group> m_groups;
    qsizetype m_withoutCaa = 0;
    QList<std::array<qsizetype, 3>> m_counts;
    bool m_cancelled = false;
};

} // namespace caa
