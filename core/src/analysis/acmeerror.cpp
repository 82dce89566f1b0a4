#include "caa/acmeerror.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace caa {

namespace {

// A name as the CA printed it (no trailing punctuation from the surrounding sentence).
QString cleanName(QString name)
{
    while (!name.isEmpty()
           && (name.endsWith(u'.') || name.endsWith(u',') || name.endsWith(u'"') || name.endsWith(u'\'')
               || name.endsWith(u')') || name.endsWith(u']')))
        name.chop(1);
    while (!name.isEmpty() && (name.startsWith(u'"') || name.startsWith(u'\'') || name.startsWith(u'[')))
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

struct Endpoint
{
    bool host = false;
    QString match;
    QString identifier;
};

// resources/data/acme-endpoints.tsv: ACME hosts and CA names that say which CA wrote an error.
const QList<Endpoint>& endpoints()
{
    static const QList<Endpoint> list = [] {
        QList<Endpoint> out;
        QFile f(QStringLiteral(":/caa/data/acme-endpoints.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        bool header = false;
        for (const QByteArray& raw : f.readAll().split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            if (!header) {
                header = true;
                continue;
            }
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() >= 3)
                out.append({ fields[0] == "host", QString::fromUtf8(fields[1]), QString::fromUtf8(fields[2]) });
        }
        return out;
    }();
    return list;
}

// Which CA a text comes from: an ACME host first (the most specific), then a CA's name.
QString caNamedIn(const QString& text)
{
    const QString lower = text.toLower();
    for (const Endpoint& e : endpoints()) {
        if (e.host && lower.contains(e.match))
            return e.identifier;
    }
    // A CA's name: the first one the text mentions, as a word of its own ("ssl.com" is not inside "zerossl.com";
    // an SSL.com error that quotes a record for letsencrypt.org after its own name is SSL.com's).
    qsizetype best = -1;
    QString identifier;
    for (const Endpoint& e : endpoints()) {
        if (e.host)
            continue;
        for (qsizetype at = lower.indexOf(e.match); at >= 0; at = lower.indexOf(e.match, at + 1)) {
            const bool startsWord = at == 0 || !lower.at(at - 1).isLetterOrNumber();
            const qsizetype end = at + e.match.size();
            const bool endsWord = end >= lower.size() || !lower.at(end).isLetterOrNumber();
            if (startsWord && endsWord) {
                if (best < 0 || at < best) {
                    best = at;
                    identifier = e.identifier;
                }
                break;
            }
        }
    }
    return identifier;
}

// certbot and other clients list one block per domain ("Domain: x / Type: y / Detail: z"), failures of several kinds
// mixed: the block that is about CAA, so that the CAA failure is attributed to its own domain.
QString caaBlock(const QString& text)
{
    const QRegularExpression& domain = re(R"re((?:^|\n)\s*Domain:\s*)re");
    QList<qsizetype> starts;
    auto it = domain.globalMatch(text);
    while (it.hasNext())
        starts.append(it.next().capturedStart());
    if (starts.size() < 2)
        return text;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts[i + 1] : text.size();
        const QString block = text.mid(starts[i], end - starts[i]);
        if (re(R"re(Type:\s*caa\b)re").match(block).hasMatch()
            || re(R"re(looking up CAA|CAA record)re").match(block).hasMatch())
            return block;
    }
    return text;
}

} // namespace

QString AcmeError::problem() const
{
    if (!dnsProblem.isEmpty())
        return dnsProblem;
    if (!ede.isEmpty())
        return ede;
    return detail;
}

AcmeError parseAcmeError(const QString& input)
{
    AcmeError e;
    QString text = input.left(1 << 20);
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
    e.ca = caNamedIn(input.left(1 << 20));
    text = caaBlock(text);
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
        e.detail = m.captured(0);
    } else if (const auto d = re(R"re(DNS problem: looking up CAA for (\S+?): (.+?)\s*$)re").match(text);
               d.hasMatch()) {
        // Boulder's text with an Extended DNS Error; Cloudflare relays it in lower case.
        e.kind = AcmeError::Kind::DnsProblem;
        e.foundAt = cleanName(d.captured(1));
        e.ede = d.captured(2).trimmed();
        e.detail = d.captured(0).trimmed();
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
        e.detail = p.captured(0).trimmed();
    } else if (const auto s = re(R"re(CAA record does not include (\S+?) which is required)re").match(text);
               s.hasMatch()) {
        e.kind = AcmeError::Kind::CaaForbid; // SSL.com
        e.ca = cleanName(s.captured(1));
        e.detail = s.captured(0);
    } else if (
        const auto g
        = re(R"re(CAA(?:[^.\n]|\.(?=\S)){0,80}?(?:does not|doesn't|do not|not) (?:include|authori[sz]e|allow|permit)s? ([a-z0-9-]+(?:\.[a-z0-9-]+)+))re")
              .match(text);
        g.hasMatch()) {
        e.kind = AcmeError::Kind::CaaForbid; // another CA's wording: the CA it names is the one to check
        if (e.ca.isEmpty())
            e.ca = cleanName(g.captured(1));
        e.detail = g.captured(0);
    } else if (const auto b = re(R"re(prevents issuance by ([a-z0-9-]+(?:\.[a-z0-9-]+)+))re").match(text);
               b.hasMatch()) {
        e.kind = AcmeError::Kind::CaaForbid; // "CAA policy for example.com prevents issuance by pki.goog"
        if (e.ca.isEmpty())
            e.ca = cleanName(b.captured(1));
        e.detail = b.captured(0);
    } else if (re(R"re(CAA (?:check|checking|policy|validation) (?:failed|prevents|forbids)|invalid CAA record)re")
                   .match(text)
                   .hasMatch()) {
        e.kind = AcmeError::Kind::CaaForbid; // other CAs' and platforms' wording
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
                                     R"re(custom hostname (\S+))re",
                                     // "CAA records for x do not…", "CAA check failed for x", "Invalid CAA record for
                                     // domain x", "CAA policy for x prevents…"
                                     R"re(CAA (?:records?|check|checking|policy|validation)(?: failed)? for )re"
                                     R"re((?:the )?(?:domain )?"?([a-z0-9*_][a-z0-9*_.-]*\.[a-z0-9-]+))re" }) {
            const auto m = re(pattern).match(text);
            if (m.hasMatch()) {
                e.identifier = cleanName(m.captured(1));
                break;
            }
        }
    }
    // The pre-2023 forbid text named the identifier where it now names foundAt; a DNS problem without the "While
    // processing" prefix names the failing name, the best guess there is.
    if (e.identifier.isEmpty() && e.kind != AcmeError::Kind::Unknown && !e.foundAt.isEmpty())
        e.identifier = e.foundAt;
    if (e.ca.isEmpty() && (e.kind != AcmeError::Kind::Unknown)
        && re(R"re(prevents issuance|DNS problem: )re").match(text).hasMatch())
        e.ca = QStringLiteral("letsencrypt.org"); // Boulder's own wording
    if (e.detail.isEmpty() && e.kind != AcmeError::Kind::Unknown)
        e.detail = text.trimmed().left(500);
    return e;
}

} // namespace caa
