#include "caa/lint.h"
#include "caa/zoneworkspace.h"
#include "messagecatalogue.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace caa;

class TestLint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mistakenZones_data();
    void mistakenZones();
    void findings_data();
    void findings();
    void denyAllQuotesItsOwnValue();
    void cleanZoneHasNoFindings();
    void severities_data();
    void severities();
    void findingsAreInLineOrder();
};

void TestLint::findings_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fixed"); // the quick fix's RDATA, empty when none
    QTest::addRow("trailing dot") << QByteArray("0 issue \"letsencrypt.org.\"") << "issuer-trailing-dot"
                                  << "0 issue \"letsencrypt.org\"";
    QTest::addRow("trailing dot with parameters")
        << QByteArray("0 issue \"digicert.com.; cansignhttpexchanges=yes\"") << "issuer-trailing-dot"
        << "0 issue \"digicert.com; cansignhttpexchanges=yes\"";
    QTest::addRow("nested quotes") << QByteArray("0 issue \"\\\"letsencrypt.org\\\"\"") << "issuer-quoted"
                                   << "0 issue \"letsencrypt.org\"";
    QTest::addRow("single quotes") << QByteArray("0 issue \"'letsencrypt.org'\"") << "issuer-quoted"
                                   << "0 issue \"letsencrypt.org\"";
    QTest::addRow("upper case issuer") << QByteArray("0 issue \"Digicert.com\"") << "issuer-case"
                                       << "0 issue \"digicert.com\"";
    QTest::addRow("known misspelling") << QByteArray("0 issue \"letsencrypt.com\"") << "issuer-unknown-ca"
                                       << "0 issue \"letsencrypt.org\"";
    QTest::addRow("typo") << QByteArray("0 issue \"letsencrpyt.org\"") << "issuer-unknown-ca"
                          << "0 issue \"letsencrypt.org\"";
    QTest::addRow("not a CA, nothing near")
        << QByteArray("0 issue \"example-internal-pki.test\"") << "issuer-unknown-ca"
        << "";
    QTest::addRow("pasted record") << QByteArray("0 issue \"0 issue \\\"letsencrypt.org\\\"\"")
                                   << "issuer-pasted-record"
                                   << "0 issue \"letsencrypt.org\"";
    QTest::addRow("upper-case tag") << QByteArray("0 ISSUE \"letsencrypt.org\"") << "tag-case"
                                    << "0 issue \"letsencrypt.org\"";
    QTest::addRow("critical misspelt tag") << QByteArray("128 isue \"letsencrypt.org\"") << "critical-unknown-tag"
                                           << "128 issue \"letsencrypt.org\"";
    QTest::addRow("critical unknown tag") << QByteArray("128 tbs \"Unknown\"") << "critical-unknown-tag"
                                          << "0 tbs \"Unknown\"";
    QTest::addRow("flag 1") << QByteArray("1 contactemail \"a@example.com\"") << "reserved-flags"
                            << "0 contactemail \"a@example.com\"";
    QTest::addRow("unknown non-critical tag") << QByteArray("0 ideof \"mailto:a@example.com\"") << "unknown-tag"
                                              << "0 iodef \"mailto:a@example.com\"";
    QTest::addRow("trailing semicolon") << QByteArray("0 issue \"letsencrypt.org; validationmethods=dns-01;\"")
                                        << "param-malformed"
                                        << "";
    QTest::addRow("hyphen tag, LE only") << QByteArray("0 issue \"letsencrypt.org; cert-type=dv\"") << "param-malformed"
                                         << "";
    QTest::addRow("parameter case") << QByteArray("0 issue \"letsencrypt.org; AccountURI=https://x/1\"") << "param-case"
                                    << "";
    QTest::addRow("iodef scheme") << QByteArray("0 iodef \"security@example.com\"") << "iodef-malformed"
                                  << "";
}

// The trial of issue 14: `issue ""` was described as `(";")`, a value the record does not have.
void TestLint::denyAllQuotesItsOwnValue()
{
    for (const QByteArray& value : { QByteArray(";"), QByteArray(""), QByteArray(" ; ") }) {
        ZoneLoadOptions options;
        options.origin = QStringLiteral("example.com");
        const ZoneFile zone
            = ZoneFile::parse("@ 60 SOA a b 1 2 3 4 5\n@ 60 NS ns\n@ 60 CAA 0 issue \"" + value + "\"\n",
                              QStringLiteral("t.zone"), options);
        QStringList messages;
        for (const LintFinding& f : lintZone(zone, 0, CaDirectory::builtin())) {
            if (f.code == QLatin1String(code::IssueDenyAll))
                messages.append(MessageCatalogue::lintFinding(f));
        }
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QStringLiteral("(\"%1\")").arg(QString::fromLatin1(value))),
                 qPrintable(messages.first()));
    }
}

void TestLint::findings()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, code);
    QFETCH(QString, fixed);
    ZoneLoadOptions options;
    options.origin = QStringLiteral("example.com");
    const ZoneFile zone = ZoneFile::parse("@ 60 SOA a b 1 2 3 4 5\n@ 60 NS ns\n@ 60 CAA 0 issue \"pki.goog\"\n@ 60 CAA "
                                              + record + '\n',
                                          QStringLiteral("t.zone"), options);
    QVERIFY(zone.errors().isEmpty());
    const QList<LintFinding> findings = lintZone(zone, 0, CaDirectory::builtin());
    const LintFinding* match = nullptr;
    QStringList codes;
    for (const LintFinding& f : findings) {
        codes.append(f.code);
        if (f.code == code)
            match = &f;
    }
    QVERIFY2(match, qPrintable(codes.join(u' ')));
    QCOMPARE(match->line, 4);
    QCOMPARE(match->owner, QStringLiteral("example.com"));
    if (fixed.isEmpty()) {
        QVERIFY(match->fix.edits.isEmpty());
    } else {
        QCOMPARE(match->fix.edits.size(), 1);
        QCOMPARE(match->fix.edits.first().after.toPresentation(), fixed);
        QCOMPARE(match->fix.edits.first().location.line, 4);
    }
}

// Issue 12 item 10: what Let's Encrypt refuses is an error, not a warning; quick fixes say what they change.
void TestLint::severities_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::addRow("LetsEncrypt.org") << QByteArray("0 issue \"LetsEncrypt.org\"") << "issuer-case"
                                     << "error";
    QTest::addRow("Digicert.com (compared without case)") << QByteArray("0 issue \"Digicert.com\"") << "issuer-case"
                                                          << "warning";
    QTest::addRow("letsencript.org") << QByteArray("0 issue \"letsencript.org\"") << "issuer-unknown-ca"
                                     << "error";
    QTest::addRow("a private CA") << QByteArray("0 issue \"example-internal-pki.test\"") << "issuer-unknown-ca"
                                  << "warning";
    QTest::addRow("HTTP-01") << QByteArray("0 issue \"letsencrypt.org; validationmethods=HTTP-01\"")
                             << "validationmethods-case"
                             << "error";
    QTest::addRow("a URL") << QByteArray("0 issue \"https://letsencrypt.org/\"") << "issuer-url"
                           << "error";
}

void TestLint::severities()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    ZoneLoadOptions options;
    options.origin = QStringLiteral("example.com");
    const ZoneFile zone = ZoneFile::parse("@ 60 SOA a b 1 2 3 4 5\n@ 60 NS ns\n@ 60 CAA " + record + '\n',
                                          QStringLiteral("t.zone"), options);
    bool found = false;
    for (const LintFinding& f : lintZone(zone, 0, CaDirectory::builtin())) {
        if (f.code != code)
            continue;
        found = true;
        QCOMPARE(QLatin1String(severityCode(f.severity)), severity);
        // The quick fix's label names what it changes: no placeholder left unfilled.
        if (!f.fix.edits.isEmpty())
            QVERIFY2(!MessageCatalogue::fixTitle(f.fix).contains(u'{'), qPrintable(MessageCatalogue::fixTitle(f.fix)));
    }
    QVERIFY(found);
}

void TestLint::cleanZoneHasNoFindings()
{
    ZoneLoadOptions options;
    options.origin = QStringLiteral("example.com");
    const ZoneFile zone = ZoneFile::parse(
        "@ 60 SOA a b 1 2 3 4 5\n@ 60 NS ns\n@ 60 CAA 0 issue \"letsencrypt.org\"\n"
        "@ 60 CAA 0 issue \"pki.goog; cansignhttpexchanges=yes\"\n@ 60 CAA 0 issuewild \";\"\n"
        "@ 60 CAA 0 iodef \"mailto:security@example.com\"\n"
        "@ 60 CAA 128 issue \"letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1; "
        "validationmethods=dns-01,http-01\"\n",
        QStringLiteral("t.zone"), options);
    QVERIFY(zone.errors().isEmpty());
    const QList<LintFinding> findings = lintZone(zone, 0, CaDirectory::builtin());
    QStringList codes;
    for (const LintFinding& f : findings)
        codes.append(f.code);
    QVERIFY2(findings.isEmpty(), qPrintable(codes.join(u' ')));
}

void TestLint::findingsAreInLineOrder()
{
    ZoneLoadOptions options;
    options.origin = QStringLiteral("example.com");
    const ZoneFile zone = ZoneFile::parse("@ 60 CAA 0 issue \"letsencrypt.org.\"\nx 60 A 300.1.1.1\n",
                                          QStringLiteral("t.zone"), options);
    const QList<LintFinding> findings = lintZone(zone, 0, CaDirectory::builtin());
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings[0].code, QStringLiteral("issuer-trailing-dot")); // sorted by line
    QCOMPARE(findings[1].code, QStringLiteral("zone-syntax"));
    QCOMPARE(findings[1].line, 2);
}

void TestLint::mistakenZones_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(CAA_TEST_DATA "/lint"));
    for (const QString& file : dir.entryList({ QStringLiteral("*.zone") }, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    QVERIFY(dir.entryList({ QStringLiteral("*.zone") }).size() >= 6);
}

// Each mistaken zone says what lint must find (`; expect: LINE CODE [fix]`); every quick fix, applied through the
// workspace, must make its finding go away without adding another.
void TestLint::mistakenZones()
{
    QFETCH(QString, path);
    const auto zone = std::make_shared<const ZoneFile>(ZoneFile::load(path));
    QVERIFY(!zone->openFailed());
    QStringList expected;
    static const QRegularExpression expect(QStringLiteral("^; expect: (\\d+) ([a-z-]+)( fix)?$"));
    for (const QByteArray& line : zone->files().first().content.split('\n')) {
        const auto m = expect.match(QString::fromUtf8(line));
        if (m.hasMatch())
            expected.append(m.captured(1) + u' ' + m.captured(2) + m.captured(3));
    }
    QVERIFY(!expected.isEmpty());
    const QList<LintFinding> findings = lintZone(*zone, 0, CaDirectory::builtin());
    QStringList got;
    for (const LintFinding& f : findings)
        got.append(QStringLiteral("%1 %2%3").arg(f.line).arg(
            f.code, f.fix.edits.isEmpty() ? QString() : QStringLiteral(" fix")));
    QCOMPARE(got, expected);
    for (const LintFinding& f : findings) {
        if (f.fix.edits.isEmpty())
            continue;
        ZoneWorkspace ws;
        ws.add(zone);
        QList<ZoneSplice> splices;
        QString error;
        QVERIFY2(ws.makeSplices(f.fix.edits, &splices, &error), qPrintable(error));
        ws.apply(splices, false);
        const ZoneFile fixed = ZoneWorkspace::parseWorking(*zone, { ws.content(0, 0) }, {});
        // A fix that moves a record (adds and removes lines) shifts the lines between: compare the codes then.
        bool moves = false;
        for (const RecordEdit& e : f.fix.edits)
            moves = moves || e.kind != RecordEdit::ReplaceRecord;
        auto key = [moves](const LintFinding& g) {
            return moves ? g.code : QStringLiteral("%1 %2").arg(g.line).arg(g.code);
        };
        QStringList after;
        for (const LintFinding& g : lintZone(fixed, 0, CaDirectory::builtin()))
            after.append(key(g));
        QStringList before;
        for (const LintFinding& g : findings) {
            if (&g != &f)
                before.append(key(g));
        }
        if (moves) {
            after.sort();
            before.sort();
        }
        QCOMPARE(after, before);
    }
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
