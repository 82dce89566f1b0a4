#include "evidencebundle.h"

#include "caa/dnsmessage.h"
#include "diagnosisjson.h"
#include "messagecatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace caa {

namespace {

constexpr int kMaxClimbNodes = 128; // a DNS name has at most 127 labels
constexpr int kMaxRecords = 4096; // in the whole bundle: a 64 kB message holds fewer CAA records than this
constexpr int kMaxProbes = 4096;
constexpr int kMaxVerdicts = 16; // CAs per check: each one evaluates every climb
constexpr int kMaxResolvers = 16;
constexpr qsizetype kMaxMessage = 65535;

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Reading: every problem names where it is, so that a person can find it in the file.
struct Reader
{
    QString error;

    bool fail(const QString& where, const QString& what)
    {
        if (error.isEmpty())
            error = QCoreApplication::translate("caa::EvidenceBundle", "%1: %2").arg(where, what);
        return false;
    }
    // `octets`: record data, any octet allowed (escaped wherever it is shown); else printable text only.
    bool string(const QJsonObject& o, const char* key, const QString& where, QString* out, bool required = true,
                qsizetype max = 4096, bool octets = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(where + QLatin1Char('.') + QLatin1String(key),
                            QCoreApplication::translate("caa::EvidenceBundle", "missing"));
            out->clear();
            return true;
        }
        if (!v.isString() || v.toString().size() > max)
            return fail(
                where + QLatin1Char('.') + QLatin1String(key),
                QCoreApplication::translate("caa::EvidenceBundle", "not a text of at most %1 characters").arg(max));
        if (!octets && !printable(v.toString(), where + QLatin1Char('.') + QLatin1String(key)))
            return false;
        *out = v.toString();
        return true;
    }
    // Control characters have no place in names, values or messages, and would reach terminals and reports.
    bool printable(const QString& text, const QString& where)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
                return fail(where, QCoreApplication::translate("caa::EvidenceBundle", "contains control characters"));
        }
        return true;
    }
    // A list of short printable texts (aliases, zones, resolvers).
    bool texts(const QJsonArray& list, const QString& where, QStringList* out)
    {
        for (const QJsonValue& v : list) {
            if (!v.isString() || v.toString().size() > 1024)
                return fail(where, QCoreApplication::translate("caa::EvidenceBundle", "not a list of names"));
            if (!printable(v.toString(), where))
                return false;
            out->append(v.toString());
        }
        return true;
    }
    bool integer(const QJsonObject& o, const char* key, const QString& where, qint64 min, qint64 max, qint64* out,
                 bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(where + QLatin1Char('.') + QLatin1String(key),
                            QCoreApplication::translate("caa::EvidenceBundle", "missing"));
            return true;
        }
        const double d = v.toDouble();
        // Range first: converting a double that does not fit (1e300) to an integer is undefined behaviour.
        if (!v.isDouble() || !std::isfinite(d) || d < double(min) || d > double(max) || std::trunc(d) != d)
            return fail(where + QLatin1Char('.') + QLatin1String(key),
                        QCoreApplication::translate("caa::EvidenceBundle", "not a whole number from %1 to %2")
                            .arg(min)
                            .arg(max));
        *out = qint64(d);
        return true;
    }
    bool array(const QJsonObject& o, const char* key, const QString& where, qsizetype max, QJsonArray* out,
               bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required) {
            *out = {};
            return true;
        }
        if (!v.isArray() || v.toArray().size() > max)
            return fail(
                where + QLatin1Char('.') + QLatin1String(key),
                QCoreApplication::translate("caa::EvidenceBundle", "not a list of at most %1 entries").arg(max));
        *out = v.toArray();
        return true;
    }
    bool object(const QJsonValue& v, const QString& where, QJsonObject* out)
    {
        if (!v.isObject())
            return fail(where, QCoreApplication::translate("caa::EvidenceBundle", "not an object"));
        *out = v.toObject();
        return true;
    }
    bool record(const QJsonValue& value, const QString& where, CaaResourceRecord* out)
    {
        QJsonObject o;
        qint64 flags = 0, ttl = 0, line = 0;
        QString owner, tag, text;
        if (!object(value, where, &o) || !string(o, "owner", where, &owner, true, 1024)
            || !integer(o, "flags", where, 0, 255, &flags) || !string(o, "tag", where, &tag, true, 255, true)
            || !string(o, "value", where, &text, true, kMaxMessage, true)
            || !integer(o, "ttl", where, 0, 0xffffffff, &ttl)
            || !integer(o, "line", where, 1, std::numeric_limits<int>::max(), &line, false))
            return false;
        for (const QChar c : tag + text) {
            if (c.unicode() > 0xff)
                return fail(where,
                            QCoreApplication::translate("caa::EvidenceBundle",
                                                        "a tag or value with characters beyond one octet"));
        }
        if (tag.isEmpty())
            return fail(where + QStringLiteral(".tag"), QCoreApplication::translate("caa::EvidenceBundle", "empty"));
        out->owner = owner;
        out->ttl = quint32(ttl);
        out->rdata.flags = quint8(flags);
        out->rdata.tag = tag.toLatin1();
        out->rdata.value = text.toLatin1();
        if (line > 0) { // for display: the line in the zone file it came from (the file is not here to edit)
            out->location.zone = 0;
            out->location.fileIndex = 0;
            out->location.line = int(line);
        }
        return true;
    }
    bool rawMessage(const QJsonObject& o, const QString& where, QByteArray* out)
    {
        QString text;
        if (!string(o, "raw_message", where, &text, false, (kMaxMessage + 2) / 3 * 4 + 4))
            return false;
        if (text.isEmpty())
            return true;
        const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return fail(where + QStringLiteral(".raw_message"),
                        QCoreApplication::translate("caa::EvidenceBundle", "not base64"));
        *out = decoded.decoded;
        return true;
    }
};

template <typename Enum>
bool enumFromCode(const QString& text, Enum last, const char* (*code)(Enum), Enum* out)
{
    for (int i = 0; i <= int(last); ++i) {
        if (text == QLatin1String(code(Enum(i)))) {
            *out = Enum(i);
            return true;
        }
    }
    return false;
}

bool sameRecords(const QList<CaaResourceRecord>& a, const QList<CaaResourceRecord>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a[i].rdata == b[i].rdata) || a[i].owner.compare(b[i].owner, Qt::CaseInsensitive) != 0
            || a[i].ttl != b[i].ttl)
            return false;
    }
    return true;
}

// One climb (the main one, or another resolver's): names must be the climb of the queried name, in order.
bool readClimb(Reader& r, const QJsonArray& nodes, const DomainName& name, const QString& where, Climb* climb,
               QStringList* notes, bool full, qsizetype* recordBudget)
{
    *climb = Climb::forName(name);
    if (nodes.size() != climb->nodes.size())
        return r.fail(where,
                      QCoreApplication::translate("caa::EvidenceBundle", "has %1 names; the climb of %2 has %3")
                          .arg(nodes.size())
                          .arg(name.text())
                          .arg(climb->nodes.size()));
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        LookupResult& n = climb->nodes[i];
        QJsonObject o;
        QString nodeName, status;
        if (!r.object(nodes[i], at, &o) || !r.string(o, "name", at, &nodeName, true, 1024)
            || !r.string(o, "status", at, &status, true, 32))
            return false;
        if (nodeName.compare(n.name, Qt::CaseInsensitive) != 0)
            return r.fail(at + QStringLiteral(".name"),
                          QCoreApplication::translate("caa::EvidenceBundle", "“%1” where the climb has “%2”")
                              .arg(nodeName, n.name));
        if (!enumFromCode(status, LookupStatus::NetworkError, statusCode, &n.status))
            return r.fail(at + QStringLiteral(".status"),
                          QCoreApplication::translate("caa::EvidenceBundle", "unknown status “%1”").arg(status));
        QJsonArray records, aliases;
        if (!r.array(o, "records", at, kMaxRecords, &records, false) || !r.array(o, "aliases", at, 64, &aliases, false))
            return false;
        for (qsizetype k = 0; k < records.size(); ++k) {
            CaaResourceRecord rec;
            if (!r.record(records[k], QStringLiteral("%1.records[%2]").arg(at).arg(k), &rec))
                return false;
            n.records.append(rec);
        }
        if (!r.texts(aliases, at + QStringLiteral(".aliases"), &n.aliases))
            return false;
        if (n.status == LookupStatus::Pending)
            return r.fail(at + QStringLiteral(".status"),
                          QCoreApplication::translate("caa::EvidenceBundle", "pending: the check was not finished"));
        *recordBudget -= n.records.size();
        if (*recordBudget < 0)
            return r.fail(at + QStringLiteral(".records"),
                          QCoreApplication::translate("caa::EvidenceBundle", "more than %1 records in the bundle")
                              .arg(kMaxRecords));
        if (n.status == LookupStatus::Records && n.records.isEmpty())
            return r.fail(at, QCoreApplication::translate("caa::EvidenceBundle", "status records without records"));
        if (!full)
            continue;
        QString dnssec;
        qint64 elapsed = -1, negativeTtl = 0;
        QJsonArray ede;
        if (!r.string(o, "dnssec", at, &dnssec, false, 32)
            || !r.integer(o, "elapsed_ms", at, -1, 86400000, &elapsed, false)
            || !r.integer(o, "negative_ttl", at, 0, 0xffffffff, &negativeTtl, false)
            || !r.array(o, "ede", at, 64, &ede, false) || !r.string(o, "server", at, &n.server, false, 1024)
            || !r.string(o, "error", at, &n.error, false, 4096) || !r.rawMessage(o, at, &n.rawMessage)
            || !r.string(o, "zone", at, &n.zone, false, 1024)
            || !r.string(o, "dname_owner", at, &n.dnameOwner, false, 1024))
            return false;
        if (!dnssec.isEmpty() && !enumFromCode(dnssec, DnssecState::Indeterminate, dnssecCode, &n.dnssec))
            return r.fail(at + QStringLiteral(".dnssec"),
                          QCoreApplication::translate("caa::EvidenceBundle", "unknown state “%1”").arg(dnssec));
        n.elapsedMs = elapsed;
        n.negativeTtl = quint32(negativeTtl);
        n.aliasLoop = o.value(QStringLiteral("alias_loop")).toBool();
        for (qsizetype k = 0; k < ede.size(); ++k) {
            QJsonObject eo;
            qint64 code = 0;
            ExtendedError e;
            const QString eat = QStringLiteral("%1.ede[%2]").arg(at).arg(k);
            if (!r.object(ede[k], eat, &eo) || !r.integer(eo, "code", eat, 0, 65535, &code)
                || !r.string(eo, "text", eat, &e.text, false, 4096))
                return false;
            e.code = quint16(code);
            n.ede.append(e);
        }
        // The raw message is the evidence; the JSON beside it is what was read from it then. Read it again.
        dns::Message message;
        QString messageError;
        if (!n.rawMessage.isEmpty() && !dns::parseMessage(n.rawMessage, &message, &messageError)) {
            notes->append(QCoreApplication::translate("caa::EvidenceBundle",
                                                      "The raw message for %1 is not a DNS message (%2); the "
                                                      "bundle's words for it were used.")
                              .arg(n.name, messageError));
        } else if (!n.rawMessage.isEmpty()) {
            const bool asked = !message.questions.isEmpty()
                && message.questions.first().name.compare(n.name, Qt::CaseInsensitive) == 0;
            if (!asked) {
                notes->append(QCoreApplication::translate("caa::EvidenceBundle",
                                                          "The raw message for %1 answers another question; the "
                                                          "bundle's words for it were used.")
                                  .arg(n.name));
                continue;
            }
            LookupResult decoded = dns::lookupResultFromMessage(message, n.name);
            // The SERVFAIL behind "bogus" or an alias loop was told apart by more queries, which the bundle keeps.
            const bool loopFound = n.aliasLoop && decoded.status == LookupStatus::ServFail && decoded.aliases.isEmpty();
            const bool refined
                = (n.status == LookupStatus::Bogus && decoded.status == LookupStatus::ServFail) || loopFound;
            if (!refined
                && (decoded.status != n.status || !sameRecords(decoded.records, n.records)
                    || decoded.aliases != n.aliases))
                notes->append(QCoreApplication::translate("caa::EvidenceBundle",
                                                          "The bundle's words for %1 (%2) differ from its raw DNS "
                                                          "message (%3): the message was used.")
                                  .arg(n.name, status, QLatin1String(statusCode(decoded.status))));
            if (!refined)
                n.status = decoded.status;
            n.records = decoded.records;
            if (!loopFound) {
                n.aliases = decoded.aliases;
                n.aliasLoop = decoded.aliasLoop;
            }
            n.ede = decoded.ede;
            if (!decoded.zone.isEmpty())
                n.zone = decoded.zone;
            n.dnameOwner = decoded.dnameOwner;
        }
    }
    return true;
}

bool readMatrix(Reader& r, const QJsonObject& o, NsMatrix* m, QStringList* notes)
{
    const QString at = QStringLiteral("nameservers");
    QJsonArray zones, servers, probes, unresolved, failing;
    if (!r.array(o, "zones", at, kMaxClimbNodes, &zones) || !r.array(o, "servers", at, kMaxProbes, &servers)
        || !r.array(o, "probes", at, kMaxProbes, &probes)
        || !r.array(o, "unresolved", at, kMaxProbes, &unresolved, false)
        || !r.array(o, "resolver_fails_zone", at, kMaxClimbNodes, &failing, false))
        return false;
    if (!r.texts(zones, at + QStringLiteral(".zones"), &m->zones)
        || !r.texts(unresolved, at + QStringLiteral(".unresolved"), &m->unresolved)
        || !r.texts(failing, at + QStringLiteral(".resolver_fails_zone"), &m->resolverFailsZone))
        return false;
    QJsonArray keyChecks;
    if (!r.array(o, "key_checks", at, kMaxClimbNodes, &keyChecks, false))
        return false;
    for (qsizetype i = 0; i < keyChecks.size(); ++i) {
        const QString where = QStringLiteral("%1.key_checks[%2]").arg(at).arg(i);
        QJsonObject ko;
        QString zone;
        qint64 ds = 0, keys = 0, comparable = 0;
        if (!r.object(keyChecks[i], where, &ko) || !r.string(ko, "zone", where, &zone, true, 1024)
            || !r.integer(ko, "ds", where, 0, 4096, &ds) || !r.integer(ko, "dnskey", where, 0, 4096, &keys)
            || !r.integer(ko, "ds_comparable", where, 0, 4096, &comparable))
            return false;
        const QJsonValue matches = ko.value(QStringLiteral("ds_matches_dnskey"));
        if (!matches.isBool() || comparable > ds || !m->resolverFailsZone.contains(zone))
            return r.fail(where,
                          QCoreApplication::translate("caa::EvidenceBundle",
                                                      "not a check of a zone the resolver fails, or its counts do not "
                                                      "add up"));
        NsKeyCheck check;
        check.dsCount = int(ds);
        check.keyCount = int(keys);
        check.comparable = int(comparable);
        check.dsMatchesKey = matches.toBool();
        m->keyChecks.insert(zone, check);
    }
    auto transport = [&](const QString& status, const QString& where, DnsReply::Transport* t, int* rcode) {
        *rcode = -1;
        if (status == QLatin1String("timeout"))
            *t = DnsReply::Timeout;
        else if (status == QLatin1String("connection-refused"))
            *t = DnsReply::ConnectionRefused;
        else if (status == QLatin1String("bad-response"))
            *t = DnsReply::BadResponse;
        else if (status == QLatin1String("network-error"))
            *t = DnsReply::NetworkError;
        else {
            *t = DnsReply::Answered;
            for (int code = 0; code < 24; ++code) {
                if (status == QLatin1String(dns::rcodeName(code)))
                    *rcode = code;
            }
            if (*rcode < 0)
                return r.fail(where + QStringLiteral(".status"),
                              QCoreApplication::translate("caa::EvidenceBundle", "unknown status “%1”").arg(status));
        }
        return true;
    };
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const QString where = QStringLiteral("%1.servers[%2]").arg(at).arg(i);
        QJsonObject so;
        NsServer s;
        QString status;
        qint64 serial = -1, latency = 0;
        if (!r.object(servers[i], where, &so) || !r.string(so, "zone", where, &s.zone, true, 1024)
            || !r.string(so, "ns", where, &s.nsName, true, 1024)
            || !r.string(so, "address", where, &s.address, true, 64)
            || !r.string(so, "status", where, &status, true, 32) || !transport(status, where, &s.transport, &s.rcode)
            || !r.integer(so, "serial", where, 0, 0xffffffff, &serial, false)
            || !r.integer(so, "latency_ms", where, 0, 86400000, &latency, false))
            return false;
        s.aa = so.value(QStringLiteral("aa")).toBool();
        s.serialKnown = serial >= 0;
        s.serial = quint32(std::max<qint64>(serial, 0));
        s.latencyMs = latency;
        m->servers.append(s);
    }
    for (qsizetype i = 0; i < probes.size(); ++i) {
        const QString where = QStringLiteral("%1.probes[%2]").arg(at).arg(i);
        QJsonObject po;
        NsProbe p;
        QString status, via;
        QJsonArray records;
        qint64 latency = 0;
        if (!r.object(probes[i], where, &po) || !r.string(po, "name", where, &p.name, true, 1024)
            || !r.string(po, "zone", where, &p.zone, true, 1024) || !r.string(po, "ns", where, &p.nsName, true, 1024)
            || !r.string(po, "address", where, &p.address, true, 64) || !r.string(po, "transport", where, &via, true, 8)
            || !r.string(po, "status", where, &status, true, 32) || !transport(status, where, &p.transport, &p.rcode)
            || !r.array(po, "records", where, kMaxRecords, &records)
            || !r.integer(po, "latency_ms", where, 0, 86400000, &latency, false)
            || !r.string(po, "alias", where, &p.aliasTarget, false, 1024) || !r.rawMessage(po, where, &p.rawMessage))
            return false;
        p.tcp = via == QLatin1String("tcp");
        p.aa = po.value(QStringLiteral("aa")).toBool();
        p.tc = po.value(QStringLiteral("tc")).toBool();
        p.soaInAuthority = po.value(QStringLiteral("soa_in_authority")).toBool();
        p.latencyMs = latency;
        for (qsizetype k = 0; k < records.size(); ++k) {
            CaaRecord rec;
            const QByteArray text = records[k].toString().toUtf8();
            if (!records[k].isString() || text.size() > 4 * kMaxMessage || !parseCaaPresentation(text, &rec))
                return r.fail(QStringLiteral("%1.records[%2]").arg(where).arg(k),
                              QCoreApplication::translate("caa::EvidenceBundle", "not a CAA record"));
            p.records.append(rec);
        }
        qint64 ttl = 0, negativeTtl = 0;
        if (!r.integer(po, "ttl", where, 0, 0xffffffff, &ttl, false)
            || !r.integer(po, "negative_ttl", where, 0, 0xffffffff, &negativeTtl, false))
            return false;
        p.ttl = quint32(ttl);
        p.negativeTtl = quint32(negativeTtl);
        if (!p.rawMessage.isEmpty() && p.transport == DnsReply::Answered) {
            // The server's own message decides; the JSON beside it is only what a person can read.
            NsProbe decoded = p;
            if (!decodeProbeMessage(&decoded, p.rawMessage)) {
                notes->append(QCoreApplication::translate("caa::EvidenceBundle",
                                                          "%1: the raw message does not decode; the JSON is used.")
                                  .arg(where));
            } else {
                if (decoded.records != p.records || decoded.rcode != p.rcode || decoded.aliasTarget != p.aliasTarget)
                    notes->append(QCoreApplication::translate("caa::EvidenceBundle",
                                                              "%1: the JSON does not match the raw message; the "
                                                              "message is used.")
                                      .arg(where));
                p = decoded;
            }
        }
        m->probes.append(p);
    }
    m->findings = analyseNsMatrix(*m); // found again, not read
    return true;
}

// Records found where a provider's form doubled the zone ("example.com.example.com").
bool readDoubledOwners(Reader& r, const QJsonObject& root, Diagnosis* d, qsizetype* recordBudget)
{
    if (root.value(QStringLiteral("doubled_owners")).isUndefined())
        return true;
    QJsonArray list;
    if (!r.array(root, "doubled_owners", QStringLiteral("bundle"), 8, &list))
        return false;
    const QStringList candidates = doubledOwnerCandidates(d->request.name);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("doubled_owners[%1]").arg(i);
        QJsonObject o;
        QJsonArray records;
        LookupResult n;
        if (!r.object(list[i], at, &o) || !r.string(o, "name", at, &n.name, true, 1024)
            || !r.array(o, "records", at, kMaxRecords, &records))
            return false;
        if (!candidates.contains(n.name))
            return r.fail(at + QStringLiteral(".name"),
                          QCoreApplication::translate("caa::EvidenceBundle", "“%1” is no doubled form of %2")
                              .arg(n.name, d->request.name.text()));
        for (qsizetype k = 0; k < records.size(); ++k) {
            CaaResourceRecord rec;
            if (!r.record(records[k], QStringLiteral("%1.records[%2]").arg(at).arg(k), &rec))
                return false;
            n.records.append(rec);
        }
        *recordBudget -= n.records.size();
        if (*recordBudget < 0 || n.records.isEmpty())
            return r.fail(at + QStringLiteral(".records"),
                          QCoreApplication::translate("caa::EvidenceBundle", "empty, or too many records"));
        n.status = LookupStatus::Records;
        d->doubledOwners.append(n);
    }
    return true;
}

// A live check keeps every DNS answer's own message: an answer without one is the bundle's word alone, which nothing
// here can check (an edited rcode or record set), and is said to be.
void noteUncheckedAnswers(const Diagnosis& d, QStringList* notes)
{
    if (d.sourceKind != QLatin1String("live"))
        return;
    for (const LookupResult& n : d.climb.nodes) {
        const bool answered = n.status != LookupStatus::Pending && n.status != LookupStatus::Timeout
            && n.status != LookupStatus::NetworkError && n.status != LookupStatus::Unavailable;
        if (answered && n.rawMessage.isEmpty())
            notes->append(QCoreApplication::translate("caa::EvidenceBundle",
                                                      "The bundle holds no DNS message for %1: its words for it (%2) "
                                                      "were taken unchecked.")
                              .arg(n.name, QLatin1String(statusCode(n.status))));
    }
}

void noteUncheckedProbes(const NsMatrix& m, QStringList* notes)
{
    QStringList unchecked;
    for (const NsProbe& p : m.probes) {
        if (p.transport == DnsReply::Answered && p.rawMessage.isEmpty())
            unchecked.append(
                QStringLiteral("%1 at %2%3").arg(p.name, p.address, p.tcp ? QStringLiteral(" (TCP)") : QString()));
    }
    if (!unchecked.isEmpty())
        notes->append(QCoreApplication::translate("caa::EvidenceBundle",
                                                  "The bundle holds no DNS message for the nameservers' answers of %1: "
                                                  "their words were taken unchecked.")
                          .arg(unchecked.join(QStringLiteral(", "))));
}

// Why the check made no nameserver matrix: the resolver answered nothing, or the person turned it off. Only for a
// live check without a matrix, and only a reason that fits the climb.
bool readMatrixSkipped(Reader& r, const QJsonObject& root, Diagnosis* d)
{
    const QJsonValue v = root.value(QStringLiteral("nameservers_skipped"));
    if (v.isUndefined())
        return true;
    QString why;
    if (!r.string(root, "nameservers_skipped", QStringLiteral("bundle"), &why, true, 64))
        return false;
    const bool unreachable = why == QLatin1String(code::ResolverUnreachable);
    if ((!unreachable && why != QLatin1String(code::NameserversNotAsked)) || d->hasNsMatrix
        || d->sourceKind != QLatin1String("live") || unreachable != d->climb.resolverUnreachable)
        return r.fail(QStringLiteral("nameservers_skipped"),
                      QCoreApplication::translate("caa::EvidenceBundle",
                                                  "“%1” does not fit this check (its source, its climb or its "
                                                  "nameserver matrix)")
                          .arg(why));
    d->nsMatrixSkipped = why;
    return true;
}

// The pasted error message, when the check had one: parsed again from its own text.
bool readFromError(Reader& r, const QJsonObject& root, Diagnosis* d)
{
    const QJsonValue v = root.value(QStringLiteral("from_error"));
    if (v.isUndefined())
        return true;
    QJsonObject o;
    QString text;
    if (!r.object(v, QStringLiteral("from_error"), &o)
        || !r.string(o, "text", QStringLiteral("from_error"), &text, false, 64 * 1024))
        return false;
    d->hasFromError = true;
    d->fromErrorText = text;
    d->fromError = parseAcmeError(text);
    return true;
}

} // namespace

QByteArray writeEvidenceBundle(const Diagnosis& d)
{
    QJsonObject root = diagnosisToJson(d);
    root.insert(QStringLiteral("format"), QLatin1String(evidence::Format));
    root.insert(QStringLiteral("format_version"), evidence::FormatVersion);
    QJsonArray climb = root.value(QStringLiteral("climb")).toArray();
    for (qsizetype i = 0; i < climb.size() && i < d.climb.nodes.size(); ++i) {
        const LookupResult& n = d.climb.nodes[i];
        QJsonObject o = climb[i].toObject();
        if (!n.server.isEmpty())
            o.insert(QStringLiteral("server"), n.server);
        if (!n.error.isEmpty())
            o.insert(QStringLiteral("error"), n.error);
        if (n.aliasLoop)
            o.insert(QStringLiteral("alias_loop"), true);
        if (!n.rawMessage.isEmpty())
            o.insert(QStringLiteral("raw_message"), b64(n.rawMessage));
        climb[i] = o;
    }
    root.insert(QStringLiteral("climb"), climb);
    // The certificate chain as PEM (replay reads the issuer from it again), and what the platform was told from.
    if (d.who.origin != WhoIssues::Origin::None) {
        QJsonObject served = root.value(QStringLiteral("served_certificate")).toObject();
        if (d.who.hasChain())
            served.insert(QStringLiteral("chain_pem"), QString::fromLatin1(d.who.probe.chain.pem()));
        if (!d.who.probe.detail.isEmpty())
            served.insert(QStringLiteral("detail"), d.who.probe.detail);
        served.insert(QStringLiteral("sni"), d.who.probe.sniName);
        root.insert(QStringLiteral("served_certificate"), served);
    }
    if (!d.who.zoneNameservers.isEmpty()) {
        QJsonArray pairs;
        for (const auto& [zone, server] : d.who.zoneNameservers)
            pairs.append(QJsonArray { zone, server });
        root.insert(QStringLiteral("zone_nameservers"), pairs);
    }
    if (d.judgeIssuersBeside)
        root.insert(QStringLiteral("issuers_beside"), true);
    if (d.hasNsMatrix) {
        QJsonObject ns = root.value(QStringLiteral("nameservers")).toObject();
        QJsonArray probes = ns.value(QStringLiteral("probes")).toArray();
        for (qsizetype i = 0; i < probes.size() && i < d.nsMatrix.probes.size(); ++i) {
            const NsProbe& p = d.nsMatrix.probes[i];
            QJsonObject o = probes[i].toObject();
            if (!p.aliasTarget.isEmpty())
                o.insert(QStringLiteral("alias"), p.aliasTarget);
            if (!p.rawMessage.isEmpty())
                o.insert(QStringLiteral("raw_message"), b64(p.rawMessage));
            probes[i] = o;
        }
        ns.insert(QStringLiteral("probes"), probes);
        root.insert(QStringLiteral("nameservers"), ns);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

bool readWhoIssues(Reader& r, const QJsonObject& root, Diagnosis* d, QStringList* notes)
{
    d->judgeIssuersBeside = root.value(QStringLiteral("issuers_beside")).toBool();
    QJsonArray pairs;
    if (!r.array(root, "zone_nameservers", QStringLiteral("bundle"), 256, &pairs, false))
        return false;
    for (const QJsonValue& v : std::as_const(pairs)) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2 && pair[0].isString() && pair[1].isString())
            d->who.zoneNameservers.append({ pair[0].toString().left(255), pair[1].toString().left(255) });
    }
    const QJsonObject ct = root.value(QStringLiteral("certificate_transparency")).toObject();
    if (!ct.isEmpty()) {
        CtAnswer& a = d->who.ct;
        a.status = ct.value(QStringLiteral("status")).toString() == QLatin1String("answered")
            ? CtAnswer::Status::Answered
            : CtAnswer::Status::Failed;
        a.url = ct.value(QStringLiteral("url")).toString().left(2048);
        a.error = ct.value(QStringLiteral("error")).toString().left(1024);
        a.certificates = std::max(0, ct.value(QStringLiteral("certificates")).toInt());
        a.unreadable = std::max(0, ct.value(QStringLiteral("unreadable")).toInt());
        a.omittedIssuers = std::max(0, ct.value(QStringLiteral("omitted_issuers")).toInt());
        for (const QJsonValue& e : ct.value(QStringLiteral("issuers")).toArray()) {
            if (a.issuers.size() >= 64)
                break;
            const QJsonObject io = e.toObject();
            CtIssuer issuer; // identified again from its name, never taken from the bundle
            issuer.issuerName = io.value(QStringLiteral("issuer")).toString().simplified().left(1024);
            issuer.certificates = std::max(0, io.value(QStringLiteral("certificates")).toInt());
            issuer.latest = QDate::fromString(io.value(QStringLiteral("latest")).toString(), Qt::ISODate);
            if (issuer.issuerName.isEmpty() || issuer.certificates < 1 || !issuer.latest.isValid()) {
                ++a.unreadable; // an entry edited into nonsense is left out, as a bad answer's would be
                continue;
            }
            issuer.identify();
            a.issuers.append(issuer);
        }
    }
    const QJsonValue v = root.value(QStringLiteral("served_certificate"));
    if (v.isUndefined() || v.isNull())
        return true;
    QJsonObject o;
    if (!r.object(v, QStringLiteral("served_certificate"), &o))
        return false;
    const QString where = QStringLiteral("served_certificate");
    QString origin, status, pem, host, address, detail, sni, file;
    if (!r.string(o, "origin", where, &origin, true, 16) || !r.string(o, "status", where, &status, true, 32)
        || !r.string(o, "chain_pem", where, &pem, false, kMaxCertificateFileBytes, true)
        || !r.string(o, "host", where, &host, false, 255) || !r.string(o, "sni", where, &sni, false, 255)
        || !r.string(o, "detail", where, &detail, false, 1024) || !r.string(o, "file", where, &file, false, 4096))
        return false;
    if (o.value(QStringLiteral("address")).isString())
        address = o.value(QStringLiteral("address")).toString().left(64);
    WhoIssues& w = d->who;
    w.origin = origin == QLatin1String("file") ? WhoIssues::Origin::File : WhoIssues::Origin::Live;
    w.file = file;
    w.probe.host = host;
    w.probe.sniName = sni;
    w.probe.address = address;
    w.probe.detail = detail;
    const int port = o.value(QStringLiteral("port")).toInt(443);
    if (port < 1 || port > 65535)
        return r.fail(where + QStringLiteral(".port"),
                      QCoreApplication::translate("caa::EvidenceBundle", "not a port number (1-65535)"));
    w.probe.port = quint16(port);
    for (const QJsonValue& e : o.value(QStringLiteral("verification_errors")).toArray()) {
        if (w.probe.verificationErrors.size() < 32)
            w.probe.verificationErrors.append(e.toString().left(512));
    }
    w.probe.status = TlsProbeResult::Status::NotRun;
    for (int code = 0; code <= int(TlsProbeResult::Status::Cancelled); ++code) {
        if (status == QLatin1String(probeStatusCode(TlsProbeResult::Status(code))))
            w.probe.status = TlsProbeResult::Status(code);
    }
    if (w.probe.status == TlsProbeResult::Status::Served) {
        // The issuer is never taken on trust: it is read again from the chain.
        CertificateReadError error = CertificateReadError::None;
        w.probe.chain = readCertificateChain(pem.toLatin1(), &error);
        if (w.probe.chain.isEmpty()) {
            w.probe.status = TlsProbeResult::Status::NotRun;
            w.origin = WhoIssues::Origin::None;
            notes->append(QCoreApplication::translate("caa::EvidenceBundle",
                                                      "The bundle names a certificate in use but its chain_pem holds "
                                                      "no readable chain (%1): who issues is not shown.")
                              .arg(MessageCatalogue::certificateReadError(error)));
        } else {
            QStringList fingerprints;
            for (const QJsonValue& f : o.value(QStringLiteral("chain_sha256")).toArray())
                fingerprints.append(f.toString());
            if (fingerprints != w.probe.chain.sha256s()) {
                // Not the chain that was read (or checked): whether it verified is not known.
                w.probe.verificationErrors = { QCoreApplication::translate(
                    "caa::EvidenceBundle", "not verified: the chain differs from the bundle's fingerprints") };
                notes->append(QCoreApplication::translate("caa::EvidenceBundle",
                                                          "The bundle's chain differs from its own fingerprints "
                                                          "(chain_sha256): it was changed after the check."));
            }
            const QString saidIssuer = o.value(QStringLiteral("issuer_ca")).toString();
            const IssuerIdentity again = IssuerDirectory::builtin().identify(w.probe.chain);
            if (!saidIssuer.isEmpty() && saidIssuer != again.caName)
                notes->append(QCoreApplication::translate("caa::EvidenceBundle",
                                                          "The bundle says the certificate in use was issued by %1; "
                                                          "read again from its chain here, it is %2.")
                                  .arg(saidIssuer, again.isKnown() ? again.caName : again.intermediate));
        }
    }
    return true;
}

} // namespace

bool looksLikeEvidenceBundle(QByteArrayView head)
{
    const QByteArray start = head.first(std::min<qsizetype>(head.size(), 4096)).toByteArray();
    return start.trimmed().startsWith('{') && start.contains("\"format\"")
        && start.contains(QByteArray(evidence::Format));
}

EvidenceBundle readEvidenceBundle(QByteArrayView data, const QString& fileName)
{
    EvidenceBundle out;
    Reader r;
    auto failed = [&] {
        out.error = r.error;
        return out;
    };
    if (data.size() > evidence::MaxBundleBytes) {
        out.error = QCoreApplication::translate("caa::EvidenceBundle",
                                                "The file is %1 MB; an evidence bundle is at most %2 MB.")
                        .arg(data.size() / (1024 * 1024))
                        .arg(evidence::MaxBundleBytes / (1024 * 1024));
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.error = QCoreApplication::translate("caa::EvidenceBundle", "Not JSON: %1 at octet %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset);
        return out;
    }
    if (!doc.isObject()) {
        out.error
            = QCoreApplication::translate("caa::EvidenceBundle", "Not an evidence bundle: the JSON is not an object.");
        return out;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(evidence::Format)) {
        out.error = QCoreApplication::translate("caa::EvidenceBundle",
                                                "Not an evidence bundle of CAA Doctor (no \"format\": \"%1\").")
                        .arg(QLatin1String(evidence::Format));
        return out;
    }
    qint64 version = 0;
    if (!r.integer(root, "format_version", QStringLiteral("bundle"), 1, 1000000, &version))
        return failed();
    if (version > evidence::FormatVersion) {
        out.error = QCoreApplication::translate("caa::EvidenceBundle",
                                                "The bundle has format %1, made by a newer CAA Doctor; this one reads "
                                                "format %2.")
                        .arg(version)
                        .arg(evidence::FormatVersion);
        return out;
    }
    Diagnosis& d = out.diagnosis;
    QJsonObject query, provenance;
    QString nameText, source;
    if (!r.object(root.value(QStringLiteral("query")), QStringLiteral("query"), &query)
        || !r.string(query, "name", QStringLiteral("query"), &nameText, true, 1024)
        || !r.string(query, "account_uri", QStringLiteral("query"), &d.request.accountUri, false, 4096)
        || !r.string(query, "method", QStringLiteral("query"), &d.request.validationMethod, false, 64)
        || !r.string(root, "source", QStringLiteral("bundle"), &source, true, 16)
        || !r.object(root.value(QStringLiteral("provenance")), QStringLiteral("provenance"), &provenance))
        return failed();
    const bool wildcard = query.value(QStringLiteral("wildcard")).toBool();
    NameError nameError;
    d.request.name = DomainName::parse(QString(wildcard ? QStringLiteral("*.") : QString()) + nameText, &nameError);
    if (!d.request.name.isValid() || d.request.name.text() != nameText) {
        r.fail(QStringLiteral("query.name"),
               QCoreApplication::translate("caa::EvidenceBundle", "“%1” is not a name: %2")
                   .arg(nameText, MessageCatalogue::nameError(nameError)));
        return failed();
    }
    if (source != QLatin1String("zone") && source != QLatin1String("live")) {
        r.fail(QStringLiteral("source"), QCoreApplication::translate("caa::EvidenceBundle", "neither zone nor live"));
        return failed();
    }
    d.sourceKind = source;
    QString started;
    QJsonArray files, resolvers;
    if (!r.string(provenance, "started_utc", QStringLiteral("provenance"), &started, true, 64)
        || !r.string(provenance, "version", QStringLiteral("provenance"), &d.madeByVersion, false, 64)
        || !r.string(provenance, "qt", QStringLiteral("provenance"), &d.madeByQt, false, 64)
        || !r.string(provenance, "c_ares", QStringLiteral("provenance"), &d.madeByCares, false, 64)
        || !r.array(provenance, "zone_files", QStringLiteral("provenance"), 1024, &files, false)
        || !r.array(provenance, "resolvers", QStringLiteral("provenance"), 64, &resolvers, false))
        return failed();
    d.startedUtc = QDateTime::fromString(started, Qt::ISODateWithMs);
    if (!d.startedUtc.isValid()) {
        r.fail(QStringLiteral("provenance.started_utc"),
               QCoreApplication::translate("caa::EvidenceBundle", "not an ISO 8601 time"));
        return failed();
    }
    d.startedUtc = d.startedUtc.toUTC();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject fo;
        ZoneFileProvenance z;
        const QString where = QStringLiteral("provenance.zone_files[%1]").arg(i);
        if (!r.object(files[i], where, &fo) || !r.string(fo, "path", where, &z.path, true, 4096)
            || !r.string(fo, "sha256", where, &z.sha256, true, 64))
            return failed();
        d.zoneFiles.append(z);
        d.sourceDetails.append(z.path);
    }
    QStringList resolverTexts;
    if (!r.texts(resolvers, QStringLiteral("provenance.resolvers"), &resolverTexts))
        return failed();
    // The source and what it was made from agree: zone files answered a zone check (none are named for a zone
    // being edited in the window and not saved yet), resolvers a live one.
    if (source == QLatin1String("zone") ? !resolvers.isEmpty() : !files.isEmpty()) {
        r.fail(QStringLiteral("source"),
               source == QLatin1String("live")
                   ? QCoreApplication::translate("caa::EvidenceBundle", "“live” but the provenance names zone files")
                   : QCoreApplication::translate("caa::EvidenceBundle", "“zone” but the provenance names resolvers"));
        return failed();
    }
    d.sourceDetails += resolverTexts;
    d.reopenedFrom = fileName.isEmpty() ? QStringLiteral("-") : fileName;

    QJsonArray climb, verdicts;
    qsizetype recordBudget = kMaxRecords; // for the whole bundle: every climb is evaluated for every CA
    if (!r.array(root, "climb", QStringLiteral("bundle"), kMaxClimbNodes, &climb)
        || !readClimb(r, climb, d.request.name, QStringLiteral("climb"), &d.climb, &out.notes, true, &recordBudget)
        || !r.array(root, "verdicts", QStringLiteral("bundle"), kMaxVerdicts, &verdicts))
        return failed();
    noteUncheckedAnswers(d, &out.notes);
    if (verdicts.isEmpty()) {
        r.fail(QStringLiteral("verdicts"), QCoreApplication::translate("caa::EvidenceBundle", "empty: no CA to ask"));
        return failed();
    }
    // Each CA's rules applied again to the data: the verdict is made here, not read.
    QList<QPair<QString, QString>> said; // per CA: what the bundle says (verdict, reason)
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        const QString where = QStringLiteral("verdicts[%1]").arg(i);
        QJsonObject vo;
        QString ca, verdict, reason;
        if (!r.object(verdicts[i], where, &vo) || !r.string(vo, "ca", where, &ca, true, 256)
            || !r.string(vo, "verdict", where, &verdict, false, 16)
            || !r.string(vo, "reason", where, &reason, false, 64))
            return failed();
        if (vo.value(QStringLiteral("beside")).toBool() && i > 0)
            continue; // the served CA's or a platform's: derived again from the chain and the climb
        const CaProfile profile = CaDirectory::builtin().profile(ca);
        for (const CaProfile& earlier : d.profiles) {
            if (earlier.key == profile.key) {
                r.fail(where + QStringLiteral(".ca"),
                       QCoreApplication::translate("caa::EvidenceBundle", "“%1” is listed twice").arg(ca));
                return failed();
            }
        }
        if (profile.key.isEmpty()) {
            r.fail(where + QStringLiteral(".ca"),
                   QCoreApplication::translate("caa::EvidenceBundle", "“%1” is not a CA this version knows").arg(ca));
            return failed();
        }
        d.profiles.append(profile);
        d.verdicts.append(Verdict());
        said.append({ verdict, reason });
    }
    const QJsonValue ns = root.value(QStringLiteral("nameservers"));
    if (!ns.isUndefined() && d.sourceKind != QLatin1String("live")) {
        r.fail(QStringLiteral("nameservers"),
               QCoreApplication::translate("caa::EvidenceBundle", "a check of zone files asks no nameservers"));
        return failed();
    }
    if (ns.isUndefined() && d.sourceKind == QLatin1String("live") && !d.request.name.isIpAddress()
        && root.value(QStringLiteral("nameservers_skipped")).isUndefined())
        out.notes.append(QCoreApplication::translate("caa::EvidenceBundle",
                                                     "The bundle holds no nameserver answers and does not say why "
                                                     "(an edited or a partial bundle): the verdicts are judged on the "
                                                     "resolver's answers alone, so servers that disagree or fail only "
                                                     "for CAA are not seen."));
    if (!ns.isUndefined()) {
        QJsonObject no;
        if (!r.object(ns, QStringLiteral("nameservers"), &no) || !readMatrix(r, no, &d.nsMatrix, &out.notes))
            return failed();
        d.hasNsMatrix = true;
        noteUncheckedProbes(d.nsMatrix, &out.notes);
    }
    if (!readFromError(r, root, &d) || !readDoubledOwners(r, root, &d, &recordBudget))
        return failed();
    if (d.sourceKind == QLatin1String("live"))
        d.climb.resolverUnreachable = d.climb.everyLookupSilent();
    if (!readMatrixSkipped(r, root, &d) || !readWhoIssues(r, root, &d, &out.notes))
        return failed();
    // The same judgement as the check that made the bundle: the climb, and the nameservers' own answers.
    d.settle();
    for (qsizetype i = 0; i < d.verdicts.size() && i < said.size(); ++i) { // the CAs judged beside: derived again
        const Verdict& v = d.verdicts[i];
        if (!said[i].first.isEmpty()
            && (said[i].first != QLatin1String(outcomeCode(v.outcome)) || said[i].second != v.reason))
            out.notes.append(QCoreApplication::translate("caa::EvidenceBundle",
                                                         "For %1 the bundle says %2 (%3); evaluated again here it "
                                                         "is %4 (%5).")
                                 .arg(d.profiles[i].displayName, said[i].first, said[i].second,
                                      QLatin1String(outcomeCode(v.outcome)), v.reason));
    }
    const QJsonValue others = root.value(QStringLiteral("other_resolvers"));
    if (!others.isUndefined()) {
        QJsonArray views;
        if (!r.array(root, "other_resolvers", QStringLiteral("bundle"), kMaxResolvers, &views))
            return failed();
        for (qsizetype i = 0; i < views.size(); ++i) {
            const QString where = QStringLiteral("other_resolvers[%1]").arg(i);
            QJsonObject vo;
            QJsonArray viewClimb;
            ResolverView view;
            if (!r.object(views[i], where, &vo) || !r.string(vo, "server", where, &view.server, true, 64)
                || !r.array(vo, "climb", where, kMaxClimbNodes, &viewClimb)
                || !readClimb(r, viewClimb, d.request.name, where + QStringLiteral(".climb"), &view.climb, &out.notes,
                              false, &recordBudget))
                return failed();
            for (const CaProfile& p : d.profiles)
                view.verdicts.append(evaluate(view.climb, d.request, p));
            d.otherResolvers.append(view);
        }
        d.compareResolvers();
    }
    out.ok = true;
    return out;
}

} // namespace caa
