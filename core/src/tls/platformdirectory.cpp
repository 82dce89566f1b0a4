#include "caa/platformdirectory.h"

#include <QFile>

namespace caa {

namespace {

QString bare(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

bool labelMatches(QStringView pattern, QStringView label)
{
    const qsizetype star = pattern.indexOf(QLatin1Char('*'));
    if (star < 0)
        return pattern == label;
    const QStringView head = pattern.first(star);
    const QStringView tail = pattern.sliced(star + 1);
    return label.size() >= head.size() + tail.size() && label.startsWith(head) && label.endsWith(tail)
        && !tail.contains(QLatin1Char('*'));
}

QStringList listOf(const QByteArray& cell)
{
    QStringList out;
    for (const QString& part : QString::fromUtf8(cell).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!bare(part).isEmpty())
            out.append(bare(part));
    }
    return out;
}

} // namespace

bool nameMatchesSuffix(const QString& name, const QString& suffix)
{
    const QStringList n = bare(name).split(QLatin1Char('.'));
    const QStringList s = bare(suffix).split(QLatin1Char('.'));
    if (bare(suffix).isEmpty() || s.size() > n.size())
        return false;
    for (qsizetype i = 1; i <= s.size(); ++i) {
        if (!labelMatches(s[s.size() - i], n[n.size() - i]))
            return false;
    }
    return true;
}

const PlatformDirectory& PlatformDirectory::builtin()
{
    static const PlatformDirectory directory = [] {
        QFile file(QStringLiteral(":/caa/data/platforms.tsv"));
        QByteArray data;
        if (file.open(QIODevice::ReadOnly))
            data = file.readAll();
        return fromData(data);
    }();
    return directory;
}

PlatformDirectory PlatformDirectory::fromData(QByteArrayView tsv, QString* error)
{
    PlatformDirectory d;
    bool header = true;
    int lineNumber = 0;
    for (const QByteArray& line : tsv.toByteArray().split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QList<QByteArray> f = line.split('\t');
        if (f.size() != 7) {
            if (error && error->isEmpty())
                *error = QStringLiteral("platforms.tsv line %1: %2 fields, not 7").arg(lineNumber).arg(f.size());
            continue;
        }
        Platform p;
        p.name = QString::fromUtf8(f[0]).trimmed();
        p.cnameSuffixes = listOf(f[1]);
        p.nsSuffixes = listOf(f[2]);
        for (const QString& ca : QString::fromUtf8(f[3]).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            QStringList aliases;
            for (const QString& id : ca.split(QLatin1Char(','), Qt::SkipEmptyParts))
                aliases.append(bare(id));
            if (!aliases.isEmpty())
                p.cas.append(aliases);
        }
        p.behaviour = QString::fromUtf8(f[4]).trimmed();
        p.source = QString::fromUtf8(f[5]).trimmed();
        p.read = QString::fromUtf8(f[6]).trimmed();
        if (p.name.isEmpty() || p.cas.isEmpty()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("platforms.tsv line %1: a platform needs a name and CAs").arg(lineNumber);
            continue;
        }
        d.m_platforms.append(p);
    }
    return d;
}

QList<PlatformMatch> PlatformDirectory::recognise(const QList<std::pair<QString, QString>>& cnames,
                                                  const QList<std::pair<QString, QString>>& nameservers) const
{
    QList<PlatformMatch> out;
    for (const Platform& p : m_platforms) {
        PlatformMatch match;
        bool found = false;
        for (const auto& [owner, target] : cnames) {
            for (const QString& suffix : p.cnameSuffixes) {
                if (!found && nameMatchesSuffix(target, suffix)) {
                    match = { p, PlatformMatch::Evidence::Cname, bare(target), bare(owner), suffix };
                    found = true;
                }
            }
        }
        for (const auto& [zone, server] : nameservers) {
            for (const QString& suffix : p.nsSuffixes) {
                if (!found && nameMatchesSuffix(server, suffix)) {
                    match = { p, PlatformMatch::Evidence::Nameserver, bare(server), bare(zone), suffix };
                    found = true;
                }
            }
        }
        if (found)
            out.append(match);
    }
    return out;
}

} // namespace caa
