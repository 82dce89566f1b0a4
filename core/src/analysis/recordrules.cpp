#include "recordrules.h"

#include <cstring>

namespace caa::rules {

IssuerValue parseFor(const CaProfile& profile, QByteArrayView value)
{
    return profile.parser == CaProfile::ValueParser::Boulder ? parseIssuerBoulder(value) : parseIssuerRfc8659(value);
}

const char* failureCode(const LookupResult& node, const CaProfile& profile)
{
    if (node.aliasLoop)
        return code::CnameLoop;
    switch (node.status) {
    case LookupStatus::ServFail:
        return code::LookupServfail;
    case LookupStatus::Refused:
        return code::LookupRefused;
    case LookupStatus::NotImp:
        return code::LookupNotimp;
    case LookupStatus::FormErr:
        return code::LookupFormerr;
    case LookupStatus::Timeout:
        return code::LookupTimeout;
    case LookupStatus::Truncated:
        return profile.truncationIsError ? code::LookupTruncated : nullptr;
    case LookupStatus::Bogus:
        return code::DnssecBogus;
    case LookupStatus::NetworkError:
        return code::LookupNetwork;
    case LookupStatus::NxDomain:
        return (profile.tldNxdomainIsError && !node.name.contains(u'.')) ? code::TldNxdomain : nullptr;
    default:
        return nullptr;
    }
}

bool parameterIs(const CaProfile& profile, QByteArrayView tag, QByteArrayView name)
{
    if (profile.behaviour == CaProfile::Behaviour::Boulder)
        return tag == name;
    return tag.size() == name.size()
        && QLatin1StringView(tag).compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0;
}

bool methodListAllows(const CaProfile& profile, QByteArrayView list, QByteArrayView wanted, bool* malformedLabel)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= list.size(); ++i) {
        if (i < list.size() && list[i] != ',')
            continue;
        const QByteArrayView label = list.sliced(start, i - start);
        start = i + 1;
        bool ok = !label.isEmpty();
        for (char c : label) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                ok = false;
        }
        if (!ok) {
            if (malformedLabel)
                *malformedLabel = true;
            return false;
        }
        bool known = label.startsWith("ca-");
        for (const QByteArray& m : profile.validationMethodNames)
            known = known || m == label;
        if (!known)
            continue;
        if (label == wanted)
            return true;
    }
    return false;
}

RecordCheck checkRecord(const IssuerValue& parsed, const Request& request, const CaProfile& profile)
{
    RecordCheck check;
    check.issuerMatch = parsed.wellFormed && !parsed.issuer.isEmpty() && profile.recognises(parsed.issuer);
    if (!check.issuerMatch)
        return check;
    const bool readsAccounts = profile.accountUri != Support::No && profile.accountUri != Support::NotApplicable;
    const bool readsMethods
        = profile.validationMethods != Support::No && profile.validationMethods != Support::NotApplicable;
    for (const IssuerParameter& p : parsed.parameters) {
        if (readsAccounts && parameterIs(profile, p.tag, "accounturi")) {
            if (++check.accounts == 1)
                check.account = &p;
        } else if (readsMethods && parameterIs(profile, p.tag, "validationmethods")) {
            if (++check.methods == 1)
                check.methodList = &p;
        }
    }
    // More than one of a parameter makes the record unsatisfiable (Boulder since #7565; RFC 8657 for accounturi).
    if (check.accounts > 1) {
        check.accountOk = false;
    } else if (check.account) {
        if (request.accountUri.isEmpty()) {
            check.accountOpen = profile.isAccountOfThisCa(QString::fromLatin1(check.account->value));
            check.accountOk = check.accountOpen;
        } else
            check.accountOk = profile.accountMatches(check.account->value, request.accountUri);
    }
    if (check.methods > 1) {
        check.methodOk = false;
    } else if (check.methodList) {
        if (request.validationMethod.isEmpty()) {
            for (const QByteArray& label : QByteArray(check.methodList->value).split(',')) {
                const QString method = QString::fromLatin1(label);
                if (!check.openMethods.contains(method)
                    && methodListAllows(profile, check.methodList->value, label, &check.malformedMethodLabel))
                    check.openMethods.append(method);
            }
            check.methodOpen = !check.openMethods.isEmpty();
            check.methodOk = check.methodOpen;
        } else
            check.methodOk = methodListAllows(profile, check.methodList->value, request.validationMethod.toLatin1(),
                                              &check.malformedMethodLabel);
    }
    return check;
}

SetShape shapeOf(const QList<CaaResourceRecord>& records, bool wildcard, const CaProfile& profile)
{
    SetShape shape;
    bool hasIssue = false, hasWild = false;
    for (int r = 0; r < records.size(); ++r) {
        const CaaRecord& rec = records[r].rdata;
        if (rec.tagIs("issue")) {
            hasIssue = true;
            continue;
        }
        if (rec.tagIs("issuewild")) {
            hasWild = true;
            continue;
        }
        if (shape.criticalUnknown < 0 && profile.isCritical(rec.flags) && !profile.knowsTag(rec.canonicalTag()))
            shape.criticalUnknown = r;
    }
    shape.useWild = wildcard && hasWild;
    shape.anyChosen = shape.useWild || hasIssue;
    return shape;
}

namespace {

QByteArray stripChars(QByteArrayView s, const char* chars)
{
    QByteArray out;
    for (char c : s) {
        if (!strchr(chars, c))
            out.append(c);
    }
    return out;
}

bool equalsFold(QByteArrayView a, const QString& b)
{
    return a.size() == b.size() && QLatin1StringView(a.data(), a.size()).compare(b, Qt::CaseInsensitive) == 0;
}

// "https://letsencrypt.org/", "letsencrypt.org/", "http://www.letsencrypt.org": the host of a URL-like value.
QByteArray hostOfUrl(QByteArrayView text)
{
    QByteArray t = text.toByteArray().trimmed().toLower();
    bool urlLike = false;
    const qsizetype scheme = t.indexOf("://");
    if (scheme > 0) {
        t = t.mid(scheme + 3);
        urlLike = true;
    }
    const qsizetype slash = t.indexOf('/');
    if (slash >= 0) {
        t = t.left(slash);
        urlLike = true;
    }
    if (!urlLike)
        return {};
    if (t.startsWith("www."))
        t = t.mid(4);
    return t;
}

} // namespace

IssuerMismatch classifyIssuer(QByteArrayView value, Span span, const CaProfile& profile, const CaDirectory& directory)
{
    IssuerMismatch m;
    const QByteArrayView text = value.sliced(span.begin, span.length());
    if (profile.recognises(text))
        return m; // the issuer itself is right (a malformed parameter is what broke the record)
    auto near = [&](const char* code, qsizetype begin, qsizetype end) {
        m.code = code;
        m.hlBegin = begin;
        m.hlEnd = end;
        m.meantForThisCa = true;
        return m;
    };
    const QByteArray lower = text.toByteArray().toLower();
    for (const QString& id : profile.identifiers) {
        m.expected = id;
        // Whole CAA record pasted into the value: `0 issue "letsencrypt.org"`.
        if ((lower.contains(" issue ") || lower.contains(" issuewild ") || lower.startsWith("issue "))
            && lower.contains(id.toLatin1()))
            return near(code::IssuerPastedRecord, span.begin, span.end);
        // "LetsEncrypt.org." is first of all a trailing dot; the fix writes the identifier as listed anyway.
        if (text.size() == id.size() + 1 && text.endsWith('.') && equalsFold(text.first(text.size() - 1), id))
            return near(code::IssuerTrailingDot, span.end - 1, span.end);
        if (equalsFold(text, id)) {
            near(code::IssuerCase, -1, -1);
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (text[i] != id[i].toLatin1()) {
                    if (m.hlBegin < 0)
                        m.hlBegin = span.begin + i;
                    m.hlEnd = span.begin + i + 1;
                }
            }
            return m;
        }
        const QByteArray unquoted = stripChars(text, "\"'`\xe2\x80\x9c\x9d");
        if (unquoted.size() != text.size() && equalsFold(unquoted, id))
            return near(code::IssuerQuoted, span.begin, span.end);
        const QByteArray unspaced = stripChars(text, " \t\r\n\v\f");
        if (unspaced.size() != text.size() && equalsFold(unspaced, id))
            return near(code::IssuerWhitespace, span.begin, span.end);
        const QByteArray host = hostOfUrl(text);
        if (!host.isEmpty() && (host == id.toLatin1() || (host.endsWith('.') && host.chopped(1) == id.toLatin1())))
            return near(code::IssuerUrl, span.begin, span.end);
    }
    m.expected = profile.recommendedIdentifier();
    if (lower.isEmpty())
        return m;
    // Another CA's identifier (as written, or after trimming a dot).
    QByteArray candidate = lower;
    if (candidate.endsWith('.'))
        candidate.chop(1);
    const QList<const CaInfo*> owners = directory.casForIdentifier(candidate);
    if (!owners.isEmpty() && !profile.identifiers.contains(QString::fromLatin1(candidate))) {
        m.code = code::IssuerOtherCa;
        QStringList names;
        for (const CaInfo* ca : owners)
            names.append(ca->name);
        m.otherCa = names.join(QStringLiteral(", "));
        return m;
    }
    m.hlBegin = span.begin;
    m.hlEnd = span.end;
    // Another CA's URL ("https://pki.goog/") or a URL of an unknown host: say which identifier it means.
    const QByteArray host = hostOfUrl(text);
    if (!host.isEmpty() && !directory.casForIdentifier(host).isEmpty()) {
        m.code = code::IssuerUrl;
        m.nearest = QString::fromLatin1(host);
        m.expected = m.nearest;
        return m;
    }
    m.code = code::IssuerUnknownCa;
    if (const KnownMistake* mistake = directory.knownMistake(lower)) {
        m.nearest = mistake->right;
        m.note = mistake->note;
    } else {
        int distance = 0;
        const QString nearest = directory.nearestIdentifier(lower, &distance);
        if (!nearest.isEmpty() && distance <= std::max<int>(2, int(lower.size()) / 4)) {
            m.nearest = nearest;
            m.distance = distance;
        }
    }
    if (!m.nearest.isEmpty() && profile.identifiers.contains(m.nearest)) {
        m.expected = m.nearest;
        m.meantForThisCa = true;
    }
    return m;
}

QString edeSummary(quint16 code)
{
    static const char* const names[] = { "Other",
                                         "DNSSEC: Unsupported DNSKEY Algorithm",
                                         "DNSSEC: Unsupported DS Digest Type",
                                         "Stale Answer",
                                         "Forged Answer",
                                         "DNSSEC: Indeterminate",
                                         "DNSSEC: Bogus",
                                         "DNSSEC: Signature Expired",
                                         "DNSSEC: Signature Not Yet Valid",
                                         "DNSSEC: DNSKEY Missing",
                                         "DNSSEC: RRSIGs Missing",
                                         "DNSSEC: No Zone Key Bit Set",
                                         "DNSSEC: NSEC Missing",
                                         "Cached Error",
                                         "Not Ready",
                                         "Blocked",
                                         "Censored",
                                         "Filtered",
                                         "Prohibited",
                                         "Stale NXDOMAIN Answer",
                                         "Not Authoritative",
                                         "Not Supported",
                                         "No Reachable Authority",
                                         "Network Error between Resolver and Authority",
                                         "Invalid Data" };
    if (code < sizeof(names) / sizeof(names[0]))
        return QString::fromLatin1(names[code]);
    return QStringLiteral("Unknown Extended DNS Error code %1").arg(code);
}

} // namespace caa::rules
