#pragma once

// What the tests against the DNS world (tests/dnsworld) share: where it listens and its zones as files.

#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace caa::test {

// The world's /24 prefix: CAA_DNSWORLD_NET (ctest sets it), else the one world.sh starts by default.
inline QString worldNet()
{
    const QString n = qEnvironmentVariable("CAA_DNSWORLD_NET");
    return n.isEmpty() ? QStringLiteral("127.53.0") : n;
}

// The world's validating resolver.
inline QString worldResolver()
{
    return worldNet() + QStringLiteral(".10");
}

// A zone template of the world as its administrator would have it on disk (the address range filled in), written
// into dir; empty on failure.
inline QString worldZone(const QTemporaryDir& dir, const QString& zone)
{
    QFile in(QStringLiteral(CAA_SOURCE_DIR "/tests/dnsworld/zones/%1.zone").arg(zone));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QString path = dir.filePath(zone + QStringLiteral(".zone"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(in.readAll().replace("@NET@", worldNet().toLatin1()));
    return path;
}

} // namespace caa::test
