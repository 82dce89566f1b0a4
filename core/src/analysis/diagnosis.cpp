#include "caa/diagnosis.h"

namespace caa {

QString Diagnosis::relevantName() const
{
    for (const Verdict& v : verdicts) {
        if (!v.relevantName.isEmpty())
            return v.relevantName;
    }
    return {};
}

void Diagnosis::compareResolvers()
{
    resolverFindings.clear();
    auto setOf = [](const LookupResult& n) {
        QStringList records;
        for (const CaaResourceRecord& r : n.records)
            records.append(r.rdata.toPresentation());
        records.sort();
        return QStringLiteral("%1 %2").arg(QLatin1String(statusCode(n.status)), records.join(QStringLiteral(" | ")));
    };
    const QString primary = sourceDetails.value(0);
    // Only the names some view consulted: up to its relevant set or its first failure.
    auto deciding = [](const Climb& c, const QList<Verdict>& vs) {
        int last = -1;
        for (const Verdict& v : vs)
            last = std::max(last, v.relevantNode);
        for (int i = 0; i < c.nodes.size(); ++i) {
            if (c.nodes[i].isFailure())
                return std::max(last, i);
        }
        return last >= 0 ? last : int(c.nodes.size()) - 1;
    };
    int consulted = deciding(climb, verdicts);
    for (const ResolverView& other : otherResolvers)
        consulted = std::max(consulted, deciding(other.climb, other.verdicts));
    for (int i = 0; i < climb.nodes.size() && i <= consulted; ++i) {
        QStringList views { QStringLiteral("%1: %2").arg(primary, setOf(climb.nodes[i])) };
        bool differs = false;
        for (const ResolverView& other : otherResolvers) {
            const QString theirs = other.climb.nodes.size() > i ? setOf(other.climb.nodes[i]) : QString();
            views.append(QStringLiteral("%1: %2").arg(other.server, theirs));
            differs = differs || theirs != setOf(climb.nodes[i]);
        }
        if (!differs)
            continue;
        Finding f;
        f.code = QStringLiteral("resolvers-disagree");
        f.severity = Severity::Warning;
        f.node = i;
        f.args.insert(QStringLiteral("name"), climb.nodes[i].name);
        f.args.insert(QStringLiteral("views"), views);
        resolverFindings.append(f);
    }
    for (int v = 0; v < verdicts.size(); ++v) {
        QStringList views { QStringLiteral("%1: %2").arg(primary, QLatin1String(outcomeCode(verdicts[v].outcome))) };
        bool differs = false;
        for (const ResolverView& other : otherResolvers) {
            const Outcome o = other.verdicts.value(v).outcome;
            views.append(QStringLiteral("%1: %2").arg(other.server, QLatin1String(outcomeCode(o))));
            differs = differs || o != verdicts[v].outcome;
        }
        if (!differs)
            continue;
        Finding f;
        f.code = QStringLiteral("resolver-verdicts-differ");
        f.severity = Severity::Error;
        f.args.insert(QStringLiteral("ca"), profiles.value(v).displayName);
        f.args.insert(QStringLiteral("views"), views);
        resolverFindings.append(f);
    }
}

bool Diagnosis::isComplete() const
{
    for (const Verdict& v : verdicts) {
        if (v.outcome == Outcome::Pending)
            return false;
    }
    return true;
}

} // namespace caa
