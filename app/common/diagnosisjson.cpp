#include "diagnosisjson.h"

#include "caa/dnsmessage.h"
#include "messagecatalogue.h"

#include <QJsonValue>
#include <algorithm>

namespace caa {

namespace {

QJsonValue nullable(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString transportOrRcode(DnsReply::Transport transport, int rcode)
{
    switch (transport) {
    case DnsReply::Answered:
        return QString::fromLatin1(dns::rcodeName(rcode));
    case DnsReply::Timeout:
        return QStringLiteral("timeout");
    case DnsReply::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case DnsReply::BadResponse:
        return QStringLiteral("bad-response");
    case DnsReply::NetworkError:
        break;
    }
    return QStringLiteral("network-error");
}

// The finding's arguments with snake_case keys, as every other key of the JSON (core names them in camelCase).
QJsonObject argsToJson(const QVariantMap& args)
{
    QJsonObject out;
    for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
        QString key;
        key.reserve(it.key().size() + 4);
        for (const QChar c : it.key()) {
            if (c.isUpper()) {
                key += u'_';
                key += c.toLower();
            } else {
                key += c;
            }
        }
        out.insert(key, QJsonValue::fromVariant(it.value()));
    }
    return out;
}

} // namespace

QJsonObject recordToJson(const CaaResourceRecord& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("owner"), r.owner);
    o.insert(QStringLiteral("flags"), int(r.rdata.flags));
    o.insert(QStringLiteral("tag"), QString::fromLatin1(r.rdata.tag));
    o.insert(QStringLiteral("value"), QString::fromLatin1(r.rdata.value));
    o.insert(QStringLiteral("ttl"), qint64(r.ttl));
    if (r.location.isValid())
        o.insert(QStringLiteral("line"), r.location.line);
    return o;
}

QJsonObject fixToJson(const Fix& fix)
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), MessageCatalogue::fixTitle(fix));
    o.insert(QStringLiteral("code"), fix.code);
    o.insert(QStringLiteral("records"), QJsonArray::fromStringList(fix.zoneLines()));
    if (!fix.alsoRepairs.isEmpty())
        o.insert(QStringLiteral("also_repairs"), QJsonArray::fromStringList(fix.alsoRepairs));
    if (fix.edits.isEmpty())
        o.insert(QStringLiteral("description"), MessageCatalogue::fixDescription(fix));
    if (const QStringList dropped = fix.args.value(QStringLiteral("dropped")).toStringList(); !dropped.isEmpty())
        o.insert(QStringLiteral("leaves_out"), QJsonArray::fromStringList(dropped));
    if (const QString caveat = MessageCatalogue::fixCaveat(fix); !caveat.isEmpty())
        o.insert(QStringLiteral("caveat"), caveat);
    o.insert(QStringLiteral("generic"), QJsonArray::fromStringList(fix.genericLines()));
    QJsonArray edits;
    for (const RecordEdit& e : fix.edits) {
        QJsonObject eo;
        eo.insert(QStringLiteral("kind"),
                  e.kind == RecordEdit::AddRecord          ? QStringLiteral("add")
                      : e.kind == RecordEdit::RemoveRecord ? QStringLiteral("remove")
                                                           : QStringLiteral("replace"));
        eo.insert(QStringLiteral("owner"), e.owner);
        if (e.kind != RecordEdit::AddRecord)
            eo.insert(QStringLiteral("before"), e.before.toPresentation());
        if (e.kind != RecordEdit::RemoveRecord)
            eo.insert(QStringLiteral("after"), e.after.toPresentation());
        if (e.location.isValid())
            eo.insert(QStringLiteral("line"), e.location.line);
        edits.append(eo);
    }
    o.insert(QStringLiteral("edits"), edits);
    return o;
}

const char* probeStatusCode(TlsProbeResult::Status s)
{
    switch (s) {
    case TlsProbeResult::Status::NotRun:
        return "not-run";
    case TlsProbeResult::Status::Served:
        return "served";
    case TlsProbeResult::Status::NoAddress:
        return "no-address";
    case TlsProbeResult::Status::AddressLookupFailed:
        return "address-lookup-failed";
    case TlsProbeResult::Status::Refused:
        return "refused";
    case TlsProbeResult::Status::Unreachable:
        return "unreachable";
    case TlsProbeResult::Status::Timeout:
        return "timeout";
    case TlsProbeResult::Status::HandshakeFailed:
        return "handshake-failed";
    case TlsProbeResult::Status::ChainTooLarge:
        return "chain-too-large";
    case TlsProbeResult::Status::Cancelled:
        return "cancelled";
    }
    return "not-run";
}

namespace {

QJsonArray whoFindingsJson(const QList<Finding>& list)
{
    QJsonArray out;
    for (const Finding& f : list) {
        out.append(QJsonObject { { QStringLiteral("code"), f.code },
                                 { QStringLiteral("severity"), QString::fromLatin1(severityCode(f.severity)) },
                                 { QStringLiteral("message"), MessageCatalogue::finding(f) },
                                 { QStringLiteral("args"), argsToJson(f.args) } });
    }
    return out;
}

QJsonObject platformToJson(const PlatformFinding& p)
{
    QJsonArray ids, cas;
    for (const QStringList& ca : p.match.platform.cas)
        ids.append(ca.first());
    for (const PlatformCa& ca : p.cas)
        cas.append(QJsonObject { { QStringLiteral("ca"), ca.profile.recommendedIdentifier() },
                                 { QStringLiteral("ca_name"), ca.profile.displayName },
                                 { QStringLiteral("identifiers"), QJsonArray::fromStringList(ca.profile.identifiers) },
                                 { QStringLiteral("verdict"), QString::fromLatin1(outcomeCode(ca.verdict.outcome)) } });
    QJsonObject o { { QStringLiteral("name"), p.match.platform.name },
                    { QStringLiteral("evidence"),
                      QJsonObject { { QStringLiteral("kind"),
                                      p.match.evidence == PlatformMatch::Evidence::Cname ? QStringLiteral("cname")
                                                                                         : QStringLiteral("ns") },
                                    { QStringLiteral("owner"), p.match.owner },
                                    { QStringLiteral("target"), p.match.name },
                                    { QStringLiteral("suffix"), p.match.suffix },
                                    { QStringLiteral("text"), MessageCatalogue::platformEvidence(p.match) } } },
                    { QStringLiteral("caa_identifiers"), ids },
                    { QStringLiteral("cas"), cas },
                    { QStringLiteral("permits_any"), p.permitsAny() },
                    { QStringLiteral("behaviour"), p.match.platform.behaviour },
                    { QStringLiteral("source"), p.match.platform.source },
                    { QStringLiteral("read"), p.match.platform.read } };
    if (p.allRefuse() && !p.cas.first().verdict.fixes.isEmpty())
        o.insert(QStringLiteral("fix"), fixToJson(p.cas.first().verdict.fixes.first()));
    return o;
}

} // namespace

void whoIssuesToJson(const Diagnosis& d, QJsonObject* root)
{
    const WhoIssues& w = d.who;
    QJsonValue served(QJsonValue::Null);
    if (w.origin != WhoIssues::Origin::None) {
        QJsonObject o;
        o.insert(QStringLiteral("origin"),
                 w.origin == WhoIssues::Origin::File ? QStringLiteral("file") : QStringLiteral("live"));
        if (w.origin == WhoIssues::Origin::File) {
            o.insert(QStringLiteral("file"), w.file);
        } else {
            o.insert(QStringLiteral("host"), w.probe.host);
            o.insert(QStringLiteral("port"), int(w.probe.port));
            o.insert(QStringLiteral("address"), nullable(w.probe.address));
            o.insert(QStringLiteral("elapsed_ms"), w.probe.elapsedMs);
        }
        o.insert(QStringLiteral("status"), QString::fromLatin1(probeStatusCode(w.probe.status)));
        if (w.hasChain()) {
            const CertificateFacts& leaf = w.probe.chain.leaf();
            o.insert(QStringLiteral("subject"), leaf.subject);
            o.insert(QStringLiteral("sans"), QJsonArray::fromStringList(leaf.dnsNames));
            o.insert(QStringLiteral("issuer"), leaf.issuer);
            o.insert(QStringLiteral("issuer_ca"), nullable(w.issuer.caName));
            o.insert(QStringLiteral("issuer_caa_identifiers"), QJsonArray::fromStringList(w.issuer.identifiers));
            o.insert(QStringLiteral("issuer_source"), nullable(w.issuer.source));
            o.insert(QStringLiteral("not_before"), leaf.notBefore.toString(Qt::ISODate));
            o.insert(QStringLiteral("not_after"), leaf.notAfter.toString(Qt::ISODate));
            o.insert(QStringLiteral("renewal_due"), w.renewalDue().toString(Qt::ISODate));
            o.insert(QStringLiteral("chain_sha256"), QJsonArray::fromStringList(w.probe.chain.sha256s()));
            o.insert(QStringLiteral("verified"),
                     w.origin == WhoIssues::Origin::Live ? QJsonValue(w.probe.verified())
                                                         : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("verification_errors"), QJsonArray::fromStringList(w.probe.verificationErrors));
            o.insert(QStringLiteral("covers_name"), w.coversName);
            o.insert(QStringLiteral("verdict"),
                     w.hasServedVerdict ? QJsonValue(QString::fromLatin1(outcomeCode(w.served.verdict.outcome)))
                                        : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("renewal"), MessageCatalogue::renewalOutlook(w, QDateTime::currentDateTimeUtc()));
        } else if (w.probe.status != TlsProbeResult::Status::NotRun) {
            o.insert(QStringLiteral("message"), MessageCatalogue::servedFailure(w.probe));
        }
        served = o;
    }
    root->insert(QStringLiteral("served_certificate"), served);
    QJsonArray platforms;
    for (const PlatformFinding& p : w.platforms)
        platforms.append(platformToJson(p));
    root->insert(QStringLiteral("platform"), platforms.isEmpty() ? QJsonValue(QJsonValue::Null) : platforms.first());
    root->insert(QStringLiteral("platforms"), platforms);
    root->insert(QStringLiteral("issuer_findings"), whoFindingsJson(w.findings));
    if (w.ct.status != CtAnswer::Status::NotAsked) {
        QJsonArray issuers;
        for (const CtIssuer& i : w.ct.issuers)
            issuers.append(
                QJsonObject { { QStringLiteral("issuer"), i.issuerName },
                              { QStringLiteral("issuer_ca"), nullable(i.caName) },
                              { QStringLiteral("issuer_caa_identifiers"), QJsonArray::fromStringList(i.identifiers) },
                              { QStringLiteral("certificates"), i.certificates },
                              { QStringLiteral("latest"), i.latest.toString(Qt::ISODate) },
                              { QStringLiteral("verdict"),
                                i.identifiers.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(QString::fromLatin1(outcomeCode(i.outcome))) } });
        root->insert(QStringLiteral("certificate_transparency"),
                     QJsonObject { { QStringLiteral("status"),
                                     w.ct.status == CtAnswer::Status::Answered ? QStringLiteral("answered")
                                                                               : QStringLiteral("failed") },
                                   { QStringLiteral("url"), w.ct.url },
                                   { QStringLiteral("error"), nullable(w.ct.error) },
                                   { QStringLiteral("certificates"), w.ct.certificates },
                                   { QStringLiteral("unreadable"), w.ct.unreadable },
                                   { QStringLiteral("omitted_issuers"), w.ct.omittedIssuers },
                                   { QStringLiteral("issuers"), issuers } });
    }
}

QJsonObject diagnosisToJson(const Diagnosis& d)
{
    QJsonObject root;
    QJsonObject query;
    query.insert(QStringLiteral("name"), d.request.name.text());
    query.insert(QStringLiteral("wildcard"), d.request.name.isWildcard());
    query.insert(QStringLiteral("account_uri"), nullable(d.request.accountUri));
    query.insert(QStringLiteral("method"), nullable(d.request.validationMethod));
    root.insert(QStringLiteral("query"), query);
    root.insert(QStringLiteral("source"), d.sourceKind);
    QJsonObject provenance;
    provenance.insert(QStringLiteral("started_utc"), d.startedUtc.toString(Qt::ISODateWithMs));
    const bool reopened = !d.reopenedFrom.isEmpty();
    provenance.insert(QStringLiteral("version"), reopened ? d.madeByVersion : QStringLiteral(CAA_VERSION));
    provenance.insert(QStringLiteral("qt"), reopened ? d.madeByQt : QString::fromLatin1(qVersion()));
    provenance.insert(QStringLiteral("c_ares"), reopened ? d.madeByCares : DnsClient::caresVersion());
    QJsonArray files;
    for (const ZoneFileProvenance& z : d.zoneFiles)
        files.append(QJsonObject { { QStringLiteral("path"), z.path }, { QStringLiteral("sha256"), z.sha256 } });
    if (d.sourceKind == QLatin1String("live"))
        provenance.insert(QStringLiteral("resolvers"), QJsonArray::fromStringList(d.sourceDetails));
    else // a zone being edited and not saved yet has no file to name
        provenance.insert(QStringLiteral("zone_files"), files);
    root.insert(QStringLiteral("provenance"), provenance);

    QJsonArray climb;
    for (const LookupResult& n : d.climb.nodes) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), n.name);
        o.insert(QStringLiteral("status"), QString::fromLatin1(statusCode(n.status)));
        o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(n.aliases));
        QJsonArray records;
        for (const CaaResourceRecord& r : n.records)
            records.append(recordToJson(r));
        o.insert(QStringLiteral("records"), records);
        o.insert(QStringLiteral("dnssec"), QString::fromLatin1(dnssecCode(n.dnssec)));
        QJsonArray ede;
        for (const ExtendedError& e : n.ede)
            ede.append(QJsonObject { { QStringLiteral("code"), int(e.code) }, { QStringLiteral("text"), e.text } });
        o.insert(QStringLiteral("ede"), ede);
        o.insert(QStringLiteral("elapsed_ms"), n.elapsedMs);
        if (n.status == LookupStatus::NoData || n.status == LookupStatus::NxDomain)
            o.insert(QStringLiteral("negative_ttl"), qint64(n.negativeTtl));
        if (!n.zone.isEmpty())
            o.insert(QStringLiteral("zone"), n.zone);
        if (!n.dnameOwner.isEmpty())
            o.insert(QStringLiteral("dname_owner"), n.dnameOwner);
        climb.append(o);
    }
    root.insert(QStringLiteral("climb"), climb);
    if (!d.doubledOwners.isEmpty()) {
        QJsonArray doubled;
        for (const LookupResult& n : d.doubledOwners) {
            QJsonArray records;
            for (const CaaResourceRecord& r : n.records)
                records.append(recordToJson(r));
            doubled.append(QJsonObject { { QStringLiteral("name"), n.name }, { QStringLiteral("records"), records } });
        }
        root.insert(QStringLiteral("doubled_owners"), doubled);
    }
    root.insert(QStringLiteral("relevant"), nullable(d.relevantName()));

    QJsonArray verdicts;
    for (int i = 0; i < d.verdicts.size(); ++i) {
        const Verdict& v = d.verdicts[i];
        const CaProfile& p = d.profiles.value(i);
        QJsonObject o;
        o.insert(QStringLiteral("ca"), v.ca);
        o.insert(QStringLiteral("ca_name"), p.displayName);
        o.insert(QStringLiteral("verdict"), QString::fromLatin1(outcomeCode(v.outcome)));
        o.insert(QStringLiteral("state"), QString::fromLatin1(stateCode(stateOf(v))));
        o.insert(QStringLiteral("reason"), v.reason);
        QJsonArray conditions;
        for (const Condition& c : v.conditions) {
            QJsonObject co;
            co.insert(QStringLiteral("accounturi"), nullable(c.accountUri));
            co.insert(QStringLiteral("validationmethods"),
                      c.validationMethods.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(QJsonArray::fromStringList(c.validationMethods)));
            conditions.append(co);
        }
        o.insert(QStringLiteral("conditions"), conditions);
        if (v.fromAuthoritative)
            o.insert(QStringLiteral("from_authoritative"), true);
        if (i >= d.besideFrom) // judged beside the CAs asked about: the served CA or a platform's
            o.insert(QStringLiteral("beside"), true);
        o.insert(QStringLiteral("relevant"), nullable(v.relevantName));
        o.insert(QStringLiteral("headline"),
                 MessageCatalogue::verdictHeadline(v, p.displayName, d.request.name.displayText()));
        o.insert(QStringLiteral("action"), MessageCatalogue::verdictAction(v));
        if (!v.caErrorText.isEmpty())
            o.insert(QStringLiteral("ca_error"), v.caErrorText);
        o.insert(QStringLiteral("rule"), MessageCatalogue::decisionRule(p));
        QJsonArray findings;
        const Climb verdictClimb = d.climbFor(v); // the climb the finding's indices point into
        for (const Finding& f : v.findings) {
            QJsonObject fo;
            fo.insert(QStringLiteral("code"), f.code);
            fo.insert(QStringLiteral("severity"), QString::fromLatin1(severityCode(f.severity)));
            fo.insert(QStringLiteral("message"), MessageCatalogue::finding(f, p.displayName));
            QJsonObject record;
            if (f.node >= 0 && f.record >= 0 && f.node < verdictClimb.nodes.size()
                && f.record < verdictClimb.nodes[f.node].records.size())
                record = recordToJson(verdictClimb.nodes[f.node].records[f.record]);
            fo.insert(QStringLiteral("record"), record);
            if (f.node >= 0 && f.node < verdictClimb.nodes.size())
                fo.insert(QStringLiteral("name"), verdictClimb.nodes[f.node].name);
            if (!f.highlight.isEmpty()) {
                QJsonArray hl;
                for (qsizetype h : f.highlight)
                    hl.append(qint64(h));
                fo.insert(QStringLiteral("highlight"), hl);
            }
            fo.insert(QStringLiteral("args"), argsToJson(f.args));
            findings.append(fo);
        }
        o.insert(QStringLiteral("findings"), findings);
        QJsonArray fixes;
        for (const Fix& fix : v.fixes)
            fixes.append(fixToJson(fix));
        o.insert(QStringLiteral("fixes"), fixes);
        verdicts.append(o);
    }
    root.insert(QStringLiteral("verdicts"), verdicts);
    if (d.hasFromError) {
        const AcmeError& e = d.fromError;
        root.insert(QStringLiteral("from_error"),
                    QJsonObject { { QStringLiteral("kind"),
                                    e.kind == AcmeError::Kind::CaaForbid        ? QStringLiteral("caa")
                                        : e.kind == AcmeError::Kind::DnsProblem ? QStringLiteral("dns")
                                                                                : QStringLiteral("unknown") },
                                  { QStringLiteral("ca"), nullable(e.ca) },
                                  { QStringLiteral("identifier"), e.identifier },
                                  { QStringLiteral("found_at"), e.foundAt },
                                  { QStringLiteral("problem"), e.problem() },
                                  { QStringLiteral("secondary_validation"), e.secondaryValidation },
                                  { QStringLiteral("finalize_recheck"), e.finalizeRecheck },
                                  { QStringLiteral("message"), MessageCatalogue::acmeError(e) },
                                  { QStringLiteral("text"), d.fromErrorText.left(64 * 1024) } });
    }
    if (!d.nsMatrixSkipped.isEmpty())
        root.insert(QStringLiteral("nameservers_skipped"), d.nsMatrixSkipped);
    whoIssuesToJson(d, &root);
    auto findingsJson = [&](const QList<Finding>& list) {
        QJsonArray out;
        for (const Finding& f : list) {
            out.append(QJsonObject { { QStringLiteral("code"), f.code },
                                     { QStringLiteral("severity"), QString::fromLatin1(severityCode(f.severity)) },
                                     { QStringLiteral("message"), MessageCatalogue::finding(f) },
                                     { QStringLiteral("args"), argsToJson(f.args) } });
        }
        return out;
    };
    if (d.hasNsMatrix) {
        const NsMatrix& m = d.nsMatrix;
        QJsonArray servers, probes;
        for (const NsServer& s : m.servers)
            servers.append(
                QJsonObject { { QStringLiteral("zone"), s.zone },
                              { QStringLiteral("ns"), s.nsName },
                              { QStringLiteral("address"), s.address },
                              { QStringLiteral("status"), transportOrRcode(s.transport, s.rcode) },
                              { QStringLiteral("aa"), s.aa },
                              { QStringLiteral("serial"), s.serialKnown ? QJsonValue(qint64(s.serial)) : QJsonValue() },
                              { QStringLiteral("latency_ms"), s.latencyMs } });
        for (const NsProbe& p : m.probes) {
            QJsonArray records;
            for (const CaaRecord& r : p.records) {
                // A tag with octets no tag may hold (a server's odd answer) reads back only in the generic form.
                const bool plainTag = std::all_of(r.tag.begin(), r.tag.end(), [](char c) {
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                });
                records.append(plainTag ? r.toPresentation() : r.toGeneric());
            }
            QJsonObject probe { { QStringLiteral("name"), p.name },
                                { QStringLiteral("zone"), p.zone },
                                { QStringLiteral("ns"), p.nsName },
                                { QStringLiteral("address"), p.address },
                                { QStringLiteral("transport"), p.tcp ? QStringLiteral("tcp") : QStringLiteral("udp") },
                                { QStringLiteral("status"), transportOrRcode(p.transport, p.rcode) },
                                { QStringLiteral("aa"), p.aa },
                                { QStringLiteral("tc"), p.tc },
                                { QStringLiteral("soa_in_authority"), p.soaInAuthority },
                                { QStringLiteral("ttl"), qint64(p.ttl) },
                                { QStringLiteral("negative_ttl"), qint64(p.negativeTtl) },
                                { QStringLiteral("records"), records },
                                { QStringLiteral("latency_ms"), p.latencyMs } };
            if (!p.aliasTarget.isEmpty())
                probe.insert(QStringLiteral("alias"), p.aliasTarget); // the CAA lives at this name
            probes.append(probe);
        }
        QJsonArray keyChecks;
        for (auto it = m.keyChecks.cbegin(); it != m.keyChecks.cend(); ++it)
            keyChecks.append(QJsonObject { { QStringLiteral("zone"), it.key() },
                                           { QStringLiteral("ds"), it->dsCount },
                                           { QStringLiteral("dnskey"), it->keyCount },
                                           { QStringLiteral("ds_comparable"), it->comparable },
                                           { QStringLiteral("ds_matches_dnskey"), it->dsMatchesKey } });
        root.insert(
            QStringLiteral("nameservers"),
            QJsonObject { { QStringLiteral("zones"), QJsonArray::fromStringList(m.zones) },
                          { QStringLiteral("servers"), servers },
                          { QStringLiteral("probes"), probes },
                          { QStringLiteral("unresolved"), QJsonArray::fromStringList(m.unresolved) },
                          { QStringLiteral("resolver_fails_zone"), QJsonArray::fromStringList(m.resolverFailsZone) },
                          { QStringLiteral("key_checks"), keyChecks },
                          { QStringLiteral("findings"), findingsJson(m.findings) } });
    }
    if (!d.otherResolvers.isEmpty()) {
        QJsonArray views;
        for (const ResolverView& view : d.otherResolvers) {
            QJsonArray viewClimb, viewVerdicts;
            for (const LookupResult& n : view.climb.nodes) {
                QJsonArray records;
                for (const CaaResourceRecord& r : n.records)
                    records.append(recordToJson(r));
                viewClimb.append(QJsonObject { { QStringLiteral("name"), n.name },
                                               { QStringLiteral("status"), QString::fromLatin1(statusCode(n.status)) },
                                               { QStringLiteral("records"), records } });
            }
            for (const Verdict& v : view.verdicts)
                viewVerdicts.append(
                    QJsonObject { { QStringLiteral("ca"), v.ca },
                                  { QStringLiteral("verdict"), QString::fromLatin1(outcomeCode(v.outcome)) },
                                  { QStringLiteral("reason"), v.reason } });
            views.append(QJsonObject { { QStringLiteral("server"), view.server },
                                       { QStringLiteral("climb"), viewClimb },
                                       { QStringLiteral("verdicts"), viewVerdicts } });
        }
        root.insert(QStringLiteral("other_resolvers"), views);
        root.insert(QStringLiteral("resolver_findings"), findingsJson(d.resolverFindings));
    }
    return root;
}

QJsonArray lintToJson(const QList<LintFinding>& findings, const QList<std::shared_ptr<const ZoneFile>>& zones)
{
    QJsonArray out;
    for (const LintFinding& f : findings) {
        QJsonObject o;
        const auto& zone = zones.value(f.zone);
        o.insert(QStringLiteral("file"), zone ? zone->displayPath(f.fileIndex) : QString());
        o.insert(QStringLiteral("line"), f.line);
        if (f.column > 0)
            o.insert(QStringLiteral("column"), f.column);
        o.insert(QStringLiteral("owner"), f.owner);
        o.insert(QStringLiteral("code"), f.code);
        o.insert(QStringLiteral("severity"), QString::fromLatin1(severityCode(f.severity)));
        o.insert(QStringLiteral("message"), MessageCatalogue::lintFinding(f));
        if (!f.fix.edits.isEmpty())
            o.insert(QStringLiteral("fix"), fixToJson(f.fix));
        out.append(o);
    }
    return out;
}

} // namespace caa
