#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace caa {

// A hosting platform that obtains certificates for its customers' names (a CDN, a PaaS, a website builder), as
// resources/data/platforms.tsv describes it: recognised from CNAME targets and nameserver names, never from code.
struct Platform
{
    QString name;
    QStringList cnameSuffixes;
    QStringList nsSuffixes;
    // The CAs it issues with, each as the CAA identifiers that CA recognises for it (aliases of one CA together);
    // the first CA is the one a fix adds, and the first identifier of each is the one to write.
    QList<QStringList> cas;
    QString behaviour; // its known CAA behaviour, one sentence (English, from the data file)
    QString source; // the documentation page
    QString read; // the date it was read, YYYY-MM-DD
};

// Why a platform was recognised: a CNAME target or a nameserver name that matches one of its suffixes.
struct PlatformMatch
{
    enum class Evidence
    {
        Cname,
        Nameserver,
    };
    Platform platform;
    Evidence evidence = Evidence::Cname;
    QString name; // the CNAME target or nameserver name
    QString owner; // the CNAME's owner, or the zone the nameserver serves
    QString suffix; // the pattern it matched
};

class PlatformDirectory
{
public:
    static const PlatformDirectory& builtin();
    static PlatformDirectory fromData(QByteArrayView platformsTsv, QString* error = nullptr);

    // `cnames`: (owner, target) pairs in chain order; `nameservers`: (zone, server name) pairs. One match per
    // platform: the first CNAME evidence, else the first nameserver.
    QList<PlatformMatch> recognise(const QList<std::pair<QString, QString>>& cnames,
                                   const QList<std::pair<QString, QString>>& nameservers) const;
    const QList<Platform>& platforms() const { return m_platforms; }

private:
    QList<Platform> m_platforms;
};

// Whether a DNS name equals the suffix or lies below it ("x.cloudfront.net" and "cloudfront.net"); '*' in the suffix
// stands for any characters within one label. Any case, trailing dots ignored.
bool nameMatchesSuffix(const QString& name, const QString& suffix);

} // namespace caa
