#include "caa/caprofile.h"

#include "caa/domainname.h"

#include <QFile>
#include <QUrl>
#include <QVarLengthArray>
#include <algorithm>
#include <atomic>

namespace caa {

namespace {

Support parseSupport(QByteArrayView s)
{
    if (s == "yes" || s == "mandated")
        return Support::Yes;
    if (s == "no")
        return Support::No;
    if (s == "n/a")
        return Support::NotApplicable;
    return Support::Unknown;
}

QList<QByteArrayView> splitView(QByteArrayView text, char sep)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == sep) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

// Yields the data lines of a TSV file: no comments, no header, no blank lines; CR stripped.
template <typename F>
bool forEachRow(QByteArrayView tsv, QByteArrayView expectedHeader, QString* error, F&& f)
{
    bool headerSeen = false;
    int lineNumber = 0;
    for (QByteArrayView line : splitView(tsv, '\n')) {
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (!headerSeen) {
            if (line != expectedHeader) {
                if (error)
                    *error = QStringLiteral("line %1: expected header '%2'")
                                 .arg(lineNumber)
                                 .arg(QString::fromUtf8(expectedHeader));
                return false;
            }
            headerSeen = true;
            continue;
        }
        if (!f(splitView(line, '\t'), lineNumber))
            return false;
    }
    if (!headerSeen && error)
        *error = QStringLiteral("no header line");
    return headerSeen;
}

// Optimal string alignment distance, stopping early once every cell of a row exceeds `limit`.
int damerauLevenshtein(QByteArrayView a, QByteArrayView b, int limit)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    QVarLengthArray<int, 96> rows(3 * (m + 1));
    int* prev2 = rows.data();
    int* prev = prev2 + (m + 1);
    int* cur = prev + (m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min(std::min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

QList<QByteArray> lowerTags(std::initializer_list<const char*> tags)
{
    QList<QByteArray> list;
    for (const char* t : tags)
        list.append(QByteArray(t));
    return list;
}

} // namespace

bool CaProfile::knowsTag(QByteArrayView lowerCaseTag) const
{
    for (const QByteArray& t : knownTags) {
        if (t == lowerCaseTag)
            return true;
    }
    return false;
}

bool CaProfile::recognises(QByteArrayView issuer) const
{
    for (const QString& id : identifiers) {
        if (exactIssuerCompare) {
            if (id.size() == issuer.size() && QLatin1StringView(issuer.data(), issuer.size()) == id)
                return true;
        } else if (id.size() == issuer.size()
                   && QLatin1StringView(issuer.data(), issuer.size()).compare(id, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

namespace {

// The decimal id after `prefix` in `account`, empty when the account is not of that form.
QStringView accountIdAfter(QStringView account, const QString& prefix)
{
    if (!account.startsWith(prefix))
        return {};
    const QStringView id = account.mid(prefix.size());
    for (QChar c : id) {
        if (!c.isDigit() || c.unicode() >= 0x80)
            return {};
    }
    return id;
}

} // namespace

bool CaProfile::isAccountOfThisCa(QStringView account) const
{
    if (accountUriPrefixes.isEmpty())
        return true;
    for (const QStringList& environment : accountUriPrefixes) {
        for (const QString& prefix : environment) {
            if (!accountIdAfter(account, prefix).isEmpty())
                return true;
        }
    }
    return false;
}

QString CaProfile::exampleAccountUri() const
{
    if (accountUriPrefixes.isEmpty() || accountUriPrefixes.first().isEmpty())
        return {};
    return accountUriPrefixes.first().first() + QStringLiteral("123456789");
}

bool CaProfile::accountMatches(QByteArrayView allowed, const QString& account) const
{
    for (const QStringList& environment : accountUriPrefixes) {
        for (const QString& prefix : environment) {
            if (!account.startsWith(prefix))
                continue;
            const QStringView id = QStringView(account).mid(prefix.size());
            bool digits = !id.isEmpty();
            for (QChar c : id)
                digits = digits && c.isDigit() && c.unicode() < 0x80;
            if (!digits)
                continue;
            // The request's account is "prefix + id" in this environment: any of its prefixes with that id.
            for (const QString& form : environment) {
                if (allowed.size() == form.size() + id.size() && allowed.startsWith(form.toLatin1())
                    && QLatin1StringView(allowed.sliced(form.size())) == id)
                    return true;
            }
            return false;
        }
    }
    if (!accountUriPrefixes.isEmpty())
        return false; // not one of this CA's account URLs, so no account of this CA (Boulder compares ids)
    return allowed.size() == account.size() && QLatin1StringView(allowed) == account;
}

bool isAccountUri(const QString& text)
{
    if (text.isEmpty() || text.size() > 2048)
        return false;
    for (QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !url.isRelative();
}

CaProfile letsEncryptProfile()
{
    CaProfile p;
    p.key = QStringLiteral("letsencrypt.org");
    p.displayName = QStringLiteral("Let's Encrypt");
    p.identifiers = { QStringLiteral("letsencrypt.org") };
    p.behaviour = CaProfile::Behaviour::Boulder;
    p.parser = CaProfile::ValueParser::Boulder;
    p.exactIssuerCompare = true;
    p.flagOneIsCritical = true;
    p.knownTags = lowerTags({ "issue", "issuewild", "iodef", "issuemail", "issuevmc" });
    p.tldNxdomainIsError = true;
    p.truncationIsError = true;
    p.iodef = Support::No;
    p.accountUri = Support::Yes;
    p.validationMethods = Support::Yes;
    p.validationMethodNames = lowerTags({ "http-01", "dns-01", "tls-alpn-01", "dns-account-01", "dns-persist-01" });
    // Production and staging are separate account databases; within each, the ACMEv1 and ACMEv2 URLs of an account
    // carry the same id (Boulder's accountURIPrefixes, va/caa.go).
    p.accountUriPrefixes = { { QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/"),
                               QStringLiteral("https://acme-v01.api.letsencrypt.org/acme/reg/") },
                             { QStringLiteral("https://acme-staging-v02.api.letsencrypt.org/acme/acct/"),
                               QStringLiteral("https://acme-staging.api.letsencrypt.org/acme/reg/") } };
    p.caaRecheckHours = 7; // ra.go caaRecheckDuration
    p.rejectsNodataWithoutSoa = true; // Unbound >= 1.18 in Let's Encrypt's resolvers (peers.md cause 12)
    p.decisionRule = QStringLiteral("Boulder va/caa.go");
    return p;
}

CaProfile rfc8659Profile(const QString& identifier)
{
    CaProfile p;
    p.key = identifier == QLatin1String("letsencrypt.org") ? QStringLiteral("rfc8659")
                                                           : QStringLiteral("rfc8659:") + identifier;
    p.displayName = QStringLiteral("RFC 8659 (strict) as %1").arg(identifier);
    p.identifiers = { identifier };
    p.behaviour = CaProfile::Behaviour::Rfc8659;
    p.parser = CaProfile::ValueParser::Rfc8659;
    p.exactIssuerCompare = false;
    p.flagOneIsCritical = false;
    p.knownTags = lowerTags({ "issue", "issuewild", "iodef" });
    p.tldNxdomainIsError = false;
    p.accountUri = Support::Yes;
    p.validationMethods = Support::Yes;
    p.validationMethodNames
        = lowerTags({ "http-01", "dns-01", "tls-alpn-01", "email-reply-00", "tkauth-01", "dns-account-01" });
    p.decisionRule = QStringLiteral("RFC 8659 §3-§4, RFC 8657");
    return p;
}

namespace {

CaProfile genericProfile(const QString& key, const QString& name, const QStringList& identifiers, const CaInfo* info)
{
    CaProfile p;
    p.key = key;
    p.displayName = name;
    p.identifiers = identifiers;
    p.behaviour = CaProfile::Behaviour::Generic;
    p.parser = CaProfile::ValueParser::Rfc8659;
    p.exactIssuerCompare = false;
    p.flagOneIsCritical = false;
    p.knownTags = lowerTags({ "issue", "issuewild", "iodef", "issuemail", "contactemail", "contactphone" });
    p.tldNxdomainIsError = false;
    if (info) {
        p.iodef = info->iodef;
        p.accountUri = info->accountUri;
        p.validationMethods = info->validationMethods;
    }
    p.validationMethodNames
        = lowerTags({ "http-01", "dns-01", "tls-alpn-01", "email-reply-00", "tkauth-01", "dns-account-01" });
    p.decisionRule = QStringLiteral("RFC 8659 §3-§4 (CA-specific details unknown)");
    return p;
}

} // namespace

const CaDirectory& CaDirectory::builtin()
{
    static const CaDirectory directory = [] {
        QFile cas(QStringLiteral(":/caa/data/cas.tsv"));
        QFile mistakes(QStringLiteral(":/caa/data/mistakes.tsv"));
        if (!cas.open(QIODevice::ReadOnly) || !mistakes.open(QIODevice::ReadOnly))
            qFatal("CA data missing from the resources");
        QString error;
        CaDirectory d = fromData(cas.readAll(), mistakes.readAll(), &error);
        if (!error.isEmpty())
            qFatal("CA data unreadable: %s", qPrintable(error));
        return d;
    }();
    return directory;
}

CaDirectory CaDirectory::fromData(QByteArrayView casTsv, QByteArrayView mistakesTsv, QString* error)
{
    CaDirectory d;
    QString local;
    QString& err = error ? *error : local;
    err.clear();
    forEachRow(casTsv, "name\tidentifiers\tiodef\taccounturi\tvalidationmethods\tissuemail\tdistrusted", &err,
               [&](const QList<QByteArrayView>& f, int line) {
                   if (f.size() != 7) {
                       err = QStringLiteral("cas line %1: expected 7 fields").arg(line);
                       return false;
                   }
                   CaInfo ca;
                   ca.name = QString::fromUtf8(f[0]);
                   for (QByteArrayView id : splitView(f[1], ';')) {
                       if (!id.isEmpty())
                           ca.identifiers.append(QString::fromLatin1(id));
                   }
                   ca.iodef = parseSupport(f[2]);
                   ca.accountUri = parseSupport(f[3]);
                   ca.validationMethods = parseSupport(f[4]);
                   ca.issueMail = parseSupport(f[5]);
                   ca.distrusted = f[6] == "yes";
                   ca.platform = ca.name.contains(QLatin1String("not a CA"));
                   if (ca.identifiers.isEmpty())
                       return true;
                   const int index = int(d.m_cas.size());
                   for (const QString& id : ca.identifiers) {
                       QList<int>& owners = d.m_byIdentifier[id.toLatin1()];
                       if (owners.isEmpty()) {
                           d.m_identifiers.append(id);
                           d.m_identifiersLatin1.append(id.toLatin1());
                       }
                       owners.append(index);
                   }
                   d.m_cas.append(ca);
                   return true;
               });
    if (!err.isEmpty())
        return d;
    forEachRow(mistakesTsv, "wrong\tright\tnote", &err, [&](const QList<QByteArrayView>& f, int line) {
        if (f.size() != 3) {
            err = QStringLiteral("mistakes line %1: expected 3 fields").arg(line);
            return false;
        }
        d.m_mistakes.append({ f[0].toByteArray(), QString::fromUtf8(f[1]), QString::fromUtf8(f[2]) });
        return true;
    });
    return d;
}

QList<const CaInfo*> CaDirectory::casForIdentifier(QByteArrayView identifier) const
{
    QList<const CaInfo*> result;
    const auto it = m_byIdentifier.constFind(identifier.toByteArray());
    if (it == m_byIdentifier.constEnd())
        return result;
    for (int i : *it) {
        if (!m_cas[i].platform)
            result.append(&m_cas[i]);
    }
    return result;
}

const KnownMistake* CaDirectory::knownMistake(QByteArrayView lowerCaseValue) const
{
    for (const KnownMistake& m : m_mistakes) {
        if (m.wrong == lowerCaseValue)
            return &m;
    }
    return nullptr;
}

quint64 CaDirectory::nextSerial()
{
    static std::atomic<quint64> serial { 0 };
    return ++serial;
}

QString CaDirectory::nearestIdentifier(QByteArrayView value, int* distance) const
{
    QString best;
    int bestDistance = 1 << 20;
    if (value.size() > 255) { // longer than any DNS name: nothing is near
        if (distance)
            *distance = bestDistance;
        return best;
    }
    // The same values come again and again (a refused evaluation explains a record, plans its fix, and judges the fix
    // again; a zone audit meets one value at many names): remembered per thread, a few hundred at most.
    struct Remembered
    {
        quint64 directory;
        QString best;
        int distance;
    };
    thread_local QHash<QByteArray, Remembered> remembered;
    const QByteArray key = value.toByteArray();
    if (const auto it = remembered.constFind(key); it != remembered.constEnd() && it->directory == m_serial) {
        if (distance)
            *distance = it->distance;
        return it->best;
    }
    const QByteArray lower = key.toLower();
    for (qsizetype i = 0; i < m_identifiersLatin1.size() && bestDistance > 0; ++i) {
        // Only a distance below the best so far matters: an identifier whose length alone differs by more is skipped
        // (a refused evaluation asks this for every record it explains and every fix it verifies).
        const QByteArray& candidate = m_identifiersLatin1[i];
        const bool first = best.isEmpty(); // the first is the nearest so far, however far (distance 9: "over 8")
        const int limit = first ? 8 : std::min(bestDistance - 1, 8);
        if (!first && std::abs(int(candidate.size() - lower.size())) > limit)
            continue;
        const int dist = damerauLevenshtein(lower, candidate, limit);
        if (dist < bestDistance) {
            bestDistance = dist;
            best = m_identifiers[i];
        }
    }
    if (remembered.size() >= 512)
        remembered.clear();
    remembered.insert(key, { m_serial, best, bestDistance });
    if (distance)
        *distance = bestDistance;
    return best;
}

QString CaDirectory::suggestionFor(const QString& rawKey) const
{
    QString key = rawKey.trimmed().toLower();
    if (key.size() > 1 && key.endsWith(u'.') && !key.endsWith(QLatin1String(".."))) // as profile() reads it
        key.chop(1);
    const CaProfile p = profile(key);
    if (p.key.isEmpty() || p.behaviour != CaProfile::Behaviour::Generic || !casForIdentifier(key.toLatin1()).isEmpty())
        return {};
    for (const CaInfo& ca : m_cas) {
        if (ca.name.compare(rawKey.trimmed(), Qt::CaseInsensitive) == 0)
            return {};
    }
    if (const KnownMistake* m = knownMistake(key.toLatin1()))
        return m->right;
    int distance = 0;
    const QString nearest = nearestIdentifier(key.toLatin1(), &distance);
    return distance > 0 && distance <= std::max(2, int(key.size()) / 6) ? nearest : QString();
}

CaProfile CaDirectory::profile(const QString& rawKey) const
{
    QString key = rawKey.trimmed();
    // A CAA identifier has no final dot, and nobody means a private CA "letsencrypt.org." by typing the habitual DNS
    // dot: the identifier without it.
    if (key.size() > 1 && key.endsWith(u'.') && !key.endsWith(QLatin1String("..")))
        key.chop(1);
    const QString lower = key.toLower();
    if (lower == QLatin1String("letsencrypt.org") || lower == QLatin1String("letsencrypt")
        || lower == QLatin1String("let's encrypt") || lower == QLatin1String("le"))
        return letsEncryptProfile();
    if (lower == QLatin1String("rfc8659"))
        return rfc8659Profile();
    if (lower.startsWith(QLatin1String("rfc8659:"))) {
        const DomainName id = DomainName::parse(lower.mid(8));
        if (!id.isValid() || id.isWildcard())
            return {};
        return rfc8659Profile(id.text());
    }
    const QByteArray ascii = lower.toLatin1();
    QList<const CaInfo*> owners = casForIdentifier(ascii);
    if (!owners.isEmpty()) {
        const CaInfo* owner = owners.first();
        for (const CaInfo* ca : owners) { // prefer the CA that recommends this identifier first
            if (ca->identifiers.value(0) == lower) {
                owner = ca;
                break;
            }
        }
        QStringList ids = owner->identifiers;
        ids.removeAll(lower);
        ids.prepend(lower);
        return genericProfile(lower, owner->name, ids, owner);
    }
    for (const CaInfo& ca : m_cas) {
        if (ca.name.compare(key, Qt::CaseInsensitive) == 0)
            return genericProfile(ca.identifiers.first(), ca.name, ca.identifiers, &ca);
    }
    const DomainName custom = DomainName::parse(key);
    if (custom.isValid() && !custom.isWildcard() && custom.labelCount() >= 2)
        return genericProfile(custom.text(), custom.text(), { custom.text() }, nullptr);
    return {};
}

} // namespace caa
