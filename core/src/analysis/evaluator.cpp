#include "caa/evaluator.h"

#include "fixplanner.h"
#include "recordrules.h"

#include <QVarLengthArray>

namespace caa {

using rules::checkRecord;
using rules::failureCode;
using rules::parseFor;

namespace {

// The ACME problem detail Boulder would produce for a DNS failure at `node`.
QString boulderDnsText(const LookupResult& node)
{
    const QString name = node.name;
    const bool rcodeError = node.status == LookupStatus::ServFail || node.status == LookupStatus::Refused
        || node.status == LookupStatus::NotImp || node.status == LookupStatus::FormErr
        || node.status == LookupStatus::NxDomain || node.status == LookupStatus::Bogus || node.aliasLoop;
    if (rcodeError && !node.ede.isEmpty()) {
        QString text
            = QStringLiteral("DNS problem: looking up CAA for %1: %2").arg(name, rules::edeSummary(node.ede[0].code));
        if (!node.ede[0].text.isEmpty())
            text += QStringLiteral(": ") + node.ede[0].text;
        return text;
    }
    if (node.aliasLoop)
        return QStringLiteral("DNS problem: SERVFAIL looking up CAA for %1 - the domain's nameservers may be "
                              "malfunctioning")
            .arg(name);
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
        return {};
    }
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

Finding makeFinding(const char* c, Severity s, int node = -1, int record = -1)
{
    Finding f;
    f.code = codeString(c);
    f.severity = s;
    f.node = node;
    f.record = record;
    return f;
}

// A misspelt known tag ("isue", "ideof")? Close enough: one octet more or less with the rest in place, or a known
// misspelling.
QString meantTag(const QByteArray& tag)
{
    static const char* const known[] = { "issue", "issuewild", "iodef", "issuemail" };
    for (const char* k : known) {
        const QByteArray kk(k);
        const int diff = std::abs(int(kk.size()) - int(tag.size()));
        int common = 0;
        for (qsizetype i = 0; i < std::min(kk.size(), tag.size()); ++i)
            common += kk[i] == tag[i];
        if ((diff <= 1 && common >= int(kk.size()) - 2) || (tag == "wild" && kk == "issuewild")
            || (tag == "ideof" && kk == "iodef") || (tag == "issuewildcard" && kk == "issuewild"))
            return QString::fromLatin1(kk);
    }
    return {};
}

// Explains one verdict in named phases: the climb, then for the relevant set its notes, critical tags, the chosen
// property list, each record, and the conclusion. Findings only; fixes are planned and verified afterwards.
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
    // The climb: the first failure, the outside of the loaded data, or the relevant set.
    int walkClimb();
    void permitWithoutRecords(const char* reason);
    void decideFailure(int index, const char* failure);
    void decideUnreachableResolver(int index);
    // The relevant set.
    void explainSet(int index);
    void noteRecords(int index);
    bool refuseCriticalTags(int index);
    void explainChosenRecords(int index, const rules::SetShape& shape);
    void explainParameters(int node, int record, const IssuerValue& parsed, const rules::RecordCheck& check);
    void explainIssuerMismatch(int node, int record, const IssuerValue& parsed);
    void explainMalformed(int node, int record, const IssuerValue& parsed);
    void concludePermit(int index, const rules::SetShape& shape);
    void concludeForbid(int index, const rules::SetShape& shape);

    const Climb& m_climb;
    const Request& m_request;
    const CaProfile& m_profile;
    Verdict& m_verdict;
    const CaDirectory& m_directory;
    bool m_permitted = false; // the cheap decision, taken first
    // From the chosen records: who permits, and under which conditions.
    int m_permittedBy = -1;
    bool m_unconditional = false;
    QList<Condition> m_conditions;
    bool m_allDenyAll = true;
    QStringList m_listed;
    QString m_specificReason; // a record-level cause that explains the refusal better than "not listed"
};

// Permitted with no record to explain (an IP address, or no CAA anywhere): the reason comes first.
void Explainer::permitWithoutRecords(const char* reason)
{
    m_verdict.outcome = Outcome::Permit;
    m_verdict.reason = codeString(reason);
    Finding f = makeFinding(reason, Severity::Info);
    f.args.insert(QStringLiteral("name"), m_request.name.text());
    m_verdict.findings.prepend(f);
}

void Explainer::run()
{
    m_verdict.findings.reserve(8);
    if (m_request.name.isIpAddress()) {
        permitWithoutRecords(code::IpIdentifier);
        return;
    }
    // The cheap decision first: when the CA issues anyway, records naming other CAs need no explanation.
    m_permitted = decide(m_climb, m_request, m_profile) == Outcome::Permit;
    const int relevant = walkClimb();
    if (relevant == -2)
        return; // decided by the climb (pending, a failure, or outside the loaded data)
    if (relevant < 0) {
        permitWithoutRecords(code::NoCaa);
        return;
    }
    const QList<LookupResult>& nodes = m_climb.nodes;
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

// The index of the relevant node, -1 when there is none, -2 when the climb decides by itself.
int Explainer::walkClimb()
{
    const QList<LookupResult>& nodes = m_climb.nodes;
    for (int i = 0; i < nodes.size(); ++i) {
        const LookupResult& node = nodes[i];
        if (!node.isAnswered()) {
            m_verdict.outcome = Outcome::Pending;
            return -2;
        }
        if (const char* failure = failureCode(node, m_profile)) {
            if (m_climb.resolverUnreachable
                && (node.status == LookupStatus::Timeout || node.status == LookupStatus::NetworkError))
                decideUnreachableResolver(i);
            else
                decideFailure(i, failure);
            return -2;
        }
        if (node.status == LookupStatus::Unavailable) {
            Finding f = makeFinding(code::OutsideLoadedData, Severity::Warning, i);
            f.args.insert(QStringLiteral("name"), node.name);
            // The name itself, or the target of its alias, is in no loaded zone: nothing can be said. A parent
            // above the loaded zones is taken as empty (it is not the zone being checked), and said so.
            if (i == 0 || !node.aliases.isEmpty()) {
                if (!node.aliases.isEmpty())
                    f.args.insert(QStringLiteral("target"), node.aliases.last());
                f.severity = Severity::Error;
                m_verdict.outcome = Outcome::Error;
                m_verdict.reason = codeString(code::OutsideLoadedData);
                m_verdict.findings.prepend(f);
                return -2;
            }
            f.args.insert(QStringLiteral("parent"), true);
            f.severity = Severity::Info;
            m_verdict.findings.append(f);
        }
        if (node.status == LookupStatus::Truncated) { // a profile that tolerates truncation still hears about it
            Finding f = makeFinding(code::LookupTruncated, Severity::Warning, i);
            f.args.insert(QStringLiteral("name"), node.name);
            m_verdict.findings.append(f);
        }
        if (node.hasRecords())
            return i;
    }
    return -1;
}

void Explainer::decideUnreachableResolver(int index)
{
    const LookupResult& node = m_climb.nodes[index];
    m_verdict.outcome = Outcome::Error;
    m_verdict.reason = codeString(code::ResolverUnreachable);
    Finding f = makeFinding(code::ResolverUnreachable, Severity::Error, index);
    f.args.insert(QStringLiteral("name"), node.name);
    f.args.insert(QStringLiteral("server"), node.server);
    f.args.insert(QStringLiteral("status"), QString::fromLatin1(statusCode(node.status)));
    m_verdict.findings.append(f);
    // No CA error text: the CA asks its own resolvers, which this says nothing about.
}

void Explainer::decideFailure(int index, const char* failure)
{
    const LookupResult& node = m_climb.nodes[index];
    m_verdict.outcome = Outcome::Error;
    m_verdict.reason = codeString(failure);
    Finding f = makeFinding(failure, Severity::Error, index);
    const bool atTld = !node.name.contains(u'.');
    f.args.insert(QStringLiteral("name"), node.name);
    f.args.insert(QStringLiteral("status"), QString::fromLatin1(statusCode(node.status)));
    f.args.insert(QStringLiteral("atTld"), atTld);
    // Only the registry's servers failing is worth waiting for; a nameserver that drops CAA needs fixing.
    f.args.insert(QStringLiteral("retryLater"), atTld);
    if (!node.ede.isEmpty()) {
        f.args.insert(QStringLiteral("ede"), rules::edeSummary(node.ede[0].code));
        f.args.insert(QStringLiteral("edeCode"), int(node.ede[0].code));
        if (!node.ede[0].text.isEmpty())
            f.args.insert(QStringLiteral("edeText"), node.ede[0].text);
    }
    if (node.aliasLoop)
        f.args.insert(QStringLiteral("chain"), QStringList { node.name } + node.aliases);
    if (!node.server.isEmpty())
        f.args.insert(QStringLiteral("server"), node.server);
    m_verdict.findings.prepend(f);
    if ((node.status == LookupStatus::Bogus || node.dnssec == DnssecState::Bogus)
        && qstrcmp(failure, code::DnssecBogus) != 0) {
        Finding b = makeFinding(code::DnssecBogus, Severity::Error, index);
        b.args.insert(QStringLiteral("name"), node.name);
        if (!node.ede.isEmpty())
            b.args.insert(QStringLiteral("edeCode"), int(node.ede[0].code));
        m_verdict.findings.append(b);
    }
    if (atTld) {
        Finding t = makeFinding(code::TldLookupFailure, Severity::Info, index);
        t.args.insert(QStringLiteral("name"), node.name);
        m_verdict.findings.append(t);
    }
    if (m_profile.behaviour == CaProfile::Behaviour::Boulder)
        m_verdict.caErrorText
            = QStringLiteral("While processing CAA for %1: %2").arg(m_request.name.displayText(), boulderDnsText(node));
}

void Explainer::explainSet(int index)
{
    noteRecords(index);
    if (refuseCriticalTags(index))
        return;
    const rules::SetShape shape = rules::shapeOf(m_climb.nodes[index].records, m_request.name.isWildcard(), m_profile);
    const QList<CaaResourceRecord>& records = m_climb.nodes[index].records;
    if (!m_request.name.isWildcard() && !shape.anyChosen) {
        bool wild = false;
        for (const CaaResourceRecord& rr : records)
            wild = wild || rr.rdata.tagIs("issuewild");
        if (wild) {
            Finding f = makeFinding(code::IssuewildOnly, Severity::Warning, index);
            f.args.insert(QStringLiteral("name"), m_climb.nodes[index].name);
            m_verdict.findings.append(f);
        }
    }
    if (!shape.anyChosen) {
        m_verdict.outcome = Outcome::Permit;
        m_verdict.reason = codeString(code::Permitted);
        Finding f = makeFinding(code::Permitted, Severity::Info, index);
        f.args.insert(QStringLiteral("noIssueProperty"), true);
        f.args.insert(QStringLiteral("name"), m_climb.nodes[index].name);
        m_verdict.findings.prepend(f);
        return;
    }
    explainChosenRecords(index, shape);
    if (m_permittedBy >= 0)
        concludePermit(index, shape);
    else
        concludeForbid(index, shape);
}

// Notes that decide nothing: where the set comes from, tag case, reserved flags, iodef.
void Explainer::noteRecords(int index)
{
    const LookupResult& node = m_climb.nodes[index];
    if (index > 0) {
        Finding f = makeFinding(code::InheritedFromParent, Severity::Info, index);
        f.args.insert(QStringLiteral("name"), m_request.name.text());
        f.args.insert(QStringLiteral("parent"), node.name);
        // The parent's records are in the name's own zone (a zone file, or the same servers): the owner controls them.
        const QString zone = m_climb.nodes.first().zone;
        if (!zone.isEmpty() && zone == node.zone)
            f.args.insert(QStringLiteral("sameZone"), zone);
        if (m_climb.nodes.first().status == LookupStatus::NxDomain) {
            f.args.insert(QStringLiteral("nxdomain"), true); // the name itself does not exist (yet)
            if (!m_climb.nodes.first().aliases.isEmpty()) // it does: the end of its alias chain does not
                f.args.insert(QStringLiteral("aliasTarget"), m_climb.nodes.first().aliases.last());
        }
        m_verdict.findings.append(f);
    }
    if (!node.aliases.isEmpty() && node.dnameOwner.isEmpty()) {
        Finding f = makeFinding(code::CnameTargetCaa, Severity::Info, index);
        f.args.insert(QStringLiteral("name"), node.name);
        f.args.insert(QStringLiteral("target"), node.aliases.last());
        f.args.insert(QStringLiteral("chain"), node.aliases);
        m_verdict.findings.append(f);
    }
    for (int i = 0; i <= index; ++i) {
        // A DNAME redirects a name below its owner: resolvers answer from the target, so that is where CAA lives.
        const LookupResult& n = m_climb.nodes[i];
        if (n.aliases.isEmpty() || n.dnameOwner.isEmpty())
            continue;
        Finding f = makeFinding(code::DnameRedirect, Severity::Info, i);
        f.args.insert(QStringLiteral("name"), n.name);
        f.args.insert(QStringLiteral("owner"), n.dnameOwner);
        f.args.insert(QStringLiteral("target"), n.aliases.last());
        m_verdict.findings.append(f);
    }
    bool hasIodef = false;
    for (int r = 0; r < node.records.size(); ++r) {
        const CaaRecord& rec = node.records[r].rdata;
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
        if (!m_profile.knowsTag(tag) && !m_profile.isCritical(rec.flags)) {
            Finding f = makeFinding(code::UnknownTag, Severity::Info, index, r);
            f.args.insert(QStringLiteral("tag"), QString::fromLatin1(rec.tag));
            m_verdict.findings.append(f);
        }
    }
    if (hasIodef && m_profile.iodef == Support::No) {
        Finding f = makeFinding(code::IodefNotSupported, Severity::Info, index);
        f.args.insert(QStringLiteral("ca"), m_profile.displayName);
        m_verdict.findings.append(f);
    }
}

// Unknown critical tags forbid before anything else, wildcard or not. True when one does.
bool Explainer::refuseCriticalTags(int index)
{
    const QList<CaaResourceRecord>& records = m_climb.nodes[index].records;
    bool criticalUnknown = false;
    for (int r = 0; r < records.size(); ++r) {
        const CaaRecord& rec = records[r].rdata;
        const QByteArray tag = rec.canonicalTag();
        if (m_profile.knowsTag(tag) || !m_profile.isCritical(rec.flags))
            continue;
        criticalUnknown = true;
        Finding f = makeFinding(code::CriticalUnknownTag, Severity::Error, index, r);
        f.args.insert(QStringLiteral("tag"), QString::fromLatin1(rec.tag));
        f.args.insert(QStringLiteral("flags"), int(rec.flags));
        f.args.insert(QStringLiteral("ca"), m_profile.displayName);
        const QString meant = meantTag(tag);
        if (!meant.isEmpty())
            f.args.insert(QStringLiteral("meant"), meant);
        m_verdict.findings.append(f);
        if (m_profile.flagOneIsCritical && (rec.flags & 0x01) && !(rec.flags & 0x80)) {
            Finding one = makeFinding(code::FlagOneCritical, Severity::Warning, index, r);
            one.args.insert(QStringLiteral("ca"), m_profile.displayName);
            m_verdict.findings.append(one);
        }
    }
    if (!criticalUnknown)
        return false;
    m_verdict.outcome = Outcome::Forbid;
    m_verdict.reason = codeString(code::CriticalUnknownTag);
    if (m_profile.behaviour == CaProfile::Behaviour::Boulder)
        m_verdict.caErrorText = QStringLiteral("While processing CAA for %1: CAA record for %2 prevents issuance")
                                    .arg(m_request.name.displayText(), m_climb.nodes[index].name);
    return true;
}

void Explainer::explainChosenRecords(int index, const rules::SetShape& shape)
{
    const QList<CaaResourceRecord>& records = m_climb.nodes[index].records;
    for (int r = 0; r < records.size(); ++r) {
        const CaaRecord& rec = records[r].rdata;
        if (!shape.chosen(rec))
            continue;
        const IssuerValue parsed = parseFor(m_profile, rec.value);
        if (!parsed.isDenyAll())
            m_allDenyAll = false;
        if (!parsed.issuer.isEmpty())
            m_listed.append(QString::fromLatin1(parsed.issuer));
        const rules::RecordCheck check = checkRecord(parsed, m_request, m_profile);
        if (check.issuerMatch)
            explainParameters(index, r, parsed, check);
        if (check.satisfied()) {
            if (m_permittedBy < 0)
                m_permittedBy = r;
            if (check.unconditional()) {
                m_unconditional = true;
            } else {
                Condition c;
                if (check.accountOpen)
                    c.accountUri = QString::fromLatin1(check.account->value);
                if (check.methodOpen)
                    c.validationMethods = check.openMethods;
                if (!m_conditions.contains(c))
                    m_conditions.append(c);
            }
        }
        if (!check.issuerMatch) {
            if (!parsed.wellFormed)
                explainMalformed(index, r, parsed);
            explainIssuerMismatch(index, r, parsed);
        }
    }
}

// accounturi and validationmethods of a record whose issuer is this CA's.
void Explainer::explainParameters(int node, int record, const IssuerValue& parsed, const rules::RecordCheck& check)
{
    auto add = [&](const char* c, Severity s, Span highlight) -> Finding& {
        Finding f = makeFinding(c, s, node, record);
        f.highlight = { highlight.begin, highlight.end };
        m_verdict.findings.append(f);
        return m_verdict.findings.last();
    };
    if (m_profile.behaviour == CaProfile::Behaviour::Boulder) {
        for (const IssuerParameter& p : parsed.parameters) {
            const QByteArray lower = p.tag.toLower();
            if (lower != p.tag && (lower == "accounturi" || lower == "validationmethods")) {
                Finding& f = add(code::ParamCase, Severity::Warning, p.tagSpan);
                f.args.insert(QStringLiteral("tag"), QString::fromLatin1(p.tag));
                f.args.insert(QStringLiteral("expected"), QString::fromLatin1(lower));
            }
        }
    }
    if (check.accounts > 1) {
        // the second one is the problem
        for (const IssuerParameter& p : parsed.parameters) {
            if (&p != check.account && rules::parameterIs(m_profile, p.tag, "accounturi")) {
                add(code::AccounturiRepeated, Severity::Error, { p.tagSpan.begin, p.valueSpan.end });
                break;
            }
        }
    } else if (check.account) {
        const QString allowed = QString::fromLatin1(check.account->value);
        if (check.accountOpen) {
            add(code::AccounturiUnchecked, Severity::Warning, check.account->valueSpan)
                .args.insert(QStringLiteral("allowed"), allowed);
        } else if (!check.accountOk) {
            Finding& f = add(code::AccounturiMismatch, Severity::Error, check.account->valueSpan);
            f.args.insert(QStringLiteral("allowed"), allowed);
            f.args.insert(QStringLiteral("account"), m_request.accountUri);
            if (!m_profile.isAccountOfThisCa(allowed)) {
                // No account of this CA has that URL: the record refuses every order, whoever asks.
                f.args.insert(QStringLiteral("notAnAccount"), true);
                f.args.insert(QStringLiteral("example"), m_profile.exampleAccountUri());
            }
        }
    }
    if (check.methods > 1) {
        for (const IssuerParameter& p : parsed.parameters) {
            if (&p != check.methodList && rules::parameterIs(m_profile, p.tag, "validationmethods")) {
                add(code::ValidationmethodsMismatch, Severity::Error, { p.tagSpan.begin, p.valueSpan.end })
                    .args.insert(QStringLiteral("repeated"), true);
                break;
            }
        }
    } else if (check.methodList) {
        const QByteArray list = check.methodList->value;
        // Labels in capitals are not the CA's method names (Boulder compares them exactly).
        if (list.toLower() != list) {
            Finding& f = add(code::ValidationmethodsCase,
                             m_profile.behaviour == CaProfile::Behaviour::Boulder ? Severity::Error : Severity::Warning,
                             check.methodList->valueSpan);
            f.args.insert(QStringLiteral("found"), QString::fromLatin1(list));
            f.args.insert(QStringLiteral("expected"), QString::fromLatin1(list.toLower()));
            f.args.insert(QStringLiteral("ca"), m_profile.displayName);
        }
        if (check.methodOpen) {
            add(code::ValidationmethodsUnchecked, Severity::Warning, check.methodList->valueSpan)
                .args.insert(QStringLiteral("allowed"), QString::fromLatin1(list));
        } else if (!check.methodOk) {
            Finding& f = add(code::ValidationmethodsMismatch, Severity::Error, check.methodList->valueSpan);
            f.args.insert(QStringLiteral("allowed"), QString::fromLatin1(list));
            f.args.insert(QStringLiteral("method"), m_request.validationMethod);
            f.args.insert(QStringLiteral("malformedList"), check.malformedMethodLabel);
        }
    }
}

// A record of the chosen list whose issuer this CA does not recognise: why, when it concerns this CA.
void Explainer::explainIssuerMismatch(int node, int record, const IssuerValue& parsed)
{
    const CaaResourceRecord& rr = m_climb.nodes[node].records[record];
    // Which text did the CA compare? Boulder: the trimmed first part; RFC: the intended issuer token.
    Span span = parsed.issuerSpan;
    if (span.length() == 0 && !parsed.wellFormed) {
        span = { 0, rr.rdata.value.size() };
        const qsizetype semi = rr.rdata.value.indexOf(';');
        if (semi >= 0)
            span.end = semi;
    }
    if (parsed.isDenyAll() || span.length() == 0) {
        Finding f = makeFinding(code::IssueDenyAll, Severity::Info, node, record);
        f.args.insert(QStringLiteral("tag"), QString::fromLatin1(rr.rdata.canonicalTag()));
        m_verdict.findings.append(f);
        return;
    }
    // Another CA's own identifier while this CA is allowed by another record: nothing to say.
    if (m_permitted && parsed.wellFormed && !m_directory.casForIdentifier(parsed.issuer).isEmpty())
        return;
    const rules::IssuerMismatch mm = rules::classifyIssuer(rr.rdata.value, span, m_profile, m_directory);
    if (!mm.code)
        return;
    Finding f = makeFinding(mm.code, Severity::Warning, node, record);
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
    if (mm.meantForThisCa) {
        f.severity = Severity::Error;
        if (m_specificReason.isEmpty())
            m_specificReason = f.code;
    }
    m_verdict.findings.append(f);
}

void Explainer::explainMalformed(int node, int record, const IssuerValue& parsed)
{
    const CaaResourceRecord& rr = m_climb.nodes[node].records[record];
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
        Finding f = makeFinding(code::ParamMalformed, Severity::Error, node, record);
        f.args.insert(QStringLiteral("problem"), int(d.code));
        f.args.insert(QStringLiteral("text"),
                      QString::fromLatin1(rr.rdata.value.mid(d.span.begin, std::max<qsizetype>(1, d.span.length()))));
        f.highlight = { d.span.begin, d.span.end };
        // Does this record name this CA before the broken part? Then the malformed parameter is the cause.
        const IssuerValue loose = parseIssuerBoulder(rr.rdata.value);
        if ((m_profile.recognises(loose.issuer) || m_profile.recognises(loose.issuer.toLower()))
            && m_specificReason.isEmpty())
            m_specificReason = f.code;
        m_verdict.findings.append(f);
        return;
    }
}

void Explainer::concludePermit(int index, const rules::SetShape& shape)
{
    m_verdict.outcome = Outcome::Permit;
    Finding f = makeFinding(code::Permitted, Severity::Info, index, m_permittedBy);
    f.args.insert(QStringLiteral("name"), m_climb.nodes[index].name);
    f.args.insert(QStringLiteral("tag"), QString::fromLatin1(shape.useWild ? "issuewild" : "issue"));
    if (!m_unconditional) {
        // Every permitting record restricts an account or a method the request did not name.
        m_verdict.conditions = m_conditions;
        m_verdict.reason = codeString(code::ConditionalPermit);
        f.code = codeString(code::ConditionalPermit);
        f.severity = Severity::Warning; // said first: it is the answer, with its condition
        QStringList accounts, methods;
        for (const Condition& c : std::as_const(m_conditions)) {
            if (!c.accountUri.isEmpty() && !accounts.contains(c.accountUri))
                accounts.append(c.accountUri);
            for (const QString& m : c.validationMethods) {
                if (!methods.contains(m))
                    methods.append(m);
            }
        }
        f.args.insert(QStringLiteral("accounts"), accounts);
        f.args.insert(QStringLiteral("methods"), methods);
    } else {
        m_verdict.reason = codeString(code::Permitted);
    }
    m_verdict.findings.prepend(f);
    // Record-level problems of other records do not stop the CA: they are warnings now.
    for (Finding& other : m_verdict.findings) {
        if (other.severity == Severity::Error)
            other.severity = Severity::Warning;
    }
}

void Explainer::concludeForbid(int index, const rules::SetShape& shape)
{
    const LookupResult& node = m_climb.nodes[index];
    const QList<CaaResourceRecord>& records = node.records;
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
        ttl.args.insert(QStringLiteral("ca"), m_profile.displayName);
        ttl.args.insert(QStringLiteral("recheckHours"), m_profile.caaRecheckHours);
        m_verdict.findings.append(ttl);
    }
    QString reason = m_specificReason;
    // The record closest to the request decides the reason: one whose account matches and only the method differs
    // beats one for another account (the fix changes that record: "add http-01", not "add a record for your
    // account").
    auto isParameterFinding = [](const Finding& f) {
        return f.code == QLatin1String(code::AccounturiMismatch) || f.code == QLatin1String(code::AccounturiRepeated)
            || f.code == QLatin1String(code::ValidationmethodsMismatch)
            || f.code == QLatin1String(code::ValidationmethodsCase);
    };
    auto accountRefused = [this](int record) {
        for (const Finding& g : std::as_const(m_verdict.findings)) {
            if (g.record == record
                && (g.code == QLatin1String(code::AccounturiMismatch)
                    || g.code == QLatin1String(code::AccounturiRepeated)))
                return true;
        }
        return false;
    };
    for (const Finding& f : std::as_const(m_verdict.findings)) {
        if (reason.isEmpty() && isParameterFinding(f) && f.record >= 0 && !accountRefused(f.record))
            reason = f.code;
    }
    for (const Finding& f : std::as_const(m_verdict.findings)) {
        if (reason.isEmpty() && isParameterFinding(f))
            reason = f.code;
    }
    if (reason.isEmpty())
        reason = QString::fromLatin1(m_allDenyAll        ? code::IssueDenyAll
                                         : shape.useWild ? code::IssuewildOverrides
                                                         : code::IssuerNotListed);
    m_verdict.reason = reason;
    // "Ask the owner of the parent to allow the CA" only makes sense for a refusal.
    for (Finding& f : m_verdict.findings) {
        if (f.code == QLatin1String(code::InheritedFromParent) || f.code == QLatin1String(code::CnameTargetCaa)
            || f.code == QLatin1String(code::DnameRedirect))
            f.args.insert(QStringLiteral("refused"), true);
    }
    const QString owner = records.isEmpty() ? node.name : records.last().owner;
    if (reason == QLatin1String(code::IssuerNotListed) || reason == QLatin1String(code::IssuewildOverrides)
        || reason == QLatin1String(code::IssueDenyAll)) {
        Finding summary = makeFinding(code::IssuerNotListed, Severity::Error, index);
        summary.code = reason;
        summary.args.insert(QStringLiteral("listed"), m_listed);
        summary.args.insert(QStringLiteral("name"), owner); // for an alias: the target, where the records live
        summary.args.insert(QStringLiteral("ca"), m_profile.displayName);
        summary.args.insert(QStringLiteral("expected"), m_profile.recommendedIdentifier());
        summary.args.insert(QStringLiteral("tag"), QString::fromLatin1(shape.useWild ? "issuewild" : "issue"));
        m_verdict.findings.prepend(summary);
    } else {
        // The record-level finding that decided comes first among the errors.
        for (int i = 0; i < m_verdict.findings.size(); ++i) {
            if (m_verdict.findings[i].code == reason) {
                m_verdict.findings.move(i, 0);
                break;
            }
        }
    }
    if (shape.useWild && reason != QLatin1String(code::IssuewildOverrides)) {
        Finding f = makeFinding(code::IssuewildOverrides, Severity::Info, index);
        f.args.insert(QStringLiteral("name"), node.name);
        bool issuePermits = false;
        for (const CaaResourceRecord& rr : records) {
            if (!rr.rdata.tagIs("issue"))
                continue;
            const IssuerValue pv = parseFor(m_profile, rr.rdata.value);
            issuePermits = issuePermits || (pv.wellFormed && m_profile.recognises(pv.issuer));
        }
        f.args.insert(QStringLiteral("issuePermits"), issuePermits);
        m_verdict.findings.append(f);
    }
}

} // namespace

Outcome decide(const Climb& climb, const Request& request, const CaProfile& profile, int* relevantNode)
{
    if (relevantNode)
        *relevantNode = -1;
    if (request.name.isIpAddress())
        return Outcome::Permit;
    int relevant = -1;
    for (int i = 0; i < climb.nodes.size(); ++i) {
        const LookupResult& node = climb.nodes[i];
        if (!node.isAnswered())
            return Outcome::Pending;
        if (failureCode(node, profile))
            return Outcome::Error;
        if (node.status == LookupStatus::Unavailable && (i == 0 || !node.aliases.isEmpty()))
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
    const rules::SetShape shape = rules::shapeOf(records, request.name.isWildcard(), profile);
    if (shape.criticalUnknown >= 0)
        return Outcome::Forbid;
    if (!shape.anyChosen)
        return Outcome::Permit;
    for (const CaaResourceRecord& rr : records) {
        if (shape.chosen(rr.rdata) && checkRecord(parseFor(profile, rr.rdata.value), request, profile).satisfied())
            return Outcome::Permit;
    }
    return Outcome::Forbid;
}

Verdict evaluate(const Climb& climb, const Request& request, const CaProfile& profile)
{
    Verdict verdict;
    verdict.ca = profile.key;
    Explainer(climb, request, profile, verdict).run();
    if (verdict.outcome == Outcome::Forbid) {
        // Every fix is verified before it is offered (check A); say so when none survives.
        QString whyNone;
        verdict.fixes = planFixes(climb, request, profile, verdict, &whyNone);
        if (verdict.fixes.isEmpty()) {
            Finding f = makeFinding(code::NoAutomaticFix, Severity::Warning, verdict.relevantNode);
            f.args.insert(QStringLiteral("why"), whyNone);
            verdict.findings.append(f);
        }
    }
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

VerdictState stateOf(const Verdict& verdict)
{
    return verdict.isConditional() ? VerdictState::ConditionalPermit : VerdictState(int(verdict.outcome));
}

const char* stateCode(VerdictState state)
{
    return state == VerdictState::ConditionalPermit ? "permit-if" : outcomeCode(Outcome(int(state)));
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
