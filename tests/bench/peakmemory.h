#pragma once

#include <QFile>

namespace caa::bench {

// The process's peak resident memory so far (VmHWM, Linux), in KiB; -1 where /proc is not there. One reader for every
// benchmark, so that their "peak memory" figures mean the same thing.
inline qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

inline qint64 peakRssMb()
{
    const qint64 kb = peakRssKb();
    return kb < 0 ? -1 : kb / 1024;
}

} // namespace caa::bench
