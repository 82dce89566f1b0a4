#include "caa/acmeerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace caa {

namespace {

// A name as the CA printed it (no trailing punctuation from the surrounding sentence).
QString cleanName(QString name)
{
    while (!name.isEmpty()
           && (name.endsWith(u'.') || name.endsWith(u',') || name.endsWith(u'"') || name.endsWith(u'\'')))
        name.chop(1);
    while (!name.isEmpty() && (name.startsWith(u'"') || name.startsWith(u'\'')))
        name.remove(0, 1);
    return name.toLower();
}

const QRegularExpression& re(const char* pattern)
{
    // Patterns are literals: one compiled expression each, shared.
    thread_local QHash<const char*, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern,
                          QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption));
    return *it;
}

} // namespace

AcmeError parseAcmeError(const QString& input)
{
    AcmeError e;
    QString text = input;
    // A problem document (RFC 8555 §6.7), possibly inside other output: take type, detail and status from it.
    const qsizetype brace = text.indexOf(u'{');
    if (brace >= 0) {
        const qsizetype end = text.lastIndexOf(u'}');
        const QJsonDocument doc = QJsonDocument::fromJson(text.mid(brace, end - brace + 1).toUtf8());
        if (doc.isObject()) {
            const QJsonObject o = doc.object();
            e.problemType = o.value(QStringLiteral("type")).toString();
            e.httpStatus = o.value(QStringLiteral("status")).toInt();
            if (o.contains(QStringLiteral("detail")))
                text = o.value(QStringLiteral("detail")).toString();
        }
    }
    if (e.problemType.isEmpty()) {
        const auto m = re(R"re((urn:(?:ietf:params:)?acme:error:[a-z]+))re").match(text);
        if (m.hasMatch())
            e.problemType = m.captured(1);
    }
    if (!e.httpStatus) {
        const auto m = re(R"re(error:\s*(\d{3})\s*::)re").match(text);
        if (m.hasMatch())
            e.httpStatus = m.captured(1).toInt();
    }
    e.secondaryValidation = re(R"re(During secondary (validation|CAA checking))re").match(text).hasMatch();
    e.finalizeRecheck = re(R"re(rechecking caa)re").match(text).hasMatch();
    {
        const auto m = re(R"re(Rechecking CAA for "([^"]+)" and (\d+) more identifiers? failed)re").match(text);
        if (m.hasMatch()) {
            e.identifier = cleanName(m.captured(1));
            e.moreIdentifiers = m.captured(2).toInt();
            e.finalizeRecheck = true;
        }
    }
    {
        const auto m = re(R"re(While processing CAA for (\S+?):)re").match(text);
        if (m.hasMatch())
            e.identifier = cleanName(m.captured(1));
    }
    if (const auto m = re(R"re(CAA record for (\S+) prevents issuance)re").match(text); m.hasMatch()) {
        e.kind = AcmeError::Kind::CaaForbid;
        e.foundAt = cleanName(m.captured(1));
        e.ca = QStringLiteral("letsencrypt.org");
    } else if (const auto d = re(R"re(DNS problem: looking up CAA for (\S+?): (.+?)\s*$)re").match(text);
               d.hasMatch()) {
        e.kind = AcmeError::Kind::DnsProblem;
        e.foundAt = cleanName(d.captured(1));
        e.ede = d.captured(2).trimmed();
        e.ca = QStringLiteral("letsencrypt.org");
    } else if (const auto p = re(R"re(DNS problem: (.+?) looking up CAA for ([^\s,]+))re").match(text); p.hasMatch()) {
        e.kind = AcmeError::Kind::DnsProblem;
        e.foundAt = cleanName(p.captured(2));
        const QString what = p.captured(1).trimmed();
        if (what.startsWith(QLatin1String("query timed out"), Qt::CaseInsensitive))
            e.dnsProblem = QStringLiteral("timeout");
        else if (what.startsWith(QLatin1String("response was truncated"), Qt::CaseInsensitive))
            e.dnsProblem = QStringLiteral("truncated");
        else
            e.dnsProblem = what;
        e.ca = QStringLiteral("letsencrypt.org");
    } else if (const auto s = re(R"re(CAA record does not include (\S+?) which is required)re").match(text);
               s.hasMatch()) {
        e.kind = AcmeError::Kind::CaaForbid; // SSL.com
        e.ca = cleanName(s.captured(1));
    } else if (const auto c = re(R"re(dns problem: looking up caa for (\S+?): (.+))re").match(text); c.hasMatch()) {
        e.kind = AcmeError::Kind::DnsProblem; // Cloudflare's lower-cased copy of Boulder's text
        e.foundAt = cleanName(c.captured(1));
        e.ede = c.captured(2).trimmed();
    } else if (re(R"re(SERVFAIL during DNS lookup)re").match(text).hasMatch()) {
        e.kind = AcmeError::Kind::DnsProblem;
        e.dnsProblem = QStringLiteral("SERVFAIL");
    } else if (e.problemType.endsWith(QLatin1String(":caa"))) {
        e.kind = AcmeError::Kind::CaaForbid;
    }
    // The identifier when no "While processing" says it: client wrappers name the domain themselves.
    if (e.identifier.isEmpty()) {
        for (const char* pattern : { R"re(Domain:\s*(\S+))re", // certbot
                                     R"re((?:^|\s)(\S+?):Verify error)re", // acme.sh
                                     R"re(\[(\S+?)\]\s*acme: error)re", // lego
                                     R"re(No CAA record on (\S+) \(wildcard)re", // Let's Debug
                                     R"re(custom hostname (\S+))re" }) {
            const auto m = re(pattern).match(text);
            if (m.hasMatch()) {
                e.identifier = cleanName(m.captured(1));
                break;
            }
        }
    }
    if (e.identifier.isEmpty() && e.kind == AcmeError::Kind::CaaForbid && !e.foundAt.isEmpty())
        e.identifier = e.foundAt; // the pre-2023 text named the identifier here
    return e;
}

} // namespace caa
