// The evidence bundle: what goes out comes back as the same diagnosis, and what comes back hostile or broken is
// refused with a sentence naming the place, never a crash.
#include "diagnosisjson.h"
#include "evidencebundle.h"
#include "reportzone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace caa;
using caa::test::diagnose;

namespace {

QJsonObject baseBundle()
{
    return QJsonDocument::fromJson(writeEvidenceBundle(diagnose(QStringLiteral("dot.example.org")))).object();
}

QByteArray edited(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = baseBundle();
    edit(root);
    return QJsonDocument(root).toJson();
}

// root["climb"][node][key] = value
void setNode(QJsonObject& root, int node, const QString& key, const QJsonValue& value)
{
    QJsonArray climb = root[QStringLiteral("climb")].toArray();
    QJsonObject n = climb[node].toObject();
    n[key] = value;
    climb[node] = n;
    root[QStringLiteral("climb")] = climb;
}

void setRecord(QJsonObject& root, const QString& key, const QJsonValue& value)
{
    QJsonArray climb = root[QStringLiteral("climb")].toArray();
    QJsonObject n = climb[0].toObject();
    QJsonArray records = n[QStringLiteral("records")].toArray();
    QJsonObject r = records[0].toObject();
    r[key] = value;
    records[0] = r;
    n[QStringLiteral("records")] = records;
    climb[0] = n;
    root[QStringLiteral("climb")] = climb;
}

// The bundle as a live check through one resolver would have written it (without the nameservers' answers).
void asLive(QJsonObject& root)
{
    root[QStringLiteral("source")] = QStringLiteral("live");
    QJsonObject p = root[QStringLiteral("provenance")].toObject();
    p.remove(QStringLiteral("zone_files"));
    p[QStringLiteral("resolvers")] = QJsonArray { QStringLiteral("127.0.0.1:53") };
    root[QStringLiteral("provenance")] = p;
}

} // namespace

class TestEvidenceBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void changedVerdictIsNoted();
    void recognisedByItsStart();
    void hostileBundles_data();
    void hostileBundles();
    void undecodableMessageIsNoted();
    void missingNameserversAreNoted();
};

void TestEvidenceBundle::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("cas");
    QTest::newRow("permit") << QStringLiteral("ok.example.org") << QStringList { QStringLiteral("letsencrypt.org") };
    QTest::newRow("trailing dot") << QStringLiteral("www.dot.example.org")
                                  << QStringList { QStringLiteral("letsencrypt.org") };
    QTest::newRow("wildcard") << QStringLiteral("*.wild.example.org")
                              << QStringList { QStringLiteral("letsencrypt.org") };
    QTest::newRow("multi-CA") << QStringLiteral("multi.example.org")
                              << QStringList { QStringLiteral("letsencrypt.org"), QStringLiteral("sectigo.com"),
                                               QStringLiteral("rfc8659:pki.goog") };
}

void TestEvidenceBundle::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QStringList, cas);
    const Diagnosis d = diagnose(name, cas);
    const QByteArray bytes = writeEvidenceBundle(d);
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(json[QStringLiteral("format")].toString(), QStringLiteral("caa-doctor-evidence"));
    QCOMPARE(json[QStringLiteral("query")].toObject()[QStringLiteral("name")].toString(), d.request.name.text());
    const EvidenceBundle bundle = readEvidenceBundle(bytes, QStringLiteral("x.json"));
    QVERIFY2(bundle.ok, qPrintable(bundle.error));
    QVERIFY2(bundle.notes.isEmpty(), qPrintable(bundle.notes.join(u'\n')));
    QCOMPARE(bundle.diagnosis.reopenedFrom, QStringLiteral("x.json"));
    QCOMPARE(diagnosisToJson(bundle.diagnosis), diagnosisToJson(d));
    // And once more: a bundle of the reopened diagnosis is the same bundle.
    QCOMPARE(writeEvidenceBundle(bundle.diagnosis), bytes);
}

void TestEvidenceBundle::changedVerdictIsNoted()
{
    // Someone edits the verdict in the file: the rules applied again say otherwise, and the window says so.
    const QByteArray bytes = edited([](QJsonObject& root) {
        QJsonArray verdicts = root[QStringLiteral("verdicts")].toArray();
        QJsonObject v = verdicts[0].toObject();
        v[QStringLiteral("verdict")] = QStringLiteral("permit");
        v[QStringLiteral("reason")] = QStringLiteral("permitted");
        verdicts[0] = v;
        root[QStringLiteral("verdicts")] = verdicts;
    });
    const EvidenceBundle bundle = readEvidenceBundle(bytes);
    QVERIFY2(bundle.ok, qPrintable(bundle.error));
    QCOMPARE(bundle.diagnosis.verdicts.first().outcome, Outcome::Forbid);
    QCOMPARE(bundle.notes.size(), 1);
    QVERIFY2(bundle.notes.first().contains(QStringLiteral("the bundle says permit")), qPrintable(bundle.notes.first()));
}

void TestEvidenceBundle::recognisedByItsStart()
{
    QVERIFY(looksLikeEvidenceBundle(writeEvidenceBundle(diagnose(QStringLiteral("ok.example.org")))));
    QVERIFY(!looksLikeEvidenceBundle("{\"query\": {}}"));
    QVERIFY(!looksLikeEvidenceBundle("example.com\nexample.net\n"));
    QVERIFY(!looksLikeEvidenceBundle(QByteArray()));
}

void TestEvidenceBundle::hostileBundles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{{{") << QStringLiteral("Not JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("Not JSON");
    QTest::newRow("an array") << QByteArray("[1, 2]") << QStringLiteral("not an object");
    QTest::newRow("other JSON") << QByteArray("{\"a\": 1}") << QStringLiteral("Not an evidence bundle of CAA Doctor");
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << QStringLiteral("Not JSON");
    QTest::newRow("too big") << QByteArray(evidence::MaxBundleBytes + 1, ' ') << QStringLiteral("at most 32 MB");
    QTest::newRow("newer format") << edited([](QJsonObject& r) { r[QStringLiteral("format_version")] = 7; })
                                  << QStringLiteral("format 7, made by a newer CAA Doctor");
    QTest::newRow("format version text") << edited([](QJsonObject& r) {
        r[QStringLiteral("format_version")] = QStringLiteral("1");
    }) << QStringLiteral("bundle.format_version: not a whole number");
    QTest::newRow("bad name") << edited([](QJsonObject& r) {
        QJsonObject q = r[QStringLiteral("query")].toObject();
        q[QStringLiteral("name")] = QStringLiteral("exa mple..com");
        r[QStringLiteral("query")] = q;
    }) << QStringLiteral("query.name: “exa mple..com” is not a name");
    QTest::newRow("no query") << edited([](QJsonObject& r) { r.remove(QStringLiteral("query")); })
                              << QStringLiteral("query: not an object");
    QTest::newRow("climb of another name")
        << edited([](QJsonObject& r) { setNode(r, 1, QStringLiteral("name"), QStringLiteral("evil.example")); })
        << QStringLiteral("climb[1].name: “evil.example” where the climb has “example.org”");
    QTest::newRow("climb too short") << edited([](QJsonObject& r) {
        QJsonArray climb = r[QStringLiteral("climb")].toArray();
        climb.removeLast();
        r[QStringLiteral("climb")] = climb;
    }) << QStringLiteral("has 2 names; the climb of dot.example.org has 3");
    QTest::newRow("climb not a list") << edited([](QJsonObject& r) {
        r[QStringLiteral("climb")] = QStringLiteral("x");
    }) << QStringLiteral("bundle.climb: not a list");
    QTest::newRow("unknown status") << edited([](QJsonObject& r) {
        setNode(r, 0, QStringLiteral("status"), QStringLiteral("weird"));
    }) << QStringLiteral("climb[0].status: unknown status “weird”");
    QTest::newRow("records status without records")
        << edited([](QJsonObject& r) { setNode(r, 1, QStringLiteral("status"), QStringLiteral("records")); })
        << QStringLiteral("climb[1]: status records without records");
    QTest::newRow("flags out of range") << edited([](QJsonObject& r) {
        setRecord(r, QStringLiteral("flags"), 300);
    }) << QStringLiteral("climb[0].records[0].flags: not a whole number from 0 to 255");
    QTest::newRow("fractional TTL") << edited([](QJsonObject& r) { setRecord(r, QStringLiteral("ttl"), 1.5); })
                                    << QStringLiteral("climb[0].records[0].ttl: not a whole number");
    QTest::newRow("wide characters") << edited([](QJsonObject& r) {
        setRecord(r, QStringLiteral("tag"), QStringLiteral("issu✓"));
    }) << QStringLiteral("beyond one octet");
    QTest::newRow("empty tag") << edited([](QJsonObject& r) { setRecord(r, QStringLiteral("tag"), QString()); })
                               << QStringLiteral("climb[0].records[0].tag: empty");
    QTest::newRow("huge value") << edited([](QJsonObject& r) {
        setRecord(r, QStringLiteral("value"), QString(70000, u'a'));
    }) << QStringLiteral("not a text of at most 65535 characters");
    QTest::newRow("raw message not base64")
        << edited([](QJsonObject& r) { setNode(r, 0, QStringLiteral("raw_message"), QStringLiteral("!!!")); })
        << QStringLiteral("climb[0].raw_message: not base64");
    QTest::newRow("unknown dnssec state")
        << edited([](QJsonObject& r) { setNode(r, 0, QStringLiteral("dnssec"), QStringLiteral("maybe")); })
        << QStringLiteral("climb[0].dnssec: unknown state “maybe”");
    QTest::newRow("no CA") << edited([](QJsonObject& r) { r[QStringLiteral("verdicts")] = QJsonArray(); })
                           << QStringLiteral("verdicts: empty");
    QTest::newRow("CA not a text") << edited([](QJsonObject& r) {
        r[QStringLiteral("verdicts")] = QJsonArray { QJsonObject { { QStringLiteral("ca"), 5 } } };
    }) << QStringLiteral("verdicts[0].ca: not a text");
    QTest::newRow("bad time") << edited([](QJsonObject& r) {
        QJsonObject p = r[QStringLiteral("provenance")].toObject();
        p[QStringLiteral("started_utc")] = QStringLiteral("yesterday");
        r[QStringLiteral("provenance")] = p;
    }) << QStringLiteral("provenance.started_utc: not an ISO 8601 time");
    QTest::newRow("unknown source") << edited([](QJsonObject& r) { r[QStringLiteral("source")] = QStringLiteral("x"); })
                                    << QStringLiteral("source: neither zone nor live");
    QTest::newRow("huge TTL") << edited([](QJsonObject& r) { setRecord(r, QStringLiteral("ttl"), 1e300); })
                              << QStringLiteral("climb[0].records[0].ttl: not a whole number");
    QTest::newRow("huge negative flags") << edited([](QJsonObject& r) {
        setRecord(r, QStringLiteral("flags"), -1e300);
    }) << QStringLiteral("climb[0].records[0].flags: not a whole number");
    QTest::newRow("terminal escape in an alias") << edited([](QJsonObject& r) {
        setNode(r, 0, QStringLiteral("aliases"), QJsonArray { QStringLiteral("a\x1b]0;pwned\x07.example") });
    }) << QStringLiteral("climb[0].aliases: contains control characters");
    QTest::newRow("terminal escape in a verdict") << edited([](QJsonObject& r) {
        QJsonArray verdicts = r[QStringLiteral("verdicts")].toArray();
        QJsonObject v = verdicts[0].toObject();
        v[QStringLiteral("reason")] = QStringLiteral("\x1b[2J");
        verdicts[0] = v;
        r[QStringLiteral("verdicts")] = verdicts;
    }) << QStringLiteral("verdicts[0].reason: contains control characters");
    QTest::newRow("pending node") << edited([](QJsonObject& r) {
        setNode(r, 2, QStringLiteral("status"), QStringLiteral("pending"));
    }) << QStringLiteral("climb[2].status: pending");
    QTest::newRow("the same CA twice") << edited([](QJsonObject& r) {
        QJsonArray verdicts = r[QStringLiteral("verdicts")].toArray();
        verdicts.append(verdicts[0]);
        r[QStringLiteral("verdicts")] = verdicts;
    }) << QStringLiteral("verdicts[1].ca: “letsencrypt.org” is listed twice");
    QTest::newRow("records multiplied by resolvers") << edited([](QJsonObject& r) {
        // Every climb is evaluated for every CA: the bundle's records count together, whichever climb holds them.
        QJsonArray climb = r[QStringLiteral("climb")].toArray();
        QJsonObject node = climb[0].toObject();
        QJsonArray many;
        for (int i = 0; i < 2100; ++i)
            many.append(node[QStringLiteral("records")].toArray().first());
        node[QStringLiteral("records")] = many;
        climb[0] = node;
        r[QStringLiteral("climb")] = climb;
        r[QStringLiteral("other_resolvers")] = QJsonArray { QJsonObject {
            { QStringLiteral("server"), QStringLiteral("192.0.2.1:53") }, { QStringLiteral("climb"), climb } } };
    }) << QStringLiteral("more than 4096 records in the bundle");
    // Issue 13 item 13: a bundle whose source was edited no longer matches what made it.
    QTest::newRow("live source on zone files")
        << edited([](QJsonObject& r) { r[QStringLiteral("source")] = QStringLiteral("live"); })
        << QStringLiteral("source: “live” but the provenance names zone files");
    QTest::newRow("zone source from resolvers") << edited([](QJsonObject& r) {
        QJsonObject p = r[QStringLiteral("provenance")].toObject();
        p.remove(QStringLiteral("zone_files"));
        p[QStringLiteral("resolvers")] = QJsonArray { QStringLiteral("127.0.0.1:53") };
        r[QStringLiteral("provenance")] = p;
    }) << QStringLiteral("source: “zone” but the provenance names resolvers");
    QTest::newRow("nameservers asked for zone files") << edited([](QJsonObject& r) {
        r[QStringLiteral("nameservers")] = QJsonObject { { QStringLiteral("zones"), QJsonArray() },
                                                         { QStringLiteral("servers"), QJsonArray() },
                                                         { QStringLiteral("probes"), QJsonArray() } };
    }) << QStringLiteral("nameservers: a check of zone files asks no nameservers");
    QTest::newRow("bad nameserver matrix") << edited([](QJsonObject& r) {
        asLive(r);
        r[QStringLiteral("nameservers")] = QJsonObject { { QStringLiteral("zones"), QJsonArray() },
                                                         { QStringLiteral("servers"), QJsonArray() },
                                                         { QStringLiteral("probes"), QJsonArray { 1 } } };
    }) << QStringLiteral("nameservers.probes[0]: not an object");
}

void TestEvidenceBundle::hostileBundles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const EvidenceBundle bundle = readEvidenceBundle(bytes);
    QVERIFY(!bundle.ok);
    QVERIFY2(bundle.error.contains(error), qPrintable(bundle.error));
}

void TestEvidenceBundle::undecodableMessageIsNoted()
{
    // A message that is valid base64 but not DNS: the bundle's words are used, and the reader says so.
    const QByteArray bytes = edited([](QJsonObject& r) {
        setNode(r, 1, QStringLiteral("raw_message"), QString::fromLatin1(QByteArray("\x01\x02\x03").toBase64()));
    });
    const EvidenceBundle bundle = readEvidenceBundle(bytes);
    QVERIFY2(bundle.ok, qPrintable(bundle.error));
    QCOMPARE(bundle.notes.size(), 1);
    QVERIFY2(bundle.notes.first().contains(QStringLiteral("is not a DNS message")), qPrintable(bundle.notes.first()));
}

// Issue 13 item 13: a live bundle whose nameserver answers were deleted was replayed as if the check had had none to
// ask; it is read, and says that the verdict now rests on the resolver alone. One that says why it has none is quiet.
void TestEvidenceBundle::missingNameserversAreNoted()
{
    EvidenceBundle bundle = readEvidenceBundle(edited(asLive));
    QVERIFY2(bundle.ok, qPrintable(bundle.error));
    QVERIFY2(bundle.notes.join(u' ').contains(QStringLiteral("holds no nameserver answers and does not say why")),
             qPrintable(bundle.notes.join(u'|')));
    bundle = readEvidenceBundle(edited([](QJsonObject& r) {
        asLive(r);
        r[QStringLiteral("nameservers_skipped")] = QStringLiteral("nameservers-not-asked");
    }));
    QVERIFY2(bundle.ok, qPrintable(bundle.error));
    QVERIFY2(!bundle.notes.join(u' ').contains(QStringLiteral("nameserver answers")),
             qPrintable(bundle.notes.join(u'|')));
    // A zone bundle never had any to ask.
    bundle = readEvidenceBundle(QJsonDocument(baseBundle()).toJson());
    QVERIFY(bundle.ok);
    QVERIFY(bundle.notes.isEmpty());
}

QTEST_GUILESS_MAIN(TestEvidenceBundle)
#include "tst_evidencebundle.moc"
