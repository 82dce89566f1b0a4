#pragma once

// Generates CAA record sets and requests from the pieces people actually get wrong (issue 12, check A): issuers with
// a trailing dot, capitals, quotes, URLs or typos, other CAs, deny-all; RFC 8657 parameters in every form (two URL
// forms of one account, another account, method lists with spaces, capitals, underscores, repeats, tags in
// capitals); issuewild, iodef, unknown and critical tags; sets at the name, at a parent or behind a CNAME. The same
// seed gives the same corpus.

#include "caa/caarecord.h"
#include "caa/climb.h"
#include "caa/domainname.h"
#include "caa/evaluator.h"

#include <QRandomGenerator>
#include <QStringList>

namespace tst {

struct GeneratedCase
{
    QString label;
    caa::Climb climb;
    caa::Request request;
    QString profile; // a --ca key
};

class RecordSetGenerator
{
public:
    explicit RecordSetGenerator(quint32 seed)
        : m_random(seed)
    {
    }

    GeneratedCase next()
    {
        GeneratedCase c;
        static const char* const profiles[]
            = { "letsencrypt.org", "letsencrypt.org", "letsencrypt.org", "rfc8659", "sectigo.com" };
        c.profile = QString::fromLatin1(pick(profiles));
        const bool wildcard = chance(4);
        c.request.name = caa::DomainName::parse(wildcard ? QStringLiteral("*.www.example.com")
                                                         : QStringLiteral("www.example.com"));
        static const char* const accounts[] = { "",
                                                "",
                                                "https://acme-v02.api.letsencrypt.org/acme/acct/1111",
                                                "https://acme-v01.api.letsencrypt.org/acme/reg/1111",
                                                "https://acme-v02.api.letsencrypt.org/acme/acct/2222",
                                                "https://acme-staging-v02.api.letsencrypt.org/acme/acct/1111" };
        c.request.accountUri = QString::fromLatin1(pick(accounts));
        static const char* const methods[] = { "", "", "http-01", "dns-01", "tls-alpn-01", "dns-persist-01" };
        c.request.validationMethod = QString::fromLatin1(pick(methods));

        c.climb = caa::Climb::forName(c.request.name);
        for (caa::LookupResult& n : c.climb.nodes)
            n.status = caa::LookupStatus::NoData;
        // Where the set is: the name, its parent, or a CNAME target.
        const int where = bounded(3);
        caa::LookupResult& node = c.climb.nodes[where == 1 ? 1 : 0];
        QString owner = node.name;
        if (where == 2) {
            node.aliases = { QStringLiteral("cdn.example.net") };
            owner = node.aliases.last();
        }
        const int count = 1 + bounded(4);
        QStringList texts;
        for (int i = 0; i < count; ++i) {
            caa::CaaResourceRecord rr;
            rr.owner = owner;
            rr.ttl = 300;
            rr.rdata = record(c.profile);
            texts.append(rr.rdata.toPresentation());
            node.records.append(rr);
        }
        node.status = caa::LookupStatus::Records;
        c.label = QStringLiteral("%1 %2 [%3] acct=%4 method=%5 at %6: %7")
                      .arg(c.profile, c.request.name.displayText(), wildcard ? QStringLiteral("wild") : QString(),
                           c.request.accountUri, c.request.validationMethod, owner, texts.join(QStringLiteral(" | ")));
        return c;
    }

private:
    template <typename T, size_t N>
    T pick(T (&list)[N])
    {
        return list[m_random.bounded(quint32(N))];
    }
    int bounded(int n) { return int(m_random.bounded(quint32(n))); }
    bool chance(int oneIn) { return bounded(oneIn) == 0; }

    QByteArray issuer(const QString& profile)
    {
        const QByteArray own = profile == QLatin1String("sectigo.com") ? "sectigo.com" : "letsencrypt.org";
        switch (bounded(14)) {
        case 0:
            return own + '.';
        case 1:
            return own.left(1).toUpper() + own.mid(1, 3) + own.mid(4, 1).toUpper() + own.mid(5);
        case 2:
            return '"' + own + '"';
        case 3:
            return "https://" + own + '/';
        case 4:
            return own.left(4) + own.mid(5); // a letter missing
        case 5:
            return "sectigo.com";
        case 6:
            return "pki.goog";
        case 7:
            return "digicert.com";
        case 8:
            return "";
        case 9:
            return "zerossl.com";
        default:
            return own;
        }
    }

    QByteArray parameters()
    {
        static const char* const pieces[] = {
            "accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1111",
            "accounturi=https://acme-v01.api.letsencrypt.org/acme/reg/1111",
            "accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/3333",
            "AccountURI=https://acme-v02.api.letsencrypt.org/acme/acct/3333",
            "validationmethods=dns-01",
            "validationmethods=http-01,dns-01",
            "validationmethods=http-01 dns-01",
            "validationmethods=HTTP-01",
            "validationmethods=dns_01,http-01",
            "validationmethods=,dns-01",
            "validationmethods=tls-alpn-01",
            "ValidationMethods=dns-01",
            "foo=bar",
            "cert-type=dv",
        };
        QByteArray out;
        const int n = bounded(4);
        for (int i = 0; i < n; ++i)
            out += "; " + QByteArray(pick(pieces));
        if (chance(12))
            out += ';'; // the trailing ';' Boulder rejects
        return out;
    }

    caa::CaaRecord record(const QString& profile)
    {
        caa::CaaRecord r;
        const int kind = bounded(20);
        if (kind < 13) {
            r.tag = "issue";
        } else if (kind < 16) {
            r.tag = "issuewild";
        } else if (kind == 16) {
            r.tag = "iodef";
            r.value = "mailto:security@example.com";
            return r;
        } else if (kind == 17) {
            r.tag = chance(2) ? "contactemail" : "isue";
            r.flags = chance(2) ? 128 : 0;
            r.value = "ops@example.com";
            return r;
        } else if (kind == 18) {
            r.tag = "issue";
            r.value = ";";
            return r;
        } else {
            r.tag = "ISSUE";
        }
        if (chance(10))
            r.flags = 128;
        const QByteArray i = issuer(profile);
        r.value = i.isEmpty() ? QByteArray(";") : i + parameters();
        return r;
    }

    QRandomGenerator m_random;
};

} // namespace tst
