#include "caa/climb.h"

namespace caa {

bool LookupResult::isFailure() const
{
    switch (status) {
    case LookupStatus::ServFail:
    case LookupStatus::Refused:
    case LookupStatus::NotImp:
    case LookupStatus::FormErr:
    case LookupStatus::Timeout:
    case LookupStatus::Truncated:
    case LookupStatus::Bogus:
    case LookupStatus::NetworkError:
        return true;
    default:
        return false;
    }
}

Climb Climb::forName(const DomainName& name)
{
    Climb climb;
    for (const DomainName& n : name.climb()) {
        LookupResult r;
        r.name = n.text();
        climb.nodes.append(r);
    }
    return climb;
}

bool Climb::everyLookupSilent() const
{
    bool silent = !nodes.isEmpty();
    for (const LookupResult& n : nodes)
        silent = silent && (n.status == LookupStatus::Timeout || n.status == LookupStatus::NetworkError);
    return silent;
}

qsizetype Climb::indexOf(const QString& name) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes[i].name == name)
            return i;
    }
    return -1;
}

QStringList doubledOwnerCandidates(const DomainName& name)
{
    QStringList out;
    if (!name.isValid() || name.isIpAddress())
        return out;
    const QString n = name.text();
    for (const DomainName& parent : name.climb()) {
        if (parent.labelCount() < 2)
            continue;
        for (const QString& candidate : { n + u'.' + parent.text(), parent.text() + u'.' + parent.text() }) {
            if (candidate.size() <= 253 && !out.contains(candidate) && out.size() < 8)
                out.append(candidate);
        }
    }
    return out;
}

QString wildcardProbeName(const QString& candidate)
{
    return QStringLiteral("caa-doctor-wildcard-probe") + candidate.mid(candidate.indexOf(u'.'));
}

const char* statusCode(LookupStatus status)
{
    switch (status) {
    case LookupStatus::Pending:
        return "pending";
    case LookupStatus::Records:
        return "records";
    case LookupStatus::NoData:
        return "nodata";
    case LookupStatus::NxDomain:
        return "nxdomain";
    case LookupStatus::ServFail:
        return "servfail";
    case LookupStatus::Refused:
        return "refused";
    case LookupStatus::NotImp:
        return "notimp";
    case LookupStatus::FormErr:
        return "formerr";
    case LookupStatus::Timeout:
        return "timeout";
    case LookupStatus::Truncated:
        return "truncated";
    case LookupStatus::Bogus:
        return "bogus";
    case LookupStatus::Unavailable:
        return "unavailable";
    case LookupStatus::NetworkError:
        return "network-error";
    }
    return "unknown";
}

const char* dnssecCode(DnssecState state)
{
    switch (state) {
    case DnssecState::Unknown:
        return "unknown";
    case DnssecState::Secure:
        return "secure";
    case DnssecState::Insecure:
        return "insecure";
    case DnssecState::Bogus:
        return "bogus";
    case DnssecState::Indeterminate:
        return "indeterminate";
    }
    return "unknown";
}

} // namespace caa
