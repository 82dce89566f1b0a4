#pragma once
// The zone of the report and evidence-bundle tests (tests/data/reports/report.zone), and a diagnosis made from it
// the way caa-doctor-cli check --zone makes one: through the ClimbRunner, with the file's SHA-256 as provenance.
#include "caa/climbrunner.h"
#include "caa/dnssource.h"
#include "caa/zoneset.h"

#include <QEventLoop>
#include <QStringList>
#include <memory>

namespace caa::test {

inline std::shared_ptr<ZoneSet> reportZoneSet()
{
    auto zone = std::make_shared<ZoneFile>(ZoneFile::load(QStringLiteral(CAA_TEST_DATA "/reports/report.zone")));
    auto set = std::make_shared<ZoneSet>();
    set->add(zone);
    return set;
}

inline Diagnosis diagnose(const QString& name, const QStringList& cas = { QStringLiteral("letsencrypt.org") })
{
    auto set = reportZoneSet();
    ZoneSource source(set);
    ClimbRunner runner(&source);
    QEventLoop loop;
    QObject::connect(&runner, &ClimbRunner::finished, &loop, &QEventLoop::quit);
    Request request;
    request.name = DomainName::parse(name);
    QList<CaProfile> profiles;
    for (const QString& ca : cas)
        profiles.append(CaDirectory::builtin().profile(ca));
    runner.start(request, profiles);
    if (runner.isRunning())
        loop.exec();
    Diagnosis d = runner.diagnosis();
    const auto& file = set->zones().first()->files().first();
    d.zoneFiles.append({ file.path, QString::fromLatin1(file.sha256Hex()) });
    return d;
}

} // namespace caa::test
