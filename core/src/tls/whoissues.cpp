#include "caa/whoissues.h"

#include "caa/zonefile.h"

namespace caa {

bool PlatformFinding::permitsAny() const
{
    for (const PlatformCa& ca : cas) {
        if (ca.verdict.outcome == Outcome::Permit)
            return true;
    }
    return false;
}

bool PlatformFinding::allRefuse() const
{
    for (const PlatformCa& ca : cas) {
        if (ca.verdict.outcome != Outcome::Forbid)
            return false;
    }
    return !cas.isEmpty();
}

QDateTime WhoIssues::renewalDue() const
{
    if (!hasChain())
        return {};
    const CertificateFacts& leaf = probe.chain.leaf();
    if (!leaf.notBefore.isValid() || !leaf.notAfter.isValid() || leaf.notAfter <= leaf.notBefore)
        return {};
    const qint64 lifetime = leaf.notBefore.secsTo(leaf.notAfter);
    return leaf.notBefore.addSecs(lifetime * 2 / 3);
}

bool WhoIssues::expired(const QDateTime& nowUtc) const
{
    return hasChain() && probe.chain.leaf().notAfter.isValid() && probe.chain.leaf().notAfter < nowUtc;
}

CaProfile profileForIdentifiers(const QStringList& identifiers, const QString& displayName)
{
    if (identifiers.isEmpty())
        return {};
    CaProfile profile = CaDirectory::builtin().profile(identifiers.first());
    if (profile.key.isEmpty())
        return profile;
    // The directory's profile knows the CA's behaviour; these identifiers are what this CA recognises here.
    profile.identifiers = identifiers;
    if (!displayName.isEmpty() && profile.behaviour == CaProfile::Behaviour::Generic)
        profile.displayName = displayName;
    return profile;
}

QList<std::pair<QString, QString>> zoneNameservers(const ZoneFile& zone)
{
    QList<std::pair<QString, QString>> out;
    const QString apex = zone.origin();
    for (qsizetype i = 0; i < zone.recordCount(); ++i) {
        if (zone.record(i).type != 2 || zone.ownerOf(i) != apex)
            continue;
        QString target = QString::fromUtf8(zone.rdataText(i)).simplified().toLower();
        if (target.isEmpty())
            continue;
        if (target.endsWith(QLatin1Char('.')))
            target.chop(1);
        else if (target == QLatin1String("@"))
            target = apex;
        else if (!apex.isEmpty())
            target += QLatin1Char('.') + apex;
        const std::pair<QString, QString> pair { apex, target };
        if (!out.contains(pair))
            out.append(pair);
    }
    return out;
}

} // namespace caa
