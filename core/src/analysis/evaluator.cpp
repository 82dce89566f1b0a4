#include "caa/evaluator.h"

#include "caa/issuervalue.h"

#include <QVarLengthArray>

namespace caa {

namespace {

IssuerValue parseFor(const CaProfile& profile, QByteArrayView value)
{
    return profile.parser == CaProfile::ValueParser::Boulder ? parseIssuerBoulder(value) : parseIssuerRfc8659(value);
}

// The failure a node represents for this profile, or nullptr when the node is usable (records or empty).
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

// Boulder's EDE summaries (bdns/problem.go), by INFO-CODE.
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

// The ACME problem detail Boulder would produce for a DNS failure at `node`.
QString boulderDnsText(const LookupResult& node)
{
    const QString name = node.name;
    const bool rcodeError = node.status == LookupStatus::ServFail || node.status == LookupStatus::Refused
        || node.status == LookupStatus::NotImp || node.status == LookupStatus::FormErr
        || node.status == LookupStatus::NxDomain || node.status == LookupStatus::Bogus || node.aliasLoop;
    if (rcodeError && !node.ede.isEmpty()) {
        QString text = QStringLiteral("DNS problem: looking up CAA for %1: %2").arg(name, edeSummary(node.ede[0].code));
        if (!node.ede[0].text.isEmpty())
            text += QStringLiteral(": ") + node.ede[0].text;
        return text;
    }
    switch (node.status) {
    case LookupStatus::ServFail:
    case LookupStatus::Bogus:
        return QStringLiteral("DNS problem: SERVFAIL looking up CAA for %1 - the domain's nameservers may be "
                              "malfunctioning")
            .arg(name);
    case LookupStatus::NxDomain:
        return QStringLiteral("DNS problem: NXDOMAIN looking up CAA for %1 - check that a DNS record exists for this "
                              "domain")
            .arg(name);
    case LookupStatus::Refused:
        return QStringLiteral("DNS problem: REFUSED looking up CAA for %1").arg(name);
    case LookupStatus::NotImp:
        return QStringLiteral("DNS problem: NOTIMP looking up CAA for %1").arg(name);
    case LookupStatus::FormErr:
        return QStringLiteral("DNS problem: FORMERR looking up CAA for %1").arg(name);
    case LookupStatus::Timeout:
        return QStringLiteral("DNS problem: query timed out looking up CAA for %1").arg(name);
    case LookupStatus::Truncated:
        return QStringLiteral("DNS problem: response was truncated looking up CAA for %1").arg(name);
    case LookupStatus::NetworkError:
        return QStringLiteral("DNS problem: networking error looking up CAA for %1").arg(name);
    default:
        if (node.aliasLoop)
            return QStringLiteral("DNS problem: SERVFAIL looking up CAA for %1 - the domain's nameservers may be "
                                  "malfunctioning")
                .arg(name);
        return {};
    }
}

// Boulder's validationmethods matching: labels in order; a malformed label ends the search with no match (so the
// result depends on the order), labels that are not methods of this CA are skipped.
bool methodListAllows(const CaProfile& profile, const QByteArray& list, const QByteArray& wanted,
                      bool* malformedLabel = nullptr)
{
    for (const QByteArray& label : list.split(',')) {
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
        if (!profile.validationMethodNames.contains(label) && !label.startsWith("ca-"))
            continue;
        if (label == wanted)
            return true;
    }
    return false;
}

// Why one issuer value does not equal the identifier this CA recognises.
struct IssuerMismatch
{
    const char* code = nullptr; // nullptr: unrelated to this CA
    QString expected;
    qsizetype hlBegin = -1, hlEnd = -1; // octets of the value to highlight
    QString otherCa;
    QString nearest;
    int distance = 0;
    QString note;
};

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

// `text` is the issuer portion as the CA's parser sees it; `span` locates it in the full value.
IssuerMismatch classifyIssuer(QByteArrayView value, Span span, const CaProfile& profile, const CaDirectory& directory)
{
    IssuerMismatch m;
    const QByteArrayView text = value.sliced(span.begin, span.length());
    if (profile.recognises(text))
        return m; // the issuer itself is right (a malformed parameter is what broke the record)
    for (const QString& id : profile.identifiers) {
        m.expected = id;
        // Whole CAA record pasted into the value: `0 issue "letsencrypt.org"`.
        const QByteArray lower = text.toByteArray().toLower();
        if ((lower.contains(" issue ") || lower.contains(" issuewild ") || lower.startsWith("issue "))
            && lower.contains(id.toLatin1())) {
            m.code = code::IssuerPastedRecord;
            m.hlBegin = span.begin;
            m.hlEnd = span.end;
            return m;
        }
        if (text.size() == id.size() + 1 && text.endsWith('.')) {
            // "LetsEncrypt.org." is first of all a trailing dot; the fix writes the identifier as listed anyway.
            if (equalsFold(text.first(text.size() - 1), id)) {
                m.code = code::IssuerTrailingDot;
                m.hlBegin = span.end - 1;
                m.hlEnd = span.end;
                return m;
            }
        }
        if (equalsFold(text, id)) {
            m.code = code::IssuerCase;
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
        if (unquoted.size() != text.size() && equalsFold(unquoted, id)) {
            m.code = code::IssuerQuoted;
            m.hlBegin = span.begin;
            m.hlEnd = span.end;
            return m;
        }
        const QByteArray unspaced = stripChars(text, " \t\r\n\v\f");
        if (unspaced.size() != text.size() && equalsFold(unspaced, id)) {
            m.code = code::IssuerWhitespace;
            m.hlBegin = span.begin;
            m.hlEnd = span.end;
            return m;
        }
    }
    m.expected = profile.recommendedIdentifier();
    const QByteArray lower = text.toByteArray().toLower();
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
    if (const KnownMistake* mistake = directory.knownMistake(lower)) {
        m.code = code::IssuerUnknownCa;
        m.nearest = mistake->right;
        m.note = mistake->note;
        return m;
    }
    int distance = 0;
    QString nearest = directory.nearestIdentifier(lower, &distance);
    m.code = code::IssuerUnknownCa;
    if (!nearest.isEmpty() && distance <= std::max<int>(2, int(lower.size()) / 4)) {
        m.nearest = nearest;
        m.distance = distance;
    }
    return m;
}

// Finding codes as shared QStrings: converting the same few literals on every evaluation costs an allocation each.
// Keyed by address, so it must only ever see the code:: constants (a bounded set with static storage).
const QString& codeString(const char* c)
{
    thread_local QHash<const void*, QString> cache;
    auto it = cache.constFind(c);
    if (it == cache.constEnd())
        it = cache.insert(c, QString::fromLatin1(c));
    return *it;
}

Finding makeFinding(const QString& c, Severity s, int node = -1, int record = -1)
{
    Finding f;
    f.code = c;
    f.severity = s;
    f.node = node;
    f.record = record;
    return f;
}

// Only for the code:: constants (string literals with static storage): the cache is keyed by their address.
Finding makeFinding(const char* c, Severity s, int node = -1, int record = -1)
{
    return makeFinding(codeString(c), s, node, record);
}

QByteArray withIssuerReplaced(const QByteArray& value, Span span, const QString& identifier)
{
    QByteArray out = value.left(span.begin);
    out.append(identifier.toLatin1());
    out.append(value.mid(span.end));
    return out.trimmed();
}

// A value rebuilt from its issuer and the parameters this profile's parser accepts one by one.
QByteArray cleanedValue(const QByteArray& issuer, QByteArrayView raw, const CaProfile& profile)
{
    QByteArray out = issuer;
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= raw.size(); ++i) {
        if (i == raw.size() || raw[i] == ';') {
            parts.append(raw.sliced(start, i - start));
            start = i + 1;
        }
    }
    for (qsizetype n = 1; n < parts.size(); ++n) {
        if (parts[n].trimmed().isEmpty())
            continue;
        IssuerValue parsed = parseFor(profile, "x; " + parts[n].toByteArray().trimmed());
        if (!parsed.wellFormed) {
            // "validationmethods=dns-01, http-01": white space around a list's commas is the usual slip. Other
            // white space ("ab=1 2 3") cannot be repaired without guessing; such a parameter is dropped.
            QByteArray squeezed = parts[n].toByteArray().trimmed();
            for (const char* pattern : { ", ", " ,", ",\t", "\t," }) {
                while (squeezed.contains(pattern))
                    squeezed.replace(pattern, ",");
            }
            parsed = parseFor(profile, "x; " + squeezed);
        }
        if (parsed.wellFormed && parsed.parameters.size() == 1 && !parsed.parameters[0].tag.isEmpty()) {
            out.append("; ");
            out.append(parsed.parameters[0].tag);
            out.append('=');
            out.append(parsed.parameters[0].value);
        }
    }
    return out;
}

struct RecordCheck
{
    bool issuerMatch = false;
    bool accountOk = true;
    bool methodOk = true;
    bool satisfied() const { return issuerMatch && accountOk && methodOk; }
};

class Explainer
{
public:
    Explainer(const Climb& climb, const Request& request, const CaProfile& profile, Verdict& verdict)
        : m_climb(climb)
        , m_request(request)
        , m_profile(profile)
        , m_verdict(verdict)
        , m_directory(CaDirectory::builtin())
    {
    }

    void run();

private:
    void decideFailure(int index, const char* failure);
    void explainSet(int index);
    RecordCheck checkRecord(int node, int recordIndex, const IssuerValue& parsed, bool explain);
    void explainMalformed(int node, int recordIndex, const IssuerValue& parsed);
    void addFix(const char* forCode, const QList<RecordEdit>& edits, QVariantMap args = {});
    void addFix(const QString& forCode, const QList<RecordEdit>& edits, QVariantMap args = {});
    RecordEdit replaceEdit(const CaaResourceRecord& rr, const CaaRecord& after) const;
    RecordEdit addEdit(const CaaResourceRecord& near, const QString& owner, const CaaRecord& added) const;

    const Climb& m_climb;
    const Request& m_request;
    const CaProfile& m_profile;
    Verdict& m_verdict;
    const CaDirectory& m_directory;
    bool m_permitted = false;
    QString m_specificReason; // a record-level cause that explains the refusal better than "not listed"
    int m_specificRecord = -1;
};

void Explainer::run()
{
    m_verdict.findings.reserve(8);
    // The cheap decision first: when the CA issues anyway, records naming other CAs need no explanation.
    m_permitted = decide(m_climb, m_request, m_profile) == Outcome::Permit;
    const QList<LookupResult>& nodes = m_climb.nodes;
    int relevant = -1;
    for (int i = 0; i < nodes.size(); ++i) {
        const LookupResult& node = nodes[i];
        if (!node.isAnswered()) {
            m_verdict.outcome = Outcome::Pending;
            return;
        }
        if (const char* failure = failureCode(node, m_profile)) {
            decideFailure(i, failure);
            return;
        }
        if (node.status == LookupStatus::Unavailable) {
            Finding f = makeFinding(code::OutsideLoadedData, Severity::Warning, i);
            f.args.insert(QStringLiteral("name"), node.name);
            m_verdict.findings.append(f);
        }
        if (node.status == LookupStatus::Truncated) { // a profile that tolerates truncation still hears about it
            Finding f = makeFinding(code::LookupTruncated, Severity::Warning, i);
            f.args.insert(QStringLiteral("name"), node.name);
            m_verdict.findings.append(f);
        }
        if (node.hasRecords()) {
            relevant = i;
            break;
        }
    }
    if (relevant < 0) {
        m_verdict.outcome = Outcome::Permit;
        m_verdict.reason = codeString(code::NoCaa);
        Finding f = makeFinding(code::NoCaa, Severity::Info);
        f.args.insert(QStringLiteral("name"), m_request.name.text());
        m_verdict.findings.prepend(f);
        return;
    }
    // Errors less specific than the relevant set do not matter (Boulder selectCAA); say so.
    for (int i = relevant + 1; i < nodes.size(); ++i) {
        if (failureCode(nodes[i], m_profile)) {
            Finding f = makeFinding(code::IgnoredParentError, Severity::Info, i);
            f.args.insert(QStringLiteral("name"), nodes[i].name);
            f.args.insert(QStringLiteral("status"), QString::fromLatin1(statusCode(nodes[i].status)));
            m_verdict.findings.append(f);
        }
    }
    m_verdict.relevantNode = relevant;
    m_verdict.relevantName = nodes[relevant].name;
    explainSet(relevant);
}

void Explainer::decideFailure(int index, const char* failure)
{
    const LookupResult& node = m_climb.nodes[index];
    m_verdict.outcome = Outcome::Error;
    m_verdict.reason = codeString(failure);
    Finding f = makeFinding(failure, Severity::Error, index);
    f.args.insert(QStringLiteral("name"), node.name);
    f.args.insert(QStringLiteral("status"), QString::fromLatin1(statusCode(node.status)));
    f.args.insert(QStringLiteral("atTld"), !node.name.contains(u'.'));
    f.args.insert(QStringLiteral("retryLater"), !node.name.contains(u'.') || node.status == LookupStatus::Timeout);
    if (!node.ede.isEmpty()) {
        f.args.insert(QStringLiteral("ede"), edeSummary(node.ede[0].code));
        if (!node.ede[0].text.isEmpty())
            f.args.insert(QStringLiteral("edeText"), node.ede[0].text);
    }
    if (!node.server.isEmpty())
        f.args.insert(QStringLiteral("server"), node.server);
    m_verdict.findings.prepend(f);
    if (node.status == LookupStatus::Bogus || node.dnssec == DnssecState::Bogus) {
        if (qstrcmp(failure, code::DnssecBogus) != 0) {
            Finding b = makeFinding(code::DnssecBogus, Severity::Error, index);
            b.args.insert(QStringLiteral("name"), node.name);
            m_verdict.findings.append(b);
        }
    }
    if (m_profile.behaviour == CaProfile::Behaviour::Boulder)
        m_verdict.caErrorText
            = QStringLiteral("While processing CAA for %1: %2").arg(m_request.name.displayText(), boulderDnsText(node));
}

RecordEdit Explainer::replaceEdit(const CaaResourceRecord& rr, const CaaRecord& after) const
{
    RecordEdit e;
    e.kind = RecordEdit::ReplaceRecord;
    e.owner = rr.owner;
    e.ttl = rr.ttl;
    e.before = rr.rdata;
    e.after = after;
    e.location = rr.location;
    return e;
}

RecordEdit Explainer::addEdit(const CaaResourceRecord& near, const QString& owner, const CaaRecord& added) const
{
    RecordEdit e;
    e.kind = RecordEdit::AddRecord;
    e.owner = owner;
    e.ttl = near.ttl;
    e.after = added;
    e.location = near.location;
    return e;
}

void Explainer::addFix(const char* forCode, const QList<RecordEdit>& edits, QVariantMap args)
{
    addFix(codeString(forCode), edits, std::move(args));
}

void Explainer::addFix(const QString& forCode, const QList<RecordEdit>& edits, QVariantMap args)
{
    Fix fix;
    fix.code = forCode;
    fix.edits = edits;
    fix.args = std::move(args);
    m_verdict.fixes.append(fix);
}

void Explainer::explainMalformed(int node, int recordIndex, const IssuerValue& parsed)
{
    const CaaResourceRecord& rr = m_climb.nodes[node].records[recordIndex];
    for (const ValueDiagnostic& d : parsed.diagnostics) {
        if (!d.blocking)
            continue;
        switch (d.code) {
        case ValueDiagnostic::IssuerTrailingDot:
        case ValueDiagnostic::IssuerEmptyLabel:
        case ValueDiagnostic::IssuerCharacter:
        case ValueDiagnostic::IssuerLabelHyphen:
        case ValueDiagnostic::TextAfterIssuer:
            return; // the issuer comparison explains these
        default:
            break;
        }
        Finding f = makeFinding(code::ParamMalformed, Severity::Error, node, recordIndex);
        f.args.insert(QStringLiteral("problem"), int(d.code));
        f.args.insert(QStringLiteral("text"),
                      QString::fromLatin1(rr.rdata.value.mid(d.span.begin, std::max<qsizetype>(1, d.span.length()))));
        f.highlight = { d.span.begin, d.span.end };
        m_verdict.findings.append(f);
        return;
    }
}

RecordCheck Explainer::checkRecord(int node, int recordIndex, const IssuerValue& parsed, bool explain)
{
    const CaaResourceRecord& rr = m_climb.nodes[node].records[recordIndex];
    RecordCheck check;
    check.issuerMatch = parsed.wellFormed && !parsed.issuer.isEmpty() && m_profile.recognises(parsed.issuer);
    if (!check.issuerMatch)
        return check;
    const bool caseSensitiveParams = m_profile.behaviour == CaProfile::Behaviour::Boulder;
    auto named = [&](QByteArrayView tag) {
        QList<const IssuerParameter*> found;
        for (const IssuerParameter& p : parsed.parameters) {
            if (caseSensitiveParams
                    ? p.tag == tag
                    : QLatin1StringView(p.tag).compare(QLatin1StringView(tag), Qt::CaseInsensitive) == 0)
                found.append(&p);
        }
        return found;
    };
    if (caseSensitiveParams && explain) {
        for (const IssuerParameter& p : parsed.parameters) {
            const QByteArray lower = p.tag.toLower();
            if (lower != p.tag && (lower == "accounturi" || lower == "validationmethods")) {
                Finding f = makeFinding(code::ParamCase, Severity::Warning, node, recordIndex);
                f.args.insert(QStringLiteral("tag"), QString::fromLatin1(p.tag));
                f.args.insert(QStringLiteral("expected"), QString::fromLatin1(lower));
                f.highlight = { p.tagSpan.begin, p.tagSpan.end };
                m_verdict.findings.append(f);
            }
        }
    }
    if (m_profile.accountUri != Support::No && m_profile.accountUri != Support::NotApplicable) {
        const auto accounts = named("accounturi");
        if (accounts.size() > 1) {
            check.accountOk = false;
            if (explain) {
                Finding f = makeFinding(code::AccounturiRepeated, Severity::Error, node, recordIndex);
                f.highlight = { accounts[1]->tagSpan.begin, accounts[1]->valueSpan.end };
                m_verdict.findings.append(f);
            }
        } else if (accounts.size() == 1) {
            const QString allowed = QString::fromLatin1(accounts[0]->value);
            if (m_request.accountUri.isEmpty()) {
                if (explain) {
                    Finding f = makeFinding(code::AccounturiUnchecked, Severity::Warning, node, recordIndex);
                    f.args.insert(QStringLiteral("allowed"), allowed);
                    f.highlight = { accounts[0]->valueSpan.begin, accounts[0]->valueSpan.end };
                    m_verdict.findings.append(f);
                }
            } else if (allowed != m_request.accountUri) {
                check.accountOk = false;
                if (explain) {
                    Finding f = makeFinding(code::AccounturiMismatch, Severity::Error, node, recordIndex);
                    f.args.insert(QStringLiteral("allowed"), allowed);
                    f.args.insert(QStringLiteral("account"), m_request.accountUri);
                    f.highlight = { accounts[0]->valueSpan.begin, accounts[0]->valueSpan.end };
                    m_verdict.findings.append(f);
                }
            }
        }
    }
    if (m_profile.validationMethods != Support::No && m_profile.validationMethods != Support::NotApplicable) {
        const auto methods = named("validationmethods");
        if (methods.size() > 1) {
            check.methodOk = false;
            if (explain) {
                Finding f = makeFinding(code::ValidationmethodsMismatch, Severity::Error, node, recordIndex);
                f.args.insert(QStringLiteral("repeated"), true);
                f.highlight = { methods[1]->tagSpan.begin, methods[1]->valueSpan.end };
                m_verdict.findings.append(f);
            }
        } else if (methods.size() == 1) {
            const QByteArray list = methods[0]->value;
            const QString listed = QString::fromLatin1(list);
            if (m_request.validationMethod.isEmpty()) {
                if (explain) {
                    Finding f = makeFinding(code::ValidationmethodsUnchecked, Severity::Warning, node, recordIndex);
                    f.args.insert(QStringLiteral("allowed"), listed);
                    f.highlight = { methods[0]->valueSpan.begin, methods[0]->valueSpan.end };
                    m_verdict.findings.append(f);
                }
            } else {
                // Boulder: labels in order; a malformed label ends the search with no match (order-dependent).
                bool malformedLabel = false;
                const QByteArray wanted = m_request.validationMethod.toLatin1();
                if (!methodListAllows(m_profile, list, wanted, &malformedLabel)) {
                    check.methodOk = false;
                    if (explain) {
                        Finding f = makeFinding(code::ValidationmethodsMismatch, Severity::Error, node, recordIndex);
                        f.args.insert(QStringLiteral("allowed"), listed);
                        f.args.insert(QStringLiteral("method"), m_request.validationMethod);
                        f.args.insert(QStringLiteral("malformedList"), malformedLabel);
                        f.highlight = { methods[0]->valueSpan.begin, methods[0]->valueSpan.end };
                        m_verdict.findings.append(f);
                        const QByteArray fixedList
                            = malformedLabel ? wanted : (list.isEmpty() ? wanted : list + ',' + wanted);
                        CaaRecord after = rr.rdata;
                        after.value = rr.rdata.value.left(methods[0]->valueSpan.begin) + fixedList
                            + rr.rdata.value.mid(methods[0]->valueSpan.end);
                        QVariantMap args;
                        args.insert(QStringLiteral("method"), m_request.validationMethod);
                        addFix(code::ValidationmethodsMismatch, { replaceEdit(rr, after) }, args);
                    }
                }
            }
        }
    }
    if (!check.accountOk && explain && !m_request.accountUri.isEmpty()) {
        CaaRecord added;
        added.tag = rr.rdata.tag.toLower();
        QByteArray value = parsed.issuer + "; accounturi=" + m_request.accountUri.toLatin1();
        for (const IssuerParameter& p : parsed.parameters) {
            if (p.tag == "validationmethods")
                value += "; validationmethods=" + p.value;
        }
        added.value = value;
        QVariantMap args;
        args.insert(QStringLiteral("account"), m_request.accountUri);
        addFix(code::AccounturiMismatch, { addEdit(rr, rr.owner, added) }, args);
    }
    return check;
}

void Explainer::explainSet(int index)
{
    const LookupResult& node = m_climb.nodes[index];
    const QList<CaaResourceRecord>& records = node.records;
    const bool wildcard = m_request.name.isWildcard();

    if (index > 0) {
        Finding f = makeFinding(code::InheritedFromParent, Severity::Info, index);
        f.args.insert(QStringLiteral("name"), m_request.name.text());
        f.args.insert(QStringLiteral("parent"), node.name);
        m_verdict.findings.append(f);
    }
    if (!node.aliases.isEmpty()) {
        Finding f = makeFinding(code::CnameTargetCaa, Severity::Info, index);
        f.args.insert(QStringLiteral("name"), node.name);
        f.args.insert(QStringLiteral("target"), node.aliases.last());
        f.args.insert(QStringLiteral("chain"), node.aliases);
        m_verdict.findings.append(f);
    }

    // Per-record notes that do not decide anything.
    bool hasIodef = false;
    for (int r = 0; r < records.size(); ++r) {
        const CaaRecord& rec = records[r].rdata;
        const QByteArray tag = rec.canonicalTag();
        if (tag != rec.tag) {
            Finding f = makeFinding(code::TagCase, Severity::Info, index, r);
            f.args.insert(QStringLiteral("tag"), QString::fromLatin1(rec.tag));
            m_verdict.findings.append(f);
        }
        if (tag == "iodef")
            hasIodef = true;
        if ((rec.flags & 0x7f) && !(m_profile.flagOneIsCritical && (rec.flags & 0x01))) {
            Finding f = makeFinding(code::ReservedFlags, Severity::Info, index, r);
            f.args.insert(QStringLiteral("flags"), int(rec.flags));
            m_verdict.findings.append(f);
        }
    }
    if (hasIodef && m_profile.iodef == Support::No) {
        Finding f = makeFinding(code::IodefNotSupported, Severity::Info, index);
        f.args.insert(QStringLiteral("ca"), m_profile.displayName);
        m_verdict.findings.append(f);
    }

    // Unknown critical tags forbid before anything else, wildcard or not.
    bool criticalUnknown = false;
    for (int r = 0; r < records.size(); ++r) {
        const CaaResourceRecord& rr = records[r];
        const QByteArray tag = rr.rdata.canonicalTag();
        if (m_profile.knowsTag(tag))
            continue;
        if (!m_profile.isCritical(rr.rdata.flags)) {
            Finding f = makeFinding(code::UnknownTag, Severity::Info, index, r);
            f.args.insert(QStringLiteral("tag"), QString::fromLatin1(rr.rdata.tag));
            m_verdict.findings.append(f);
            continue;
        }
        criticalUnknown = true;
        Finding f = makeFinding(code::CriticalUnknownTag, Severity::Error, index, r);
        f.args.insert(QStringLiteral("tag"), QString::fromLatin1(rr.rdata.tag));
        f.args.insert(QStringLiteral("flags"), int(rr.rdata.flags));
        f.args.insert(QStringLiteral("ca"), m_profile.displayName);
        // A misspelt known tag?
        static const char* const known[] = { "issue", "issuewild", "iodef", "issuemail" };
        QString meant;
        for (const char* k : known) {
            const QByteArray kk(k);
            // close enough: one octet more or less with the rest in place, or a known misspelling
            int diff = std::abs(int(kk.size()) - int(tag.size()));
            int common = 0;
            for (qsizetype i = 0; i < std::min(kk.size(), tag.size()); ++i)
                common += kk[i] == tag[i];
            if ((diff <= 1 && common >= int(kk.size()) - 2) || (tag == "wild" && kk == "issuewild")
                || (tag == "ideof" && kk == "iodef") || (tag == "issuewildcard" && kk == "issuewild")) {
                meant = QString::fromLatin1(kk);
                break;
            }
        }
        if (!meant.isEmpty())
            f.args.insert(QStringLiteral("meant"), meant);
        m_verdict.findings.append(f);
        if (m_profile.flagOneIsCritical && (rr.rdata.flags & 0x01) && !(rr.rdata.flags & 0x80)) {
            Finding one = makeFinding(code::FlagOneCritical, Severity::Warning, index, r);
            one.args.insert(QStringLiteral("ca"), m_profile.displayName);
            m_verdict.findings.append(one);
        }
        CaaRecord after = rr.rdata;
        if (!meant.isEmpty()) {
            after.tag = meant.toLatin1();
        } else {
            after.flags = 0;
        }
        QVariantMap args;
        args.insert(QStringLiteral("tag"), QString::fromLatin1(rr.rdata.tag));
        if (!meant.isEmpty())
            args.insert(QStringLiteral("meant"), meant);
        addFix(code::CriticalUnknownTag, { replaceEdit(rr, after) }, args);
    }
    if (criticalUnknown) {
        m_verdict.outcome = Outcome::Forbid;
        m_verdict.reason = codeString(code::CriticalUnknownTag);
        if (m_profile.behaviour == CaProfile::Behaviour::Boulder)
            m_verdict.caErrorText = QStringLiteral("While processing CAA for %1: CAA record for %2 prevents issuance")
                                        .arg(m_request.name.displayText(), node.name);
        return;
    }

    // Choose the property list.
    QVarLengthArray<int, 8> issue, issuewild;
    for (int r = 0; r < records.size(); ++r) {
        if (records[r].rdata.tagIs("issue"))
            issue.append(r);
        else if (records[r].rdata.tagIs("issuewild"))
            issuewild.append(r);
    }
    const bool useWild = wildcard && !issuewild.isEmpty();
    const QVarLengthArray<int, 8>& chosen = useWild ? issuewild : issue;
    const char* chosenTag = useWild ? "issuewild" : "issue";
    if (!wildcard && issue.isEmpty() && !issuewild.isEmpty()) {
        Finding f = makeFinding(code::IssuewildOnly, Severity::Warning, index);
        f.args.insert(QStringLiteral("name"), node.name);
        m_verdict.findings.append(f);
    }
    if (chosen.isEmpty()) {
        m_verdict.outcome = Outcome::Permit;
        m_verdict.reason = codeString(code::Permitted);
        Finding f = makeFinding(code::Permitted, Severity::Info, index);
        f.args.insert(QStringLiteral("noIssueProperty"), true);
        f.args.insert(QStringLiteral("name"), node.name);
        m_verdict.findings.prepend(f);
        return;
    }

    int permittedBy = -1;
    bool allDenyAll = true;
    QList<IssuerValue> parsedValues;
    parsedValues.reserve(chosen.size());
    for (int r : chosen) {
        const CaaResourceRecord& rr = records[r];
        parsedValues.append(parseFor(m_profile, rr.rdata.value)); // reserved: the reference stays valid
        const IssuerValue& parsed = parsedValues.last();
        if (!parsed.isDenyAll())
            allDenyAll = false;
        const RecordCheck check = checkRecord(index, r, parsed, true);
        if (check.satisfied() && permittedBy < 0)
            permittedBy = r;
        if (!check.issuerMatch) {
            if (!parsed.wellFormed)
                explainMalformed(index, r, parsed);
            // Which text did the CA compare? Boulder: the trimmed first part; RFC: the intended issuer token.
            Span span = parsed.issuerSpan;
            if (span.length() == 0 && !parsed.wellFormed) {
                span = { 0, rr.rdata.value.size() };
                const qsizetype semi = rr.rdata.value.indexOf(';');
                if (semi >= 0)
                    span.end = semi;
            }
            if (parsed.isDenyAll() || span.length() == 0) {
                Finding f = makeFinding(code::IssueDenyAll, Severity::Info, index, r);
                f.args.insert(QStringLiteral("tag"), QString::fromLatin1(rr.rdata.canonicalTag()));
                m_verdict.findings.append(f);
                continue;
            }
            // Another CA's own identifier while this CA is allowed by another record: nothing to say.
            if (m_permitted && parsed.wellFormed && !m_directory.casForIdentifier(parsed.issuer).isEmpty())
                continue;
            const IssuerMismatch mm = classifyIssuer(rr.rdata.value, span, m_profile, m_directory);
            if (!mm.code)
                continue;
            Finding f = makeFinding(mm.code, Severity::Warning, index, r);
            f.args.insert(QStringLiteral("found"), QString::fromLatin1(rr.rdata.value.mid(span.begin, span.length())));
            f.args.insert(QStringLiteral("expected"), mm.expected);
            f.args.insert(QStringLiteral("ca"), m_profile.displayName);
            if (!mm.otherCa.isEmpty())
                f.args.insert(QStringLiteral("otherCa"), mm.otherCa);
            if (!mm.nearest.isEmpty()) {
                f.args.insert(QStringLiteral("nearest"), mm.nearest);
                f.args.insert(QStringLiteral("distance"), mm.distance);
            }
            if (!mm.note.isEmpty())
                f.args.insert(QStringLiteral("note"), mm.note);
            if (mm.hlBegin >= 0)
                f.highlight = { mm.hlBegin, mm.hlEnd };
            const bool nearMiss = mm.code != code::IssuerOtherCa
                && (mm.code != code::IssuerUnknownCa || mm.nearest == mm.expected
                    || m_profile.identifiers.contains(mm.nearest));
            if (nearMiss) {
                f.severity = Severity::Error;
                if (m_specificReason.isEmpty()) {
                    m_specificReason = f.code;
                    m_specificRecord = r;
                }
                CaaRecord after = rr.rdata;
                after.tag = rr.rdata.canonicalTag();
                after.value = mm.code == code::IssuerPastedRecord
                    ? mm.expected.toLatin1()
                    : (parsed.wellFormed ? withIssuerReplaced(rr.rdata.value, span, mm.expected)
                                         : cleanedValue(mm.expected.toLatin1(), rr.rdata.value, m_profile));
                QVariantMap args;
                args.insert(QStringLiteral("found"), f.args.value(QStringLiteral("found")));
                args.insert(QStringLiteral("expected"), mm.expected);
                addFix(mm.code, { replaceEdit(rr, after) }, args);
            }
            m_verdict.findings.append(f);
        }
    }
    // Malformed parameters on this CA's own record: the fix is a cleaned value.
    for (int k = 0; k < chosen.size(); ++k) {
        const int r = chosen[k];
        const CaaResourceRecord& rr = records[r];
        const IssuerValue& parsed = parsedValues.value(k);
        if (parsed.wellFormed || parsed.diagnostics.isEmpty())
            continue;
        // Does this record name our CA before the broken part?
        const IssuerValue loose = parseIssuerBoulder(rr.rdata.value);
        if (!m_profile.recognises(loose.issuer) && !m_profile.recognises(loose.issuer.toLower()))
            continue;
        if (m_specificReason.isEmpty()) {
            m_specificReason = QString::fromLatin1(code::ParamMalformed);
            m_specificRecord = r;
        }
        CaaRecord after = rr.rdata;
        after.tag = rr.rdata.canonicalTag();
        after.value = cleanedValue(m_profile.recommendedIdentifier().toLatin1(), rr.rdata.value, m_profile);
        if (after.value != rr.rdata.value)
            addFix(code::ParamMalformed, { replaceEdit(rr, after) });
    }

    if (permittedBy >= 0) {
        m_verdict.outcome = Outcome::Permit;
        m_verdict.reason = codeString(code::Permitted);
        Finding f = makeFinding(code::Permitted, Severity::Info, index, permittedBy);
        f.args.insert(QStringLiteral("name"), node.name);
        f.args.insert(QStringLiteral("tag"), QString::fromLatin1(chosenTag));
        m_verdict.findings.prepend(f);
        // Fixes exist only to turn a refusal into an issuance.
        m_verdict.fixes.clear();
        for (Finding& other : m_verdict.findings) {
            if (other.severity == Severity::Error)
                other.severity = Severity::Warning;
        }
        return;
    }

    m_verdict.outcome = Outcome::Forbid;
    if (m_profile.behaviour == CaProfile::Behaviour::Boulder)
        m_verdict.caErrorText = QStringLiteral("While processing CAA for %1: CAA record for %2 prevents issuance")
                                    .arg(m_request.name.displayText(), node.name);
    {
        // After the fix, caches may keep serving what they hold now: the records here and the empty answers below.
        quint32 positive = 0, negative = 0;
        for (const CaaResourceRecord& rr : records)
            positive = std::max(positive, rr.ttl);
        for (int i = 0; i < index; ++i)
            negative = std::max(negative, m_climb.nodes[i].negativeTtl);
        Finding ttl = makeFinding(code::CacheTtl, Severity::Info, index);
        ttl.args.insert(QStringLiteral("name"), node.name);
        ttl.args.insert(QStringLiteral("positiveTtl"), qint64(positive));
        ttl.args.insert(QStringLiteral("negativeTtl"), qint64(negative));
        m_verdict.findings.append(ttl);
    }
    const CaaResourceRecord& last = records[chosen.last()];
    CaaRecord added;
    added.tag = chosenTag;
    added.value = m_profile.recommendedIdentifier().toLatin1();
    const QString owner = last.owner;

    QString reason = m_specificReason;
    bool accountOrMethod = false;
    for (const Finding& f : m_verdict.findings) {
        if (f.code == QLatin1String(code::AccounturiMismatch) || f.code == QLatin1String(code::AccounturiRepeated)
            || f.code == QLatin1String(code::ValidationmethodsMismatch)) {
            if (reason.isEmpty())
                reason = f.code;
            accountOrMethod = true;
        }
    }
    if (reason.isEmpty()) {
        if (allDenyAll)
            reason = QString::fromLatin1(code::IssueDenyAll);
        else if (useWild)
            reason = QString::fromLatin1(code::IssuewildOverrides);
        else
            reason = QString::fromLatin1(code::IssuerNotListed);
    }
    m_verdict.reason = reason;

    Finding summary = makeFinding(reason, Severity::Error, index);
    if (reason == QLatin1String(code::IssuerNotListed) || reason == QLatin1String(code::IssuewildOverrides)
        || reason == QLatin1String(code::IssueDenyAll)) {
        QStringList listed;
        for (int r : chosen) {
            const IssuerValue& pv = parsedValues.value(chosen.indexOf(r));
            if (!pv.issuer.isEmpty())
                listed.append(QString::fromLatin1(pv.issuer));
        }
        summary.args.insert(QStringLiteral("listed"), listed);
        summary.args.insert(QStringLiteral("name"), owner); // for an alias: the target, where the records live
        summary.args.insert(QStringLiteral("ca"), m_profile.displayName);
        summary.args.insert(QStringLiteral("expected"), m_profile.recommendedIdentifier());
        summary.args.insert(QStringLiteral("tag"), QString::fromLatin1(chosenTag));
        m_verdict.findings.prepend(summary);
    }
    if (useWild) {
        Finding f = makeFinding(code::IssuewildOverrides, Severity::Info, index);
        f.args.insert(QStringLiteral("name"), node.name);
        f.args.insert(QStringLiteral("issuePermits"), [&] {
            for (int r : issue) {
                const IssuerValue pv = parseFor(m_profile, records[r].rdata.value);
                if (pv.wellFormed && m_profile.recognises(pv.issuer))
                    return true;
            }
            return false;
        }());
        if (reason != QLatin1String(code::IssuewildOverrides))
            m_verdict.findings.append(f);
    }

    // Generic fixes when no record-specific one applies.
    if (m_verdict.fixes.isEmpty() && !accountOrMethod) {
        if (allDenyAll) {
            const CaaResourceRecord& deny = records[chosen.first()];
            CaaRecord after = deny.rdata;
            after.tag = deny.rdata.canonicalTag();
            after.value = m_profile.recommendedIdentifier().toLatin1();
            addFix(code::IssueDenyAll, { replaceEdit(deny, after) });
        } else {
            QVariantMap args;
            args.insert(QStringLiteral("name"), owner);
            addFix(reason, { addEdit(last, owner, added) }, args);
        }
    }
    // A set inherited from a parent can be overridden by the name's own set (not next to a CNAME).
    if (index > 0 && m_climb.nodes[0].aliases.isEmpty()) {
        CaaRecord own;
        own.tag = "issue";
        own.value = m_profile.recommendedIdentifier().toLatin1();
        RecordEdit e = addEdit(last, m_request.name.text(), own);
        QList<RecordEdit> edits { e };
        if (wildcard) {
            CaaRecord wild = own;
            wild.tag = "issuewild";
            edits.append(addEdit(last, m_request.name.text(), wild));
        }
        QVariantMap args;
        args.insert(QStringLiteral("name"), m_request.name.text());
        args.insert(QStringLiteral("parent"), node.name);
        addFix(code::InheritedFromParent, edits, args);
    }
}

} // namespace

Outcome decide(const Climb& climb, const Request& request, const CaProfile& profile, int* relevantNode)
{
    if (relevantNode)
        *relevantNode = -1;
    int relevant = -1;
    for (int i = 0; i < climb.nodes.size(); ++i) {
        const LookupResult& node = climb.nodes[i];
        if (!node.isAnswered())
            return Outcome::Pending;
        if (failureCode(node, profile))
            return Outcome::Error;
        if (node.hasRecords()) {
            relevant = i;
            break;
        }
    }
    if (relevantNode)
        *relevantNode = relevant;
    if (relevant < 0)
        return Outcome::Permit;
    const QList<CaaResourceRecord>& records = climb.nodes[relevant].records;
    bool hasWild = false;
    for (const CaaResourceRecord& rr : records) {
        const QByteArray& tag = rr.rdata.tag;
        if (rr.rdata.tagIs("issue"))
            continue;
        if (rr.rdata.tagIs("issuewild")) {
            hasWild = true;
            continue;
        }
        if (!profile.knowsTag(tag.toLower()) && profile.isCritical(rr.rdata.flags))
            return Outcome::Forbid;
    }
    const bool useWild = request.name.isWildcard() && hasWild;
    bool any = false;
    for (const CaaResourceRecord& rr : records) {
        if (!rr.rdata.tagIs(useWild ? "issuewild" : "issue"))
            continue;
        any = true;
        const IssuerValue parsed = parseFor(profile, rr.rdata.value);
        if (!parsed.wellFormed || parsed.issuer.isEmpty() || !profile.recognises(parsed.issuer))
            continue;
        // Parameters: the same rules as the explainer, without the explanations.
        const bool cs = profile.behaviour == CaProfile::Behaviour::Boulder;
        int accounts = 0, methods = 0;
        bool accountOk = true, methodOk = true;
        for (const IssuerParameter& p : parsed.parameters) {
            const bool isAccount = cs ? p.tag == "accounturi" : p.tag.compare("accounturi", Qt::CaseInsensitive) == 0;
            const bool isMethod
                = cs ? p.tag == "validationmethods" : p.tag.compare("validationmethods", Qt::CaseInsensitive) == 0;
            if (isAccount && profile.accountUri != Support::No && profile.accountUri != Support::NotApplicable) {
                ++accounts;
                if (!request.accountUri.isEmpty() && QString::fromLatin1(p.value) != request.accountUri)
                    accountOk = false;
            }
            if (isMethod && profile.validationMethods != Support::No
                && profile.validationMethods != Support::NotApplicable) {
                ++methods;
                if (!request.validationMethod.isEmpty())
                    methodOk = methodListAllows(profile, p.value, request.validationMethod.toLatin1());
            }
        }
        if (accounts > 1)
            accountOk = false;
        if (methods > 1)
            methodOk = false;
        if (accountOk && methodOk)
            return Outcome::Permit;
    }
    return any ? Outcome::Forbid : Outcome::Permit;
}

Verdict evaluate(const Climb& climb, const Request& request, const CaProfile& profile)
{
    Verdict verdict;
    verdict.ca = profile.key;
    Explainer(climb, request, profile, verdict).run();
    // The decisive causes first, then warnings, then notes; within a severity, the order they were found in.
    std::stable_sort(verdict.findings.begin(), verdict.findings.end(),
                     [](const Finding& a, const Finding& b) { return int(a.severity) > int(b.severity); });
    return verdict;
}

const char* outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return "pending";
    case Outcome::Permit:
        return "permit";
    case Outcome::Forbid:
        return "forbid";
    case Outcome::Error:
        return "error";
    }
    return "pending";
}

const char* severityCode(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "info";
}

QStringList Fix::zoneLines() const
{
    QStringList lines;
    for (const RecordEdit& e : edits) {
        if (e.kind == RecordEdit::RemoveRecord)
            continue;
        lines.append(QStringLiteral("%1. CAA %2").arg(e.owner, e.after.toPresentation()));
    }
    return lines;
}

QStringList Fix::genericLines() const
{
    QStringList lines;
    for (const RecordEdit& e : edits) {
        if (e.kind == RecordEdit::RemoveRecord)
            continue;
        lines.append(QStringLiteral("%1. TYPE257 %2").arg(e.owner, e.after.toGeneric()));
    }
    return lines;
}

} // namespace caa
