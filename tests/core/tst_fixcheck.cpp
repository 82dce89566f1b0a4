// Check A of issue 12: every fix is verified before it is shown. Over a generated corpus of thousands of record sets
// and requests (recordsetgenerator.h): each offered fix, applied to a copy of the climb and evaluated again with the
// same request, lets the CA issue and weakens nothing the person did not ask to lift; the first fix repairs every
// cause at once; a refusal without a fix says why. The core's own verifyFix is one judge; the test holds a second,
// simpler one of its own, so that a mistake shared by the planner and the verifier still shows.

#include "caa/caprofile.h"
#include "caa/evaluator.h"
#include "recordsetgenerator.h"

#include <QTest>

using namespace caa;

namespace {

// The test's own reading of a record: does it name this CA (leniently), and which parameters does it carry.
bool namesCa(const CaaRecord& r, const CaProfile& profile)
{
    const QByteArray v = r.value.toLower().split(';').value(0); // the issuer part
    QList<QByteArray> words;
    for (const QString& id : profile.identifiers)
        words << id.toLatin1().left(4);
    if (profile.identifiers.contains(QStringLiteral("sectigo.com")))
        words << "zerossl"; // the brand whose identifier is sectigo.com
    for (const QByteArray& w : std::as_const(words)) {
        if (v.contains(w))
            return true;
    }
    return false;
}

bool hasParameter(const CaaRecord& r, const char* tag)
{
    return r.value.toLower().contains(QByteArray(tag) + '=');
}

QList<CaaResourceRecord> relevantSet(const Climb& climb, const Request& request, const CaProfile& profile)
{
    int node = -1;
    decide(climb, request, profile, &node);
    return node >= 0 ? climb.nodes[node].records : QList<CaaResourceRecord>();
}

QString describe(const QList<CaaResourceRecord>& set)
{
    QStringList parts;
    for (const CaaResourceRecord& rr : set)
        parts.append(rr.owner + u' ' + rr.rdata.toPresentation());
    return parts.join(QStringLiteral(" | "));
}

// The second judge: what a person reviewing the fix would check first.
QString oracle(const Climb& before, const Climb& after, const Request& request, const CaProfile& profile)
{
    if (decide(after, request, profile) != Outcome::Permit)
        return QStringLiteral("the CA still does not issue");
    const QList<CaaResourceRecord> was = relevantSet(before, request, profile);
    const QList<CaaResourceRecord> now = relevantSet(after, request, profile);
    auto present = [&](const CaaRecord& r) {
        for (const CaaResourceRecord& rr : now) {
            if (rr.rdata.value == r.value && rr.rdata.canonicalTag() == r.canonicalTag())
                return true;
            // a critical unknown tag may lose its flag or be spelt as meant
            if (rr.rdata.value == r.value && (r.flags & 0x80) && !profile.knowsTag(r.canonicalTag()))
                return true;
        }
        return false;
    };
    bool restrictedAccounts = false, restrictedMethods = false, openAccounts = false, openMethods = false;
    // The property list the request reads (RFC 8659 §4.3), before and after.
    auto readsList = [&](const QList<CaaResourceRecord>& set, const CaaRecord& r) {
        bool wild = false;
        for (const CaaResourceRecord& x : set)
            wild = wild || x.rdata.tagIs("issuewild");
        return r.tagIs(request.name.isWildcard() && wild ? "issuewild" : "issue");
    };
    for (const CaaResourceRecord& rr : was) {
        const CaaRecord& r = rr.rdata;
        const bool property = r.tagIs("issue") || r.tagIs("issuewild");
        if (!property || !namesCa(r, profile)) {
            if (r.value.trimmed() == ";" && property && !(r.tagIs("issuewild") && !request.name.isWildcard()))
                continue; // a deny-all of the list the request reads may give way to this CA
            if (!present(r))
                return QStringLiteral("%1 is gone").arg(r.toPresentation());
            continue;
        }
        if (r.tagIs("issuewild") && !request.name.isWildcard() && !present(r))
            return QStringLiteral("issuewild record %1 is gone").arg(r.toPresentation());
        if (!readsList(was, r))
            continue;
        (hasParameter(r, "accounturi") ? restrictedAccounts : openAccounts) = true;
        (hasParameter(r, "validationmethods") ? restrictedMethods : openMethods) = true;
    }
    for (const CaaResourceRecord& rr : now) {
        const CaaRecord& r = rr.rdata;
        if (!(r.tagIs("issue") || r.tagIs("issuewild")) || !namesCa(r, profile) || !readsList(now, r))
            continue;
        if (restrictedAccounts && !openAccounts && !hasParameter(r, "accounturi"))
            return QStringLiteral("%1 lets any account order where only some could").arg(r.toPresentation());
        if (restrictedMethods && !openMethods && !hasParameter(r, "validationmethods"))
            return QStringLiteral("%1 allows any method where only some were").arg(r.toPresentation());
    }
    return {};
}

} // namespace

class TestFixCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatedCorpus();
    void verifyFixRejectsWeakening_data();
    void verifyFixRejectsWeakening();
};

void TestFixCheck::generatedCorpus()
{
    tst::RecordSetGenerator generator(20261207);
    int refused = 0, fixes = 0, noFix = 0, conditional = 0;
    QStringList problems;
    QMap<QString, int> whyNone;
    constexpr int kCases = 6000;
    for (int i = 0; i < kCases; ++i) {
        const tst::GeneratedCase c = generator.next();
        const CaProfile profile = CaDirectory::builtin().profile(c.profile);
        const Verdict v = evaluate(c.climb, c.request, profile);
        if (decide(c.climb, c.request, profile) != v.outcome)
            problems.append(QStringLiteral("decide differs from evaluate: ") + c.label);
        if (v.isConditional())
            ++conditional;
        if (v.outcome != Outcome::Forbid) {
            if (!v.fixes.isEmpty())
                problems.append(QStringLiteral("fixes for a verdict that is no refusal: ") + c.label);
            continue;
        }
        ++refused;
        if (v.fixes.isEmpty()) {
            ++noFix;
            bool said = false;
            for (const Finding& f : v.findings) {
                if (f.code == QLatin1String(code::NoAutomaticFix)) {
                    said = true;
                    ++whyNone[f.args.value(QStringLiteral("why")).toString().section(u'(', 0, 0)];
                }
            }
            if (!said)
                problems.append(QStringLiteral("no fix and no word why: ") + c.label);
            if (qEnvironmentVariableIsSet("CAA_SHOW_UNFIXED"))
                for (const Finding& f : v.findings)
                    if (f.code == QLatin1String(code::NoAutomaticFix))
                        qInfo("unfixed: %s\n   why: %s", qPrintable(c.label),
                              qPrintable(f.args.value(QStringLiteral("why")).toString()));
            continue;
        }
        for (int k = 0; k < v.fixes.size(); ++k) {
            const Fix& fix = v.fixes[k];
            ++fixes;
            const FixCheck check = verifyFix(c.climb, c.request, profile, fix);
            if (!check.ok())
                problems.append(QStringLiteral("fix %1 fails check A (%2): %3").arg(k).arg(check.problem, c.label));
            const Climb after = applyFix(c.climb, fix);
            const QString second = oracle(c.climb, after, c.request, profile);
            if (!second.isEmpty())
                problems.append(QStringLiteral("fix %1 (%2): %3 -- %4 -> %5")
                                    .arg(k)
                                    .arg(second, c.label, describe(relevantSet(c.climb, c.request, profile)),
                                         describe(relevantSet(after, c.request, profile))));
        }
    }
    qInfo("%d cases: %d refusals, %d fixes verified, %d refusals without an automatic fix, %d conditional permits",
          kCases, refused, fixes, noFix, conditional);
    for (auto it = whyNone.constBegin(); it != whyNone.constEnd(); ++it)
        qInfo("  no automatic fix (%d): %s", it.value(), qPrintable(it.key()));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, the first: %2")
                            .arg(problems.size())
                            .arg(problems.mid(0, 5).join(QStringLiteral("\n")))));
    QVERIFY(refused > kCases / 4); // the corpus is about refusals
    QVERIFY(fixes >= refused - noFix);
}

// verifyFix itself: fixes that weaken a restriction, or leave the CA refusing, are refused.
void TestFixCheck::verifyFixRejectsWeakening_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("ok");
    QTest::addRow("drops a validationmethods restriction (issue 12 item 12)")
        << QByteArray("0 issue \"letsencrypt.org; validationmethods=http-01 dns-01\"")
        << QByteArray("0 issue \"letsencrypt.org\"") << QString() << QStringLiteral("http-01") << false;
    QTest::addRow("keeps it, written as the CA reads it")
        << QByteArray("0 issue \"letsencrypt.org; validationmethods=http-01 dns-01\"")
        << QByteArray("0 issue \"letsencrypt.org; validationmethods=http-01,dns-01\"") << QString()
        << QStringLiteral("http-01") << true;
    QTest::addRow("opens every account") << QByteArray(
        "0 issue \"letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1\"")
                                         << QByteArray("0 issue \"letsencrypt.org\"")
                                         << QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/2")
                                         << QString() << false;
    QTest::addRow("fixes the method only: still refuses for the wrong account")
        << QByteArray("0 issue \"letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1; "
                      "validationmethods=dns-01\"")
        << QByteArray("0 issue \"letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1; "
                      "validationmethods=dns-01,http-01\"")
        << QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/2") << QStringLiteral("http-01") << false;
    QTest::addRow("a method nobody asked for")
        << QByteArray("0 issue \"letsencrypt.org; validationmethods=dns-01\"")
        << QByteArray("0 issue \"letsencrypt.org; validationmethods=dns-01,http-01,tls-alpn-01\"") << QString()
        << QStringLiteral("http-01") << false;
}

void TestFixCheck::verifyFixRejectsWeakening()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, account);
    QFETCH(QString, method);
    QFETCH(bool, ok);
    Request request { DomainName::parse(QStringLiteral("example.com")), account, method };
    Climb climb = Climb::forName(request.name);
    for (LookupResult& n : climb.nodes)
        n.status = LookupStatus::NoData;
    CaaResourceRecord rr;
    rr.owner = QStringLiteral("example.com");
    rr.ttl = 300;
    QVERIFY(parseCaaPresentation(before, &rr.rdata));
    climb.nodes[0].records = { rr };
    climb.nodes[0].status = LookupStatus::Records;
    RecordEdit e;
    e.kind = RecordEdit::ReplaceRecord;
    e.owner = rr.owner;
    e.before = rr.rdata;
    QVERIFY(parseCaaPresentation(after, &e.after));
    Fix fix;
    fix.code = QString::fromLatin1(code::ParamMalformed);
    fix.edits = { e };
    const FixCheck check = verifyFix(climb, request, letsEncryptProfile(), fix);
    QVERIFY2(check.ok() == ok, qPrintable(check.problem));
}

QTEST_GUILESS_MAIN(TestFixCheck)
#include "tst_fixcheck.moc"
