// The evaluator against the reference semantics in shared/research/caa-semantics.md: Boulder's va/caa_test.go table
// (§6.9), the RFC 8659 examples (§2.4, §2.6), Boulder's value parsing and matching (§6.5), the SSLMate CAA test suite
// (§7), the cross-implementation matrix (§9), lookup failures (§6.2) and Boulder's exact error texts (§6.6, §6.7).
//
// Every row builds a Climb by hand: names not listed in a row answer NOERROR with no records, as Boulder's fake
// resolver does. Records are given in presentation form and parsed with caa::parseCaaPresentation.

#include "caa/caarecord.h"
#include "caa/caprofile.h"
#include "caa/climb.h"
#include "caa/domainname.h"
#include "caa/evaluator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace tst {

// One answered (or pending) name on the climb.
struct NodeSpec
{
    QString name;
    caa::LookupStatus status = caa::LookupStatus::NoData;
    QList<QByteArray> records; // presentation RDATA: `0 issue "letsencrypt.org"`
    QStringList aliases; // CNAME chain; the records' owner is the last alias
    QList<caa::ExtendedError> ede;
    caa::DnssecState dnssec = caa::DnssecState::Unknown;
    bool aliasLoop = false;
};
using NodeSpecs = QList<NodeSpec>;

} // namespace tst

Q_DECLARE_METATYPE(tst::NodeSpecs)
Q_DECLARE_METATYPE(caa::Outcome)

namespace {

using caa::LookupStatus;
using caa::Outcome;
using tst::NodeSpec;
using tst::NodeSpecs;
namespace code = caa::code;

// Boulder's TestCAAChecking parameters: prefix https://letsencrypt.org/acct/reg/, account 123, method http-01.
const QString kAccount = u"https://letsencrypt.org/acct/reg/123"_s;
const QString kOtherAccount = u"https://letsencrypt.org/acct/reg/321"_s;
const QString kHttp01 = u"http-01"_s;

// Prefix for row names, so that the consistency test can hold every table's rows at once.
QByteArray g_prefix;

caa::CaProfile profileFor(const QString& key)
{
    if (key == QLatin1String("le")) {
        // Boulder's tests configure the account prefix https://letsencrypt.org/acct/reg/ (va/caa_test.go), and the
        // rows taken from them use it: an environment of its own beside production and staging.
        caa::CaProfile le = caa::letsEncryptProfile();
        le.accountUriPrefixes.append({ u"https://letsencrypt.org/acct/reg/"_s });
        return le;
    }
    if (key == QLatin1String("rfc"))
        return caa::rfc8659Profile();
    if (key.startsWith(QLatin1String("rfc:")))
        return caa::rfc8659Profile(key.mid(4));
    return caa::CaDirectory::builtin().profile(key);
}

// Fills a climb for `name`: every node NOERROR/empty unless a spec says otherwise. Returns an error text or {}.
QString buildClimb(const caa::DomainName& name, const NodeSpecs& specs, caa::Climb* out)
{
    caa::Climb climb = caa::Climb::forName(name);
    for (caa::LookupResult& node : climb.nodes)
        node.status = LookupStatus::NoData;
    for (const NodeSpec& spec : specs) {
        const qsizetype index = climb.indexOf(spec.name);
        if (index < 0)
            return u"%1 is not on the climb of %2"_s.arg(spec.name, name.text());
        caa::LookupResult& node = climb.nodes[index];
        node.status = spec.status;
        node.aliases = spec.aliases;
        node.ede = spec.ede;
        node.dnssec = spec.dnssec;
        node.aliasLoop = spec.aliasLoop;
        for (const QByteArray& text : spec.records) {
            caa::CaaResourceRecord rr;
            rr.owner = spec.aliases.isEmpty() ? spec.name : spec.aliases.last();
            rr.ttl = 300;
            caa::CaaParseError error;
            if (!caa::parseCaaPresentation(text, &rr.rdata, &error))
                return u"bad test record '%1': %2"_s.arg(QString::fromLatin1(text), caa::describe(error));
            node.records.append(rr);
        }
        if (!spec.records.isEmpty() && node.status == LookupStatus::NoData)
            node.status = LookupStatus::Records;
    }
    *out = climb;
    return {};
}

// Applies one fix's edits to a climb, as an operator editing the zone would. Returns false if an edit does not apply.
bool applyEdits(caa::Climb* climb, const QList<caa::RecordEdit>& edits, QString* why)
{
    for (const caa::RecordEdit& e : edits) {
        bool done = false;
        for (caa::LookupResult& node : climb->nodes) {
            const QString owner = node.aliases.isEmpty() ? node.name : node.aliases.last();
            if (e.kind == caa::RecordEdit::AddRecord) {
                if (owner != e.owner)
                    continue;
                caa::CaaResourceRecord rr;
                rr.owner = e.owner;
                rr.ttl = e.ttl;
                rr.rdata = e.after;
                node.records.append(rr);
                node.status = LookupStatus::Records;
                done = true;
                break;
            }
            for (qsizetype r = 0; r < node.records.size(); ++r) {
                if (node.records[r].owner != e.owner || !(node.records[r].rdata == e.before))
                    continue;
                if (e.kind == caa::RecordEdit::ReplaceRecord) {
                    node.records[r].rdata = e.after;
                } else {
                    node.records.removeAt(r);
                    if (node.records.isEmpty())
                        node.status = LookupStatus::NoData;
                }
                done = true;
                break;
            }
            if (done)
                break;
        }
        if (!done) {
            *why = u"edit for owner %1 (%2) matches no record on the climb"_s.arg(e.owner, e.before.toPresentation());
            return false;
        }
    }
    return true;
}

QString summary(const caa::Verdict& v)
{
    QStringList findings;
    for (const caa::Finding& f : v.findings)
        findings.append(u"%1/%2"_s.arg(f.code, QLatin1String(caa::severityCode(f.severity))));
    QStringList fixes;
    for (const caa::Fix& fix : v.fixes)
        fixes.append(fix.code + u": "_s + fix.zoneLines().join(u" + "_s));
    return u"outcome=%1 relevant='%2' reason=%3 findings=[%4] fixes=[%5] caText='%6'"_s.arg(
        QLatin1String(caa::outcomeCode(v.outcome)), v.relevantName, v.reason, findings.join(u", "_s),
        fixes.join(u"; "_s), v.caErrorText);
}

bool hasFinding(const caa::Verdict& v, const QString& code)
{
    for (const caa::Finding& f : v.findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

// One row of an evaluator table, built fluently.
class R
{
public:
    explicit R(const QString& request)
        : m_request(request)
    {
    }

    R& rec(const QString& name, const QList<QByteArray>& records, const QStringList& aliases = {})
    {
        NodeSpec n;
        n.name = name;
        n.status = records.isEmpty() ? LookupStatus::NoData : LookupStatus::Records;
        n.records = records;
        n.aliases = aliases;
        m_nodes.append(n);
        return *this;
    }
    R& st(const QString& name, LookupStatus status, const QStringList& aliases = {})
    {
        NodeSpec n;
        n.name = name;
        n.status = status;
        n.aliases = aliases;
        m_nodes.append(n);
        return *this;
    }
    R& ede(quint16 infoCode, const QString& text = {})
    {
        m_nodes.last().ede.append({ infoCode, text });
        return *this;
    }
    R& dnssec(caa::DnssecState state)
    {
        m_nodes.last().dnssec = state;
        return *this;
    }
    R& loop()
    {
        m_nodes.last().aliasLoop = true;
        return *this;
    }
    R& ca(const QString& key)
    {
        m_profile = key;
        return *this;
    }
    R& account(const QString& uri)
    {
        m_account = uri;
        return *this;
    }
    R& method(const QString& m)
    {
        m_method = m;
        return *this;
    }
    R& boulder() // TestCAAChecking's account and method
    {
        m_account = kAccount;
        m_method = kHttp01;
        return *this;
    }
    R& permit(const QString& relevant = {})
    {
        m_outcome = Outcome::Permit;
        m_relevant = relevant;
        return *this;
    }
    R& forbid(const QString& relevant)
    {
        m_outcome = Outcome::Forbid;
        m_relevant = relevant;
        return *this;
    }
    R& error()
    {
        m_outcome = Outcome::Error;
        m_relevant.clear();
        return *this;
    }
    R& pending()
    {
        m_outcome = Outcome::Pending;
        m_relevant.clear();
        return *this;
    }
    R& why(const char* reason)
    {
        m_reason = QString::fromLatin1(reason);
        return *this;
    }
    R& has(const char* findingCode)
    {
        m_findings.append(QString::fromLatin1(findingCode));
        return *this;
    }
    R& fix(const QString& zoneLine)
    {
        m_fix = zoneLine;
        return *this;
    }
    R& caText(const QString& text)
    {
        m_caText = text;
        m_checkCaText = true;
        return *this;
    }

    void add(const QByteArray& tag) const
    {
        QTest::addRow("%s%s", g_prefix.constData(), tag.constData())
            << m_request << m_nodes << m_profile << m_account << m_method << m_outcome << m_relevant << m_reason
            << m_findings << m_fix << m_checkCaText << m_caText;
    }
    void add(const char* tag) const { add(QByteArray(tag)); }
    void add(const QString& tag) const { add(tag.toUtf8()); }

private:
    QString m_request;
    NodeSpecs m_nodes;
    QString m_profile = u"le"_s;
    QString m_account;
    QString m_method;
    Outcome m_outcome = Outcome::Pending;
    QString m_relevant;
    QString m_reason;
    QStringList m_findings;
    QString m_fix;
    bool m_checkCaText = false;
    QString m_caText;
};

void addColumns()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<NodeSpecs>("nodes");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("method");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("relevant");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QString>("fix");
    QTest::addColumn<bool>("checkCaText");
    QTest::addColumn<QString>("caText");
}

QList<QByteArray> issue(const char* value)
{
    return { QByteArray("0 issue \"") + value + '"' };
}

// ---------------------------------------------------------------------------------------------------------------
// §6.9: va/caa_test.go TestCAAChecking, plus TestCAATimeout and TestCAAFailure (gonetld).
void addBoulderRows()
{
    const auto le = [](const QString& domain) {
        return R(domain).ca(u"le"_s).boulder();
    };
    const QString leLine = u" CAA 0 issue \"letsencrypt.org\""_s;

    le(u"reserved.com"_s)
        .rec(u"reserved.com"_s, { "0 issue \"ca.com\""_ba })
        .forbid(u"reserved.com"_s)
        .why(code::IssuerNotListed)
        .fix(u"reserved.com."_s + leLine)
        .add("Bad (Reserved)");
    le(u"mixedcase.com"_s)
        .rec(u"mixedcase.com"_s, { "0 iSsUe \"ca.com\""_ba })
        .forbid(u"mixedcase.com"_s)
        .why(code::IssuerNotListed)
        .add("Bad (Reserved, Mixed case Issue)");
    le(u"critical.com"_s)
        .rec(u"critical.com"_s, { "1 issue \"ca.com\""_ba })
        .forbid(u"critical.com"_s)
        .why(code::IssuerNotListed)
        .add("Bad (Critical)");
    le(u"nx.critical.com"_s)
        .rec(u"critical.com"_s, { "1 issue \"ca.com\""_ba })
        .forbid(u"critical.com"_s)
        .has(code::InheritedFromParent)
        .fix(u"nx.critical.com."_s + leLine)
        .add("Bad (NX Critical)");
    le(u"absent.com"_s).permit().why(code::NoCaa).add("Good (absent)");
    le(u"example.co.uk"_s).permit().why(code::NoCaa).add("Good (example.co.uk, absent)");
    le(u"present.com"_s)
        .rec(u"present.com"_s, issue("letsencrypt.org"))
        .permit(u"present.com"_s)
        .why(code::Permitted)
        .add("Good (present and valid)");
    le(u"child.present.com"_s)
        .rec(u"present.com"_s, issue("letsencrypt.org"))
        .permit(u"present.com"_s)
        .why(code::Permitted)
        .add("Good (present on parent)");
    le(u"present.servfail.com"_s)
        .rec(u"present.servfail.com"_s, issue("letsencrypt.org"))
        .st(u"servfail.com"_s, LookupStatus::ServFail)
        .permit(u"present.servfail.com"_s)
        .why(code::Permitted)
        .has(code::IgnoredParentError)
        .add("Good (present w/ servfail exception?)");
    le(u"multi-crit-present.com"_s)
        .rec(u"multi-crit-present.com"_s, { "1 issue \"ca.com\""_ba, "1 issue \"letsencrypt.org\""_ba })
        .permit(u"multi-crit-present.com"_s)
        .why(code::Permitted)
        .add("Good (multiple critical, one matching)");
    le(u"unknown-critical.com"_s)
        .rec(u"unknown-critical.com"_s, { "128 foo \"bar\""_ba })
        .forbid(u"unknown-critical.com"_s)
        .why(code::CriticalUnknownTag)
        .fix(u"unknown-critical.com. CAA 0 foo \"bar\""_s)
        .add("Bad (unknown critical)");
    le(u"unknown-critical2.com"_s)
        .rec(u"unknown-critical2.com"_s, { "1 foo \"bar\""_ba })
        .forbid(u"unknown-critical2.com"_s)
        .why(code::CriticalUnknownTag)
        .has(code::FlagOneCritical)
        .fix(u"unknown-critical2.com. CAA 0 foo \"bar\""_s)
        .add("Bad (unknown critical 2)");
    le(u"unknown-noncritical.com"_s)
        .rec(u"unknown-noncritical.com"_s, { "126 foo \"bar\""_ba })
        .permit(u"unknown-noncritical.com"_s)
        .why(code::Permitted)
        .add("Good (unknown non-critical, no issue)");
    le(u"*.unknown-noncritical.com"_s)
        .rec(u"unknown-noncritical.com"_s, { "126 foo \"bar\""_ba })
        .permit(u"unknown-noncritical.com"_s)
        .why(code::Permitted)
        .add("Good (unknown non-critical, no issuewild)");
    le(u"present-with-parameter.com"_s)
        .rec(u"present-with-parameter.com"_s, issue("  letsencrypt.org  ;foo=bar;baz=bar"))
        .permit(u"present-with-parameter.com"_s)
        .why(code::Permitted)
        .add("Good (issue rec with unknown params)");
    le(u"present-with-invalid-tag.com"_s)
        .rec(u"present-with-invalid-tag.com"_s, issue("letsencrypt.org; a_b=123"))
        .forbid(u"present-with-invalid-tag.com"_s)
        .why(code::ParamMalformed)
        .fix(u"present-with-invalid-tag.com."_s + leLine)
        .add("Bad (issue rec with invalid tag)");
    le(u"present-with-invalid-value.com"_s)
        .rec(u"present-with-invalid-value.com"_s, issue("letsencrypt.org; ab=1 2 3"))
        .forbid(u"present-with-invalid-value.com"_s)
        .why(code::ParamMalformed)
        .fix(u"present-with-invalid-value.com."_s + leLine)
        .add("Bad (issue rec with invalid value)");
    le(u"present-dns-only.com"_s)
        .rec(u"present-dns-only.com"_s, issue("letsencrypt.org; validationmethods=dns-01"))
        .forbid(u"present-dns-only.com"_s)
        .why(code::ValidationmethodsMismatch)
        .fix(u"present-dns-only.com. CAA 0 issue \"letsencrypt.org; validationmethods=dns-01,http-01\""_s)
        .add("Bad (restricts to dns-01, but tested with http-01)");
    le(u"present-http-only.com"_s)
        .rec(u"present-http-only.com"_s, issue("letsencrypt.org; validationmethods=http-01"))
        .permit(u"present-http-only.com"_s)
        .why(code::Permitted)
        .add("Good (restricts to http-01, tested with http-01)");
    le(u"present-http-or-dns.com"_s)
        .rec(u"present-http-or-dns.com"_s, issue("letsencrypt.org; validationmethods=http-01,dns-01"))
        .permit(u"present-http-or-dns.com"_s)
        .why(code::Permitted)
        .add("Good (restricts to http-01 or dns-01, tested with http-01)");
    le(u"present-correct-accounturi.com"_s)
        .rec(u"present-correct-accounturi.com"_s,
             issue("letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/123"))
        .permit(u"present-correct-accounturi.com"_s)
        .why(code::Permitted)
        .add("Good (restricts to accounturi, tested with correct account)");
    le(u"present-http-only-correct-accounturi.com"_s)
        .rec(u"present-http-only-correct-accounturi.com"_s,
             issue("letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/123; validationmethods=http-01"))
        .permit(u"present-http-only-correct-accounturi.com"_s)
        .why(code::Permitted)
        .add("Good (restricts to http-01 and accounturi, tested with correct account)");
    le(u"present-dns-only-correct-accounturi.com"_s)
        .rec(u"present-dns-only-correct-accounturi.com"_s,
             issue("letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/123; validationmethods=dns-01"))
        .forbid(u"present-dns-only-correct-accounturi.com"_s)
        .why(code::ValidationmethodsMismatch)
        .fix(u"present-dns-only-correct-accounturi.com. CAA 0 issue \"letsencrypt.org; "
             "accounturi=https://letsencrypt.org/acct/reg/123; validationmethods=dns-01,http-01\""_s)
        .add("Bad (restricts to dns-01 and accounturi, tested with http-01)");
    le(u"present-http-only-incorrect-accounturi.com"_s)
        .rec(u"present-http-only-incorrect-accounturi.com"_s,
             issue("letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/321; validationmethods=http-01"))
        .forbid(u"present-http-only-incorrect-accounturi.com"_s)
        .why(code::AccounturiMismatch)
        .fix(u"present-http-only-incorrect-accounturi.com. CAA 0 issue \"letsencrypt.org; "
             "accounturi=https://letsencrypt.org/acct/reg/123; validationmethods=http-01\""_s)
        .add("Bad (restricts to http-01 and accounturi, tested with incorrect account)");
    le(u"present-incorrect-accounturi.com"_s)
        .rec(u"present-incorrect-accounturi.com"_s,
             issue("letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/321"))
        .forbid(u"present-incorrect-accounturi.com"_s)
        .why(code::AccounturiMismatch)
        .fix(u"present-incorrect-accounturi.com. CAA 0 issue \"letsencrypt.org; "
             "accounturi=https://letsencrypt.org/acct/reg/123\""_s)
        .add("Bad (restricts to accounturi, tested with incorrect account)");
    le(u"present-multiple-accounturi.com"_s)
        .rec(u"present-multiple-accounturi.com"_s,
             { "0 issue \"letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/321\""_ba,
               "0 issue \"letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/123\""_ba })
        .permit(u"present-multiple-accounturi.com"_s)
        .why(code::Permitted)
        .add("Good (restricts to multiple accounturi, tested with a correct account)");
    le(u"unsatisfiable.com"_s)
        .rec(u"unsatisfiable.com"_s, issue(";"))
        .forbid(u"unsatisfiable.com"_s)
        .why(code::IssueDenyAll)
        .fix(u"unsatisfiable.com."_s + leLine)
        .add("Bad (unsatisfiable issue record)");
    le(u"*.unsatisfiable.com"_s)
        .rec(u"unsatisfiable.com"_s, issue(";"))
        .forbid(u"unsatisfiable.com"_s)
        .why(code::IssueDenyAll)
        .add("Bad (unsatisfiable issue, wildcard)");
    le(u"*.unsatisfiable-wildcard.com"_s)
        .rec(u"unsatisfiable-wildcard.com"_s, { "0 issuewild \";\""_ba })
        .forbid(u"unsatisfiable-wildcard.com"_s)
        .fix(u"unsatisfiable-wildcard.com. CAA 0 issuewild \"letsencrypt.org\""_s)
        .add("Bad (unsatisfiable wildcard)");
    le(u"*.unsatisfiable-wildcard-override.com"_s)
        .rec(u"unsatisfiable-wildcard-override.com"_s,
             { "0 issue \"letsencrypt.org\""_ba, "0 issuewild \"ca.com\""_ba })
        .forbid(u"unsatisfiable-wildcard-override.com"_s)
        .why(code::IssuewildOverrides)
        .fix(u"unsatisfiable-wildcard-override.com. CAA 0 issuewild \"letsencrypt.org\""_s)
        .add("Bad (unsatisfiable wildcard override)");
    le(u"*.satisfiable-wildcard.com"_s)
        .rec(u"satisfiable-wildcard.com"_s, { "0 issuewild \"letsencrypt.org\""_ba })
        .permit(u"satisfiable-wildcard.com"_s)
        .why(code::Permitted)
        .add("Good (satisfiable wildcard)");
    le(u"*.satisfiable-multi-wildcard.com"_s)
        .rec(u"satisfiable-multi-wildcard.com"_s, { "0 issuewild \"ca.com\""_ba, "0 issuewild \"letsencrypt.org\""_ba })
        .permit(u"satisfiable-multi-wildcard.com"_s)
        .why(code::Permitted)
        .add("Good (multiple issuewild, one satisfiable)");
    le(u"*.satisfiable-wildcard-override.com"_s)
        .rec(u"satisfiable-wildcard-override.com"_s, { "0 issue \"ca.com\""_ba, "0 issuewild \"letsencrypt.org\""_ba })
        .permit(u"satisfiable-wildcard-override.com"_s)
        .why(code::Permitted)
        .add("Good (satisfiable wildcard override)");
    // TestCAATimeout: the lookup for the name itself fails.
    le(u"caa-timeout.com"_s)
        .st(u"caa-timeout.com"_s, LookupStatus::Timeout)
        .error()
        .why(code::LookupTimeout)
        .add("TestCAATimeout (caa-timeout.com)");
    // TestCAAFailure: NXDOMAIN for a TLD is an error (boulder #7104).
    le(u"example.gonetld"_s)
        .st(u"gonetld"_s, LookupStatus::NxDomain)
        .error()
        .why(code::TldNxdomain)
        .add("TestCAAFailure (gonetld NXDOMAIN)");
    // The mock's other SERVFAIL name: a failure below the relevant set is fatal.
    le(u"servfail.present.com"_s)
        .st(u"servfail.present.com"_s, LookupStatus::ServFail)
        .rec(u"present.com"_s, issue("letsencrypt.org"))
        .error()
        .why(code::LookupServfail)
        .add("servfail.present.com (SERVFAIL below the relevant set)");
}

// ---------------------------------------------------------------------------------------------------------------
// §2.4 (RFC 8659 §4.3 issuewild examples) and §2.6 (§4.5 critical flag example).
void addRfcExampleRows()
{
    const QString ca1 = u"rfc:ca1.example.net"_s;
    const QString ca2 = u"rfc:ca2.example.org"_s;
    const QString le = u"le"_s;
    const QString rfcLe = u"rfc"_s;
    const QList<QByteArray> wild { "0 issue \"ca1.example.net\""_ba, "0 issuewild \"ca2.example.org\""_ba };
    const QList<QByteArray> wild2 { "0 issue \"ca1.example.net\""_ba };
    const QList<QByteArray> wild3 { "0 issuewild \"ca2.example.org\""_ba, "0 issue \";\""_ba };
    const QList<QByteArray> wild3only { "0 issuewild \"ca2.example.org\""_ba };
    const QString w = u"wild.example.com"_s;
    const QString w2 = u"wild2.example.com"_s;
    const QString w3 = u"wild3.example.com"_s;

    struct Case
    {
        const char* set;
        QList<QByteArray> records;
        QString owner;
        QString request;
        bool ca1Permit;
        bool ca2Permit;
        bool otherPermit; // a CA named nowhere (letsencrypt.org)
    };
    const QList<Case> cases {
        { "wild", wild, w, u"wild.example.com"_s, true, false, false },
        { "wild", wild, w, u"sub.wild.example.com"_s, true, false, false },
        { "wild", wild, w, u"*.wild.example.com"_s, false, true, false },
        { "wild", wild, w, u"*.sub.wild.example.com"_s, false, true, false },
        { "wild2", wild2, w2, u"wild2.example.com"_s, true, false, false },
        { "wild2", wild2, w2, u"*.wild2.example.com"_s, true, false, false },
        { "wild2", wild2, w2, u"*.sub.wild2.example.com"_s, true, false, false },
        { "wild3", wild3, w3, u"*.wild3.example.com"_s, false, true, false },
        { "wild3", wild3, w3, u"*.sub.wild3.example.com"_s, false, true, false },
        { "wild3", wild3, w3, u"wild3.example.com"_s, false, false, false },
        { "wild3", wild3, w3, u"sub.wild3.example.com"_s, false, false, false },
        { "wild3 issuewild only", wild3only, w3, u"wild3.example.com"_s, true, true, true },
        { "wild3 issuewild only", wild3only, w3, u"sub.wild3.example.com"_s, true, true, true },
        { "wild3 issuewild only", wild3only, w3, u"*.wild3.example.com"_s, false, true, false },
    };
    for (const Case& c : cases) {
        const struct
        {
            const char* label;
            QString profile;
            bool permit;
        } cas[] = { { "ca1", ca1, c.ca1Permit },
                    { "ca2", ca2, c.ca2Permit },
                    { "letsencrypt.org", le, c.otherPermit },
                    { "rfc8659 as letsencrypt.org", rfcLe, c.otherPermit } };
        for (const auto& ca : cas) {
            R row(c.request);
            row.rec(c.owner, c.records).ca(ca.profile);
            if (ca.permit)
                row.permit(c.owner).why(code::Permitted);
            else
                row.forbid(c.owner);
            // wild3 (issue ";") for a non-wildcard name: nobody may issue because of the deny-all issue property.
            if (!ca.permit && QByteArray(c.set) == "wild3" && !c.request.startsWith(u'*'))
                row.why(code::IssueDenyAll);
            row.add(u"%1: %2 for %3"_s.arg(QLatin1String(c.set), c.request, QLatin1String(ca.label)));
        }
    }

    // The same examples with letsencrypt.org in place of ca1 or ca2, for Let's Encrypt and the strict RFC profile.
    const QList<QByteArray> wildLeIssue { "0 issue \"letsencrypt.org\""_ba, "0 issuewild \"ca2.example.org\""_ba };
    const QList<QByteArray> wildLeWild { "0 issue \"ca1.example.net\""_ba, "0 issuewild \"letsencrypt.org\""_ba };
    const QList<QByteArray> wild3Le { "0 issuewild \"letsencrypt.org\""_ba, "0 issue \";\""_ba };
    for (const QString& p : { le, rfcLe }) {
        const QString tag = p == le ? u"letsencrypt.org"_s : u"rfc8659"_s;
        R(w).rec(w, wildLeIssue).ca(p).permit(w).why(code::Permitted).add(u"wild(issue=LE): wild for "_s + tag);
        R(u"sub.wild.example.com"_s).rec(w, wildLeIssue).ca(p).permit(w).add(u"wild(issue=LE): sub.wild for "_s + tag);
        R(u"*.wild.example.com"_s)
            .rec(w, wildLeIssue)
            .ca(p)
            .forbid(w)
            .why(code::IssuewildOverrides)
            .has(code::IssuewildOverrides)
            .fix(u"wild.example.com. CAA 0 issuewild \"letsencrypt.org\""_s)
            .add(u"wild(issue=LE): *.wild for "_s + tag);
        R(u"*.sub.wild.example.com"_s)
            .rec(w, wildLeIssue)
            .ca(p)
            .forbid(w)
            .why(code::IssuewildOverrides)
            .add(u"wild(issue=LE): *.sub.wild for "_s + tag);
        R(w).rec(w, wildLeWild)
            .ca(p)
            .forbid(w)
            .why(code::IssuerNotListed)
            .add(u"wild(issuewild=LE): wild for "_s + tag);
        R(u"*.wild.example.com"_s)
            .rec(w, wildLeWild)
            .ca(p)
            .permit(w)
            .why(code::Permitted)
            .add(u"wild(issuewild=LE): *.wild for "_s + tag);
        R(u"*.sub.wild.example.com"_s)
            .rec(w, wildLeWild)
            .ca(p)
            .permit(w)
            .add(u"wild(issuewild=LE): *.sub.wild for "_s + tag);
        R(u"*.wild3.example.com"_s).rec(w3, wild3Le).ca(p).permit(w3).add(u"wild3(LE): *.wild3 for "_s + tag);
        R(u"wild3.example.com"_s)
            .rec(w3, wild3Le)
            .ca(p)
            .forbid(w3)
            .why(code::IssueDenyAll)
            .add(u"wild3(LE): wild3 for "_s + tag);
        R(u"sub.wild3.example.com"_s)
            .rec(w3, wild3Le)
            .ca(p)
            .forbid(w3)
            .why(code::IssueDenyAll)
            .add(u"wild3(LE): sub.wild3 for "_s + tag);
    }

    // §2.6: new.example.com 0 issue "ca1.example.net" + 128 tbs "Unknown": nobody may issue, ca1 included.
    const QString n = u"new.example.com"_s;
    const QList<QByteArray> tbs { "0 issue \"ca1.example.net\""_ba, "128 tbs \"Unknown\""_ba };
    const QList<QByteArray> tbsLe { "0 issue \"letsencrypt.org\""_ba, "128 tbs \"Unknown\""_ba };
    R(n).rec(n, tbs)
        .ca(ca1)
        .forbid(n)
        .why(code::CriticalUnknownTag)
        .fix(u"new.example.com. CAA 0 tbs \"Unknown\""_s)
        .add("critical: new for ca1");
    R(n).rec(n, tbs).ca(ca2).forbid(n).why(code::CriticalUnknownTag).add("critical: new for ca2");
    R(n).rec(n, tbs).ca(le).boulder().forbid(n).why(code::CriticalUnknownTag).add("critical: new for letsencrypt.org");
    R(n).rec(n, tbs).ca(rfcLe).forbid(n).why(code::CriticalUnknownTag).add("critical: new for rfc8659");
    R(u"*.new.example.com"_s)
        .rec(n, tbs)
        .ca(ca1)
        .forbid(n)
        .why(code::CriticalUnknownTag)
        .add("critical: *.new for ca1");
    R(n).rec(n, tbsLe)
        .ca(le)
        .boulder()
        .forbid(n)
        .why(code::CriticalUnknownTag)
        .fix(u"new.example.com. CAA 0 tbs \"Unknown\""_s)
        .add("critical(issue=LE): new for letsencrypt.org");
    R(n).rec(n, tbsLe)
        .ca(rfcLe)
        .forbid(n)
        .why(code::CriticalUnknownTag)
        .fix(u"new.example.com. CAA 0 tbs \"Unknown\""_s)
        .add("critical(issue=LE): new for rfc8659");
    R(u"*.new.example.com"_s)
        .rec(n, tbsLe)
        .ca(le)
        .boulder()
        .forbid(n)
        .why(code::CriticalUnknownTag)
        .add("critical(issue=LE): *.new for letsencrypt.org");
    R(u"www.new.example.com"_s)
        .rec(n, tbsLe)
        .ca(rfcLe)
        .forbid(n)
        .why(code::CriticalUnknownTag)
        .add("critical(issue=LE): www.new for rfc8659");
    // The same set without the critical bit: ca1 may issue.
    R(n).rec(n, { "0 issue \"ca1.example.net\""_ba, "0 tbs \"Unknown\""_ba })
        .ca(ca1)
        .permit(n)
        .why(code::Permitted)
        .add("non-critical tbs: new for ca1");
}

// ---------------------------------------------------------------------------------------------------------------
// §6.5: Boulder's value parsing and matching, with the strict RFC profile where the ABNF (§2.3) decides.
void addValueRows()
{
    const QString e = u"example.com"_s;
    const QString leFix = u"example.com. CAA 0 issue \"letsencrypt.org\""_s;
    const auto le = [&](const char* value) {
        return R(e).rec(e, issue(value)).ca(u"le"_s).boulder();
    };
    const auto rfc = [&](const char* value) {
        return R(e).rec(e, issue(value)).ca(u"rfc"_s).boulder();
    };

    // Regression: a deny-all record listed before a malformed one must not shift which parsed value belongs to which
    // record (the malformed parameter went unexplained and the reason became issuer-not-listed).
    R(e).rec(e, issue(";"))
        .rec(e, issue("letsencrypt.org; validationmethods=http-01;"))
        .ca(u"le"_s)
        .boulder()
        .forbid(e)
        .why(code::ParamMalformed)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; validationmethods=http-01\""_s)
        .add("LE: deny-all before a malformed record");

    // Issuer text: exact, case-sensitive, trimmed of SP/HTAB only.
    le("letsencrypt.org.").forbid(e).why(code::IssuerTrailingDot).fix(leFix).add("LE: trailing dot");
    rfc("letsencrypt.org.").forbid(e).why(code::IssuerTrailingDot).fix(leFix).add("RFC: trailing dot");
    le("LetsEncrypt.org").forbid(e).why(code::IssuerCase).fix(leFix).add("LE: mixed case");
    le("LETSENCRYPT.ORG").forbid(e).why(code::IssuerCase).fix(leFix).add("LE: upper case");
    le("LetsEncrypt.org; validationmethods=http-01")
        .forbid(e)
        .why(code::IssuerCase)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; validationmethods=http-01\""_s)
        .add("LE: mixed case, parameters kept");
    // Both a trailing dot and capitals: the trailing dot is reported (classification order: dot, case, quotes).
    le("LetsEncrypt.org.").forbid(e).why(code::IssuerTrailingDot).fix(leFix).add("LE: mixed case and trailing dot");
    rfc("LetsEncrypt.org.").forbid(e).why(code::IssuerTrailingDot).fix(leFix).add("RFC: mixed case and trailing dot");
    le("\\\"letsencrypt.org\\\"").forbid(e).why(code::IssuerQuoted).fix(leFix).add("LE: \"letsencrypt.org\" in quotes");
    rfc("\\\"letsencrypt.org\\\"")
        .forbid(e)
        .why(code::IssuerQuoted)
        .fix(leFix)
        .add("RFC: \"letsencrypt.org\" in quotes");
    le("0 issue \\\"letsencrypt.org\\\"")
        .forbid(e)
        .why(code::IssuerPastedRecord)
        .fix(leFix)
        .add("LE: whole record pasted into the value");
    le("letsencrypt .org").forbid(e).why(code::IssuerWhitespace).fix(leFix).add("LE: space inside the issuer");
    le("  letsencrypt.org  ").permit(e).why(code::Permitted).add("LE: spaces trimmed");
    rfc("  letsencrypt.org  ").permit(e).why(code::Permitted).add("RFC: spaces trimmed");
    le("\\009letsencrypt.org\\009").permit(e).why(code::Permitted).add("LE: tabs trimmed");
    rfc("\\009letsencrypt.org\\009").permit(e).why(code::Permitted).add("RFC: tabs trimmed");
    le("letsencrypt.org\\010").forbid(e).why(code::IssuerWhitespace).fix(leFix).add("LE: newline not trimmed");
    rfc("letsencrypt.org\\010").forbid(e).add("RFC: newline not WSP");
    le("'letsencrypt.org'").forbid(e).why(code::IssuerQuoted).fix(leFix).add("LE: 'letsencrypt.org'");
    rfc("'letsencrypt.org'").forbid(e).add("RFC: 'letsencrypt.org'");
    le("Let's Encrypt Authority X3")
        .forbid(e)
        .why(code::IssuerUnknownCa)
        .fix(leFix)
        .add("LE: Let's Encrypt Authority X3");
    rfc("Let's Encrypt Authority X3").forbid(e).add("RFC: Let's Encrypt Authority X3");
    le("letsencrypt.org a").forbid(e).add("LE: text glued on without ';'");
    rfc("letsencrypt.org a").forbid(e).add("RFC: text glued on without ';'");

    // Deny-all and the bare ';'.
    le(";").forbid(e).why(code::IssueDenyAll).fix(leFix).add("LE: ; (deny all)");
    rfc(";").forbid(e).why(code::IssueDenyAll).fix(leFix).add("RFC: ; (deny all)");
    le("").forbid(e).why(code::IssueDenyAll).add("LE: empty value (deny all)");
    rfc("").forbid(e).why(code::IssueDenyAll).add("RFC: empty value (deny all)");
    R(e).rec(e, { "0 issue \";\""_ba, "0 issue \"letsencrypt.org\""_ba })
        .ca(u"le"_s)
        .boulder()
        .permit(e)
        .why(code::Permitted)
        .add("LE: ; plus letsencrypt.org (additive)");
    le("letsencrypt.org;").permit(e).why(code::Permitted).add("LE: letsencrypt.org;");
    rfc("letsencrypt.org;").permit(e).why(code::Permitted).add("RFC: letsencrypt.org;");
    le("letsencrypt.org;   ").permit(e).why(code::Permitted).add("LE: letsencrypt.org; and spaces");
    rfc("letsencrypt.org;   ").permit(e).why(code::Permitted).add("RFC: letsencrypt.org; and spaces");

    // Parameter syntax.
    le("letsencrypt.org; a=b;")
        .forbid(e)
        .why(code::ParamMalformed)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; a=b\""_s)
        .add("LE: trailing ; after a parameter");
    rfc("letsencrypt.org; a=b;")
        .forbid(e)
        .why(code::ParamMalformed)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; a=b\""_s)
        .add("RFC: trailing ; after a parameter");
    le("letsencrypt.org;; a=b").forbid(e).why(code::ParamMalformed).add("LE: ;;");
    rfc("letsencrypt.org;; a=b").forbid(e).why(code::ParamMalformed).add("RFC: ;;");
    le("letsencrypt.org; cert-type=dv")
        .forbid(e)
        .why(code::ParamMalformed)
        .fix(leFix)
        .add("LE: hyphen in parameter tag");
    rfc("letsencrypt.org; cert-type=dv").permit(e).why(code::Permitted).add("RFC: hyphen in parameter tag");
    le("letsencrypt.org; a_b=123").forbid(e).why(code::ParamMalformed).add("LE: underscore in parameter tag");
    rfc("letsencrypt.org; a_b=123").forbid(e).why(code::ParamMalformed).add("RFC: underscore in parameter tag");
    le("letsencrypt.org; =foo").permit(e).why(code::Permitted).add("LE: empty parameter tag accepted");
    rfc("letsencrypt.org; =foo").forbid(e).why(code::ParamMalformed).add("RFC: empty parameter tag");
    le("letsencrypt.org; a=").permit(e).why(code::Permitted).add("LE: empty parameter value");
    rfc("letsencrypt.org; a=").permit(e).why(code::Permitted).add("RFC: empty parameter value");
    le("letsencrypt.org; a=b=c").permit(e).why(code::Permitted).add("LE: = inside a value");
    rfc("letsencrypt.org; a=b=c").permit(e).why(code::Permitted).add("RFC: = inside a value");
    le("letsencrypt.org; a=b\\195\\169").forbid(e).why(code::ParamMalformed).add("LE: non-ASCII parameter value");
    rfc("letsencrypt.org; a=b\\195\\169").forbid(e).why(code::ParamMalformed).add("RFC: non-ASCII parameter value");
    le("letsencrypt.org;accounturi=https://letsencrypt.org/acct/reg/123;validationmethods=http-01")
        .permit(e)
        .why(code::Permitted)
        .add("LE: parameters without spaces");

    // Parameter tag case: Boulder compares accounturi / validationmethods case-sensitively (issue #8614, fail-open).
    le("letsencrypt.org; AccountURI=https://letsencrypt.org/acct/reg/321")
        .permit(e)
        .why(code::Permitted)
        .has(code::ParamCase)
        .add("LE: AccountURI capitalised (fail-open)");
    le("letsencrypt.org; ValidationMethods=dns-01")
        .permit(e)
        .why(code::Permitted)
        .has(code::ParamCase)
        .add("LE: ValidationMethods capitalised (fail-open)");

    // accounturi.
    le("letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/123; "
       "accounturi=https://letsencrypt.org/acct/reg/123")
        .forbid(e)
        .why(code::AccounturiRepeated)
        .add("LE: accounturi repeated");
    rfc("letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/123; "
        "accounturi=https://letsencrypt.org/acct/reg/123")
        .forbid(e)
        .why(code::AccounturiRepeated)
        .add("RFC: accounturi repeated");
    le("letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/123/")
        .forbid(e)
        .why(code::AccounturiMismatch)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/123\""_s)
        .add("LE: accounturi with trailing slash");
    le("letsencrypt.org; accounturi=http://letsencrypt.org/acct/reg/123")
        .forbid(e)
        .why(code::AccounturiMismatch)
        .add("LE: accounturi http: instead of https:");
    R(e).rec(e, issue("letsencrypt.org; accounturi=https://acme-staging-v02.api.letsencrypt.org/acme/acct/123"))
        .ca(u"le"_s)
        .account(u"https://acme-v02.api.letsencrypt.org/acme/acct/123"_s)
        .method(kHttp01)
        .forbid(e)
        .why(code::AccounturiMismatch)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; "
             "accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/123\""_s)
        .add("LE: accounturi staging host, production account");
    R(e).rec(e, issue("letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/123"))
        .ca(u"le"_s)
        .account(u"https://acme-v02.api.letsencrypt.org/acme/acct/123"_s)
        .method(kHttp01)
        .permit(e)
        .why(code::Permitted)
        .add("LE: accounturi production, production account");
    // Issue 12 item 5: the record for another account comes first, the person's own record only lacks the method.
    // The reason is the method ("add http-01"), as the fix is; it read "add a record for your account".
    R(e).rec(e,
             issue("letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/999; "
                   "validationmethods=http-01"))
        .rec(e,
             issue("letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/123; "
                   "validationmethods=dns-01"))
        .ca(u"le"_s)
        .account(u"https://acme-v02.api.letsencrypt.org/acme/acct/123"_s)
        .method(kHttp01)
        .forbid(e)
        .why(code::ValidationmethodsMismatch)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; "
             "accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/123; validationmethods=dns-01,http-01\""_s)
        .add("LE: another account's record first, own record lacks the method");

    // validationmethods.
    const auto leM = [&](const char* value, const char* method) {
        return R(e).rec(e, issue(value)).ca(u"le"_s).account(kAccount).method(QString::fromLatin1(method));
    };
    leM("letsencrypt.org; validationmethods=http-01; validationmethods=http-01", "http-01")
        .forbid(e)
        .why(code::ValidationmethodsMismatch)
        .add("LE: validationmethods repeated");
    leM("letsencrypt.org; validationmethods=dns-01,", "dns-01")
        .permit(e)
        .why(code::Permitted)
        .add("LE: dns-01, (match first)");
    leM("letsencrypt.org; validationmethods=,dns-01", "dns-01")
        .forbid(e)
        .why(code::ValidationmethodsMismatch)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; validationmethods=dns-01\""_s)
        .add("LE: ,dns-01 (empty label first)");
    leM("letsencrypt.org; validationmethods=http-01,dns_01", "http-01")
        .permit(e)
        .why(code::Permitted)
        .add("LE: http-01,dns_01 (match before the bad label)");
    leM("letsencrypt.org; validationmethods=dns_01,http-01", "http-01")
        .forbid(e)
        .why(code::ValidationmethodsMismatch)
        // the underscore was meant as a hyphen: the restriction is kept, written so that the CA reads it
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; validationmethods=dns-01,http-01\""_s)
        .add("LE: dns_01,http-01 (bad label ends the search)");
    leM("letsencrypt.org; validationmethods=foo-01,http-01", "http-01")
        .permit(e)
        .why(code::Permitted)
        .add("LE: unknown method skipped");
    leM("letsencrypt.org; validationmethods=email-reply-00,http-01", "http-01")
        .permit(e)
        .why(code::Permitted)
        .add("LE: non-Boulder method skipped");
    leM("letsencrypt.org; validationmethods=email-reply-00", "http-01")
        .forbid(e)
        .why(code::ValidationmethodsMismatch)
        .add("LE: only a non-Boulder method");
    leM("letsencrypt.org; validationmethods=HTTP-01", "http-01")
        .forbid(e)
        .why(code::ValidationmethodsCase)
        .has(code::ValidationmethodsMismatch)
        // the case is corrected, not the method appended again (issue 12 item 13)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; validationmethods=http-01\""_s)
        .add("LE: HTTP-01 (methods are case-sensitive)");
    leM("letsencrypt.org; validationmethods=", "http-01")
        .forbid(e)
        .why(code::ValidationmethodsMismatch)
        .add("LE: empty validationmethods");
    // The corrected record keeps the restriction the owner wrote; it only removes the space.
    leM("letsencrypt.org; validationmethods=dns-01, http-01", "http-01")
        .forbid(e)
        .why(code::ParamMalformed)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; validationmethods=dns-01,http-01\""_s)
        .add("LE: space after a comma");
    leM("letsencrypt.org; validationmethods=dns-01,tls-alpn-01,dns-account-01,dns-persist-01", "dns-persist-01")
        .permit(e)
        .why(code::Permitted)
        .add("LE: dns-persist-01 is a Boulder method");
    R(u"*.example.com"_s)
        .rec(e, { "0 issuewild \"letsencrypt.org; validationmethods=dns-01\""_ba })
        .ca(u"le"_s)
        .boulder()
        .forbid(e)
        .why(code::ValidationmethodsMismatch)
        .add("LE: issuewild with validationmethods=dns-01, http-01 used");

    // A typo in the tag with the critical bit blocks; without it the record is ignored.
    R(e).rec(e, { "128 isue \"letsencrypt.org\""_ba })
        .ca(u"le"_s)
        .boulder()
        .forbid(e)
        .why(code::CriticalUnknownTag)
        .add("LE: 128 isue (typo, critical)");
    R(e).rec(e, { "0 isue \"letsencrypt.org\""_ba })
        .ca(u"le"_s)
        .boulder()
        .permit(e)
        .why(code::Permitted)
        .add("LE: 0 isue (typo, not critical)");
    R(e).rec(e, { "0 issue \"ca.com\""_ba, "0 issue \"letsencrypt.org.\""_ba })
        .ca(u"le"_s)
        .boulder()
        .forbid(e)
        .why(code::IssuerTrailingDot)
        .fix(leFix)
        .add("LE: another CA plus letsencrypt.org.");
}

// ---------------------------------------------------------------------------------------------------------------
// §7: the SSLMate CAA test suite. Only caatestsuite.com may issue; every Deny case must forbid or error elsewhere.
void addCaaTestSuiteRows()
{
    const auto t = [](const char* label) {
        return QString::fromLatin1(label) + u".caatestsuite.com"_s;
    };
    QList<QByteArray> big;
    big.append("0 issue \"caatestsuite.com\""_ba);
    for (int i = 0; i < 1000; ++i)
        big.append("0 t" + QByteArray::number(i) + " \"test\"");

    const struct
    {
        const char* key;
        const char* label;
    } profiles[] = { { "rfc:ca.example", "ca.example" }, { "le", "letsencrypt.org" } };
    for (const auto& p : profiles) {
        const QString key = QString::fromLatin1(p.key);
        const auto name = [&](const char* test) {
            return u"%1 [%2]"_s.arg(QLatin1String(test), QLatin1String(p.label));
        };
        const auto r = [&](const QString& request) {
            return R(request).ca(key).boulder();
        };

        r(t("empty.basic"))
            .rec(t("empty.basic"), issue(";"))
            .forbid(t("empty.basic"))
            .why(code::IssueDenyAll)
            .add(name("empty.basic"));
        r(t("deny.basic"))
            .rec(t("deny.basic"), issue("caatestsuite.com"))
            .forbid(t("deny.basic"))
            .why(code::IssuerNotListed)
            .add(name("deny.basic"));
        r(t("uppercase-deny.basic"))
            .rec(t("uppercase-deny.basic"), { "0 ISSUE \"caatestsuite.com\""_ba })
            .forbid(t("uppercase-deny.basic"))
            .why(code::IssuerNotListed)
            .add(name("uppercase-deny.basic"));
        r(t("mixedcase-deny.basic"))
            .rec(t("mixedcase-deny.basic"), { "0 IsSuE \"caatestsuite.com\""_ba })
            .forbid(t("mixedcase-deny.basic"))
            .why(code::IssuerNotListed)
            .add(name("mixedcase-deny.basic"));
        r(t("big.basic"))
            .rec(t("big.basic"), big)
            .forbid(t("big.basic"))
            .why(code::IssuerNotListed)
            .add(name("big.basic (1001 RRs)"));
        r(t("critical1.basic"))
            .rec(t("critical1.basic"), { "128 caatestsuitedummyproperty \"test\""_ba })
            .forbid(t("critical1.basic"))
            .why(code::CriticalUnknownTag)
            .add(name("critical1.basic"));
        r(t("critical2.basic"))
            .rec(t("critical2.basic"), { "130 caatestsuitedummyproperty \"test\""_ba })
            .forbid(t("critical2.basic"))
            .why(code::CriticalUnknownTag)
            .add(name("critical2.basic"));
        r(t("sub1.deny.basic"))
            .rec(t("deny.basic"), issue("caatestsuite.com"))
            .forbid(t("deny.basic"))
            .has(code::InheritedFromParent)
            .add(name("sub1.deny.basic"));
        r(t("sub2.sub1.deny.basic"))
            .rec(t("deny.basic"), issue("caatestsuite.com"))
            .forbid(t("deny.basic"))
            .has(code::InheritedFromParent)
            .add(name("sub2.sub1.deny.basic"));
        r(u"*."_s + t("deny.basic"))
            .rec(t("deny.basic"), issue("caatestsuite.com"))
            .forbid(t("deny.basic"))
            .add(name("*.deny.basic"));
        r(u"*."_s + t("deny-wild.basic"))
            .rec(t("deny-wild.basic"), { "0 issuewild \"caatestsuite.com\""_ba })
            .forbid(t("deny-wild.basic"))
            .add(name("*.deny-wild.basic"));
        r(t("cname-deny.basic"))
            .rec(t("cname-deny.basic"), issue("caatestsuite.com"), { t("deny.basic") })
            .forbid(t("cname-deny.basic"))
            .has(code::CnameTargetCaa)
            .add(name("cname-deny.basic"));
        r(t("cname-cname-deny.basic"))
            .rec(t("cname-cname-deny.basic"), issue("caatestsuite.com"), { t("cname-deny.basic"), t("deny.basic") })
            .forbid(t("cname-cname-deny.basic"))
            .has(code::CnameTargetCaa)
            .add(name("cname-cname-deny.basic"));
        // The parent is a CNAME: the name below it does not exist; the climb reaches the alias and follows it.
        r(t("sub1.cname-deny.basic"))
            .st(t("sub1.cname-deny.basic"), LookupStatus::NxDomain)
            .rec(t("cname-deny.basic"), issue("caatestsuite.com"), { t("deny.basic") })
            .forbid(t("cname-deny.basic"))
            .add(name("sub1.cname-deny.basic"));
        // RFC 8659: a DNAME redirects names below its owner, never the owner; the climb reaches deny.basic.
        r(t("dname-permit.deny.basic"))
            .st(t("dname-permit.deny.basic"), LookupStatus::NoData)
            .rec(t("deny.basic"), issue("caatestsuite.com"))
            .forbid(t("deny.basic"))
            .add(name("dname-permit.deny.basic"));
        // RFC 8659: the CNAME target's tree (permit.basic) is never climbed; the original name's parent decides.
        r(t("cname-permit-sub.deny.basic"))
            .st(t("cname-permit-sub.deny.basic"), LookupStatus::NxDomain, { t("sub.permit.basic") })
            .rec(t("deny.basic"), issue("caatestsuite.com"))
            .forbid(t("deny.basic"))
            .add(name("cname-permit-sub.deny.basic"));
        r(t("deny.permit.basic"))
            .rec(t("deny.permit.basic"), issue("caatestsuite.com"))
            .rec(t("permit.basic"), { "0 dummy \"dummy\""_ba })
            .forbid(t("deny.permit.basic"))
            .add(name("deny.permit.basic"));
        r(t("ipv6only"))
            .rec(t("ipv6only"), issue("caatestsuite.com"))
            .forbid(t("ipv6only"))
            .add(name("ipv6only (reachable over IPv6)"));
        r(t("ipv6only"))
            .st(t("ipv6only"), LookupStatus::ServFail)
            .error()
            .why(code::LookupServfail)
            .add(name("ipv6only (no IPv6: SERVFAIL)"));
        r(u"expired.caatestsuite-dnssec.com"_s)
            .st(u"expired.caatestsuite-dnssec.com"_s, LookupStatus::Bogus)
            .dnssec(caa::DnssecState::Bogus)
            .error()
            .why(code::DnssecBogus)
            .add(name("expired.caatestsuite-dnssec.com"));
        r(u"missing.caatestsuite-dnssec.com"_s)
            .st(u"missing.caatestsuite-dnssec.com"_s, LookupStatus::Bogus)
            .dnssec(caa::DnssecState::Bogus)
            .error()
            .why(code::DnssecBogus)
            .add(name("missing.caatestsuite-dnssec.com"));
        r(u"blackhole.caatestsuite-dnssec.com"_s)
            .st(u"blackhole.caatestsuite-dnssec.com"_s, LookupStatus::Timeout)
            .error()
            .why(code::LookupTimeout)
            .add(name("blackhole.caatestsuite-dnssec.com"));
        r(u"servfail.caatestsuite-dnssec.com"_s)
            .st(u"servfail.caatestsuite-dnssec.com"_s, LookupStatus::ServFail)
            .error()
            .why(code::LookupServfail)
            .add(name("servfail.caatestsuite-dnssec.com"));
        r(u"refused.caatestsuite-dnssec.com"_s)
            .st(u"refused.caatestsuite-dnssec.com"_s, LookupStatus::ServFail)
            .error()
            .why(code::LookupServfail)
            .add(name("refused.caatestsuite-dnssec.com (via a resolver)"));
        r(u"refused.caatestsuite-dnssec.com"_s)
            .st(u"refused.caatestsuite-dnssec.com"_s, LookupStatus::Refused)
            .error()
            .why(code::LookupRefused)
            .add(name("refused.caatestsuite-dnssec.com (authoritative)"));
        r(t("xss")).rec(t("xss"), issue("<script>alert('Wheeeeee')</script>")).forbid(t("xss")).add(name("xss"));
    }

    // Control: the suite's own identifier passes where the record allows it, and still fails where nobody may issue.
    const QString own = u"rfc:caatestsuite.com"_s;
    R(t("deny.basic"))
        .rec(t("deny.basic"), issue("caatestsuite.com"))
        .ca(own)
        .permit(t("deny.basic"))
        .add("control: deny.basic [caatestsuite.com]");
    R(t("uppercase-deny.basic"))
        .rec(t("uppercase-deny.basic"), { "0 ISSUE \"caatestsuite.com\""_ba })
        .ca(own)
        .permit(t("uppercase-deny.basic"))
        .add("control: uppercase-deny.basic [caatestsuite.com]");
    R(t("big.basic"))
        .rec(t("big.basic"), big)
        .ca(own)
        .permit(t("big.basic"))
        .add("control: big.basic [caatestsuite.com]");
    R(t("cname-cname-deny.basic"))
        .rec(t("cname-cname-deny.basic"), issue("caatestsuite.com"), { t("cname-deny.basic"), t("deny.basic") })
        .ca(own)
        .permit(t("cname-cname-deny.basic"))
        .add("control: cname-cname-deny.basic [caatestsuite.com]");
    R(t("empty.basic"))
        .rec(t("empty.basic"), issue(";"))
        .ca(own)
        .forbid(t("empty.basic"))
        .add("control: empty.basic [caatestsuite.com]");
    R(t("critical1.basic"))
        .rec(t("critical1.basic"), { "128 caatestsuitedummyproperty \"test\""_ba })
        .ca(own)
        .forbid(t("critical1.basic"))
        .add("control: critical1.basic [caatestsuite.com]");
    R(t("critical2.basic"))
        .rec(t("critical2.basic"), { "130 caatestsuitedummyproperty \"test\""_ba })
        .ca(own)
        .forbid(t("critical2.basic"))
        .add("control: critical2.basic [caatestsuite.com]");
}

// ---------------------------------------------------------------------------------------------------------------
// §9: one row per (input, profile) for Let's Encrypt and the strict RFC profile. Where the RFC is silent, the
// rfc8659 profile's documented choices apply: case-insensitive issuer comparison, flag value 1 not critical, known
// tags issue/issuewild/iodef only.
void addMatrixRows()
{
    const QString e = u"example.com"_s;
    const QString w = u"www.example.com"_s;
    const QString leFix = u"example.com. CAA 0 issue \"letsencrypt.org\""_s;
    const auto both = [&](const QList<QByteArray>& records, const QString& profile) {
        return R(e).rec(e, records).ca(profile).boulder();
    };
    const QString le = u"le"_s;
    const QString rfc = u"rfc"_s;

    both(issue("letsencrypt.org."), le)
        .forbid(e)
        .why(code::IssuerTrailingDot)
        .fix(leFix)
        .add("issue \"letsencrypt.org.\" [LE]");
    both(issue("letsencrypt.org."), rfc)
        .forbid(e)
        .why(code::IssuerTrailingDot)
        .fix(leFix)
        .add("issue \"letsencrypt.org.\" [RFC]");
    both(issue("LetsEncrypt.org"), le).forbid(e).why(code::IssuerCase).fix(leFix).add("issue \"LetsEncrypt.org\" [LE]");
    both(issue("LetsEncrypt.org"), rfc).permit(e).why(code::Permitted).add("issue \"LetsEncrypt.org\" [RFC]");
    both({ "0 ISSUE \"letsencrypt.org\""_ba }, le).permit(e).why(code::Permitted).add("ISSUE tag [LE]");
    both({ "0 ISSUE \"letsencrypt.org\""_ba }, rfc).permit(e).why(code::Permitted).add("ISSUE tag [RFC]");
    both({ "0 IsSuE \"letsencrypt.org\""_ba }, le).permit(e).why(code::Permitted).add("IsSuE tag [LE]");
    both({ "0 IsSuE \"letsencrypt.org\""_ba }, rfc).permit(e).why(code::Permitted).add("IsSuE tag [RFC]");
    both({ "1 foo \"x\""_ba }, le)
        .forbid(e)
        .why(code::CriticalUnknownTag)
        .has(code::FlagOneCritical)
        .add("1 foo \"x\" [LE]");
    both({ "1 foo \"x\""_ba }, rfc).permit(e).why(code::Permitted).add("1 foo \"x\" [RFC]");
    both({ "0 issue \"letsencrypt.org\""_ba, "1 foo \"x\""_ba }, le)
        .forbid(e)
        .why(code::CriticalUnknownTag)
        .add("1 foo \"x\" + issue LE [LE]");
    both({ "0 issue \"letsencrypt.org\""_ba, "1 foo \"x\""_ba }, rfc)
        .permit(e)
        .why(code::Permitted)
        .add("1 foo \"x\" + issue LE [RFC]");
    both({ "0 issue \"letsencrypt.org\""_ba, "130 foo \"x\""_ba }, le)
        .forbid(e)
        .why(code::CriticalUnknownTag)
        .add("130 foo \"x\" [LE]");
    both({ "0 issue \"letsencrypt.org\""_ba, "130 foo \"x\""_ba }, rfc)
        .forbid(e)
        .why(code::CriticalUnknownTag)
        .add("130 foo \"x\" [RFC]");
    const QList<QByteArray> contact { "0 issue \"letsencrypt.org\""_ba,
                                      "128 contactemail \"hostmaster@example.com\""_ba };
    both(contact, le).forbid(e).why(code::CriticalUnknownTag).add("128 contactemail [LE]");
    both(contact, rfc).forbid(e).why(code::CriticalUnknownTag).add("128 contactemail [RFC]");
    const QList<QByteArray> vmc { "0 issue \"letsencrypt.org\""_ba, "128 issuevmc \"letsencrypt.org\""_ba };
    both(vmc, le).permit(e).why(code::Permitted).add("128 issuevmc [LE]");
    both(vmc, rfc).forbid(e).why(code::CriticalUnknownTag).add("128 issuevmc [RFC]");
    const QList<QByteArray> mail { "0 issue \"letsencrypt.org\""_ba, "128 issuemail \"letsencrypt.org\""_ba };
    both(mail, le).permit(e).why(code::Permitted).add("128 issuemail [LE]");
    both(mail, rfc).forbid(e).why(code::CriticalUnknownTag).add("128 issuemail [RFC]");
    const QList<QByteArray> iodef { "0 issue \"letsencrypt.org\""_ba, "128 iodef \"mailto:security@example.com\""_ba };
    both(iodef, le).permit(e).why(code::Permitted).add("128 iodef [LE]");
    both(iodef, rfc).permit(e).why(code::Permitted).add("128 iodef [RFC]");
    both(issue("letsencrypt.org; cert-type=dv"), le).forbid(e).why(code::ParamMalformed).add("cert-type=dv [LE]");
    both(issue("letsencrypt.org; cert-type=dv"), rfc).permit(e).why(code::Permitted).add("cert-type=dv [RFC]");
    both(issue("letsencrypt.org; AccountURI=https://letsencrypt.org/acct/reg/321"), le)
        .permit(e)
        .why(code::Permitted)
        .add("AccountURI=<other account> [LE]");
    // Reading chosen: the RFC does not say whether parameter tags are case-insensitive; the rfc8659 profile matches
    // them case-insensitively (as property tags), so the other account does not match.
    both(issue("letsencrypt.org; AccountURI=https://letsencrypt.org/acct/reg/321"), rfc)
        .forbid(e)
        .why(code::AccounturiMismatch)
        .add("AccountURI=<other account> [RFC]");
    R(e).rec(e, issue("letsencrypt.org; validationmethods=dns-01;"))
        .ca(le)
        .account(kAccount)
        .method(u"dns-01"_s)
        .forbid(e)
        .why(code::ParamMalformed)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; validationmethods=dns-01\""_s)
        .add("validationmethods=dns-01; (trailing ;) [LE]");
    R(e).rec(e, issue("letsencrypt.org; validationmethods=dns-01;"))
        .ca(rfc)
        .account(kAccount)
        .method(u"dns-01"_s)
        .forbid(e)
        .why(code::ParamMalformed)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; validationmethods=dns-01\""_s)
        .add("validationmethods=dns-01; (trailing ;) [RFC]");
    both(issue("letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/321"), le)
        .forbid(e)
        .why(code::AccounturiMismatch)
        .add("accounturi enforcement [LE]");
    both(issue("letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/321"), rfc)
        .forbid(e)
        .why(code::AccounturiMismatch)
        .add("accounturi enforcement [RFC]");
    R(u"example.gonetld"_s)
        .st(u"gonetld"_s, LookupStatus::NxDomain)
        .ca(le)
        .error()
        .why(code::TldNxdomain)
        .add("NXDOMAIN at TLD [LE]");
    R(u"example.gonetld"_s)
        .st(u"gonetld"_s, LookupStatus::NxDomain)
        .ca(rfc)
        .permit()
        .why(code::NoCaa)
        .add("NXDOMAIN at TLD [RFC]");
    R(w).st(u"com"_s, LookupStatus::ServFail)
        .ca(le)
        .error()
        .why(code::LookupServfail)
        .add("SERVFAIL at TLD, nothing below [LE]");
    R(w).st(u"com"_s, LookupStatus::ServFail)
        .ca(rfc)
        .error()
        .why(code::LookupServfail)
        .add("SERVFAIL at TLD, nothing below [RFC]");
    R(e).st(e, LookupStatus::ServFail)
        .dnssec(caa::DnssecState::Insecure)
        .ca(le)
        .error()
        .why(code::LookupServfail)
        .add("lookup failure, DNSSEC-insecure domain [LE]");
    R(e).st(e, LookupStatus::ServFail)
        .dnssec(caa::DnssecState::Insecure)
        .ca(rfc)
        .error()
        .why(code::LookupServfail)
        .add("lookup failure, DNSSEC-insecure domain [RFC]");
    // www CNAMEs to a provider whose own zone apex (the target's parent) has CAA: not on the climb, so ignored.
    for (const QString& p : { le, rfc }) {
        R(w).st(w, LookupStatus::NoData, { u"customer.cdn.example.net"_s })
            .ca(p)
            .permit()
            .why(code::NoCaa)
            .add(u"CNAME target's parent has CAA [%1]"_s.arg(p == le ? u"LE"_s : u"RFC"_s));
        // A DNAME at the queried owner is not followed for the owner itself; the parent's set applies.
        R(u"dname.example.com"_s)
            .st(u"dname.example.com"_s, LookupStatus::NoData)
            .rec(e, issue("ca.com"))
            .ca(p)
            .boulder()
            .forbid(e)
            .add(u"DNAME at the queried owner [%1]"_s.arg(p == le ? u"LE"_s : u"RFC"_s));
    }
}

// ---------------------------------------------------------------------------------------------------------------
// A generic CA from the directory: RFC semantics with its identifiers.
void addGenericRows()
{
    const QString e = u"example.com"_s;
    const QString s = u"sectigo.com"_s;
    const QString g = u"pki.goog"_s;
    const auto r = [&](const QString& profile, const QList<QByteArray>& records) {
        return R(e).rec(e, records).ca(profile);
    };

    r(s, issue("sectigo.com")).permit(e).why(code::Permitted).add("sectigo: issue sectigo.com");
    r(s, issue("comodoca.com"))
        .permit(e)
        .why(code::Permitted)
        .add("sectigo: issue comodoca.com (another of its identifiers)");
    r(s, issue("Sectigo.COM")).permit(e).why(code::Permitted).add("sectigo: issue Sectigo.COM (case-insensitive)");
    r(s, issue("letsencrypt.org"))
        .forbid(e)
        .why(code::IssuerNotListed)
        .fix(u"example.com. CAA 0 issue \"sectigo.com\""_s)
        .add("sectigo: issue letsencrypt.org");
    r(s, issue("sectigo.com."))
        .forbid(e)
        .why(code::IssuerTrailingDot)
        .fix(u"example.com. CAA 0 issue \"sectigo.com\""_s)
        .add("sectigo: issue sectigo.com.");
    r(s, { "0 issue \"sectigo.com\""_ba, "128 contactemail \"hostmaster@example.com\""_ba })
        .permit(e)
        .why(code::Permitted)
        .add("sectigo: 128 contactemail is known");
    r(s, { "0 issue \"sectigo.com\""_ba, "128 foo \"bar\""_ba })
        .forbid(e)
        .why(code::CriticalUnknownTag)
        .add("sectigo: 128 foo");
    r(s, { "1 foo \"bar\""_ba, "0 issue \"sectigo.com\""_ba })
        .permit(e)
        .why(code::Permitted)
        .add("sectigo: flag 1 is not critical");
    R(u"*.example.com"_s)
        .rec(e, { "0 issue \"sectigo.com\""_ba, "0 issuewild \";\""_ba })
        .ca(s)
        .forbid(e)
        .add("sectigo: *.example.com with issuewild ;");
    R(u"example.gonetld"_s)
        .st(u"gonetld"_s, LookupStatus::NxDomain)
        .ca(s)
        .permit()
        .why(code::NoCaa)
        .add("sectigo: NXDOMAIN at TLD");
    R(e).st(e, LookupStatus::ServFail).ca(s).error().why(code::LookupServfail).add("sectigo: SERVFAIL");
    r(g, issue("pki.goog")).permit(e).why(code::Permitted).add("pki.goog: issue pki.goog");
    r(g, issue("pki.goog; cansignhttpexchanges=yes"))
        .permit(e)
        .why(code::Permitted)
        .add("pki.goog: unknown parameter ignored");
    r(g, issue("google.com"))
        .forbid(e)
        .why(code::IssuerUnknownCa)
        .fix(u"example.com. CAA 0 issue \"pki.goog\""_s)
        .add("pki.goog: issue google.com");
    r(g, { "0 issue \"letsencrypt.org\""_ba, "0 issue \"pki.goog\""_ba })
        .permit(e)
        .why(code::Permitted)
        .add("pki.goog: two CAs listed");
    r(g, issue("letsencrypt.org")).forbid(e).why(code::IssuerNotListed).add("pki.goog: only letsencrypt.org listed");
}

// ---------------------------------------------------------------------------------------------------------------
// §6.2 and §1 step 7: lookup failures, NXDOMAIN, unavailable data and progressive (Pending) decisions.
void addLookupRows()
{
    const struct
    {
        LookupStatus status;
        const char* label;
        const char* reason;
    } failures[] = {
        { LookupStatus::ServFail, "SERVFAIL", code::LookupServfail },
        { LookupStatus::Refused, "REFUSED", code::LookupRefused },
        { LookupStatus::NotImp, "NOTIMP", code::LookupNotimp },
        { LookupStatus::FormErr, "FORMERR", code::LookupFormerr },
        { LookupStatus::Timeout, "timeout", code::LookupTimeout },
        { LookupStatus::Truncated, "truncated", code::LookupTruncated },
        { LookupStatus::Bogus, "bogus", code::DnssecBogus },
        { LookupStatus::NetworkError, "network error", code::LookupNetwork },
    };
    const QString le = u"le"_s;
    const QString rfc = u"rfc"_s;
    for (const QString& p : { le, rfc }) {
        const QString pl = p == le ? u"LE"_s : u"RFC"_s;
        for (const auto& f : failures) {
            const auto tag = [&](const char* where) {
                return u"%1 %2 [%3]"_s.arg(QLatin1String(f.label), QLatin1String(where), pl);
            };
            R(u"example.com"_s).st(u"example.com"_s, f.status).ca(p).error().why(f.reason).add(tag("at the name"));
            R(u"www.sub.example.com"_s)
                .st(u"sub.example.com"_s, f.status)
                .rec(u"example.com"_s, issue("letsencrypt.org"))
                .ca(p)
                .error()
                .why(f.reason)
                .add(tag("at a parent below the relevant set"));
            R(u"www.example.com"_s)
                .st(u"com"_s, f.status)
                .ca(p)
                .error()
                .why(f.reason)
                .add(tag("at the TLD, nothing below"));
            R(u"www.example.com"_s)
                .rec(u"example.com"_s, issue("letsencrypt.org"))
                .st(u"com"_s, f.status)
                .ca(p)
                .permit(u"example.com"_s)
                .why(code::Permitted)
                .has(code::IgnoredParentError)
                .add(tag("above the relevant set (ignored)"));
            R(u"*.example.com"_s)
                .rec(u"example.com"_s, issue(";"))
                .st(u"com"_s, f.status)
                .ca(p)
                .forbid(u"example.com"_s)
                .why(code::IssueDenyAll)
                .add(tag("above a forbidding set (ignored)"));
        }
        // NXDOMAIN below the TLD is an empty answer.
        R(u"nx.example.com"_s)
            .st(u"nx.example.com"_s, LookupStatus::NxDomain)
            .rec(u"example.com"_s, issue("letsencrypt.org"))
            .ca(p)
            .permit(u"example.com"_s)
            .why(code::Permitted)
            .add(u"NXDOMAIN at the name, set at the parent ["_s + pl + u']');
        R(u"nx.example.com"_s)
            .st(u"nx.example.com"_s, LookupStatus::NxDomain)
            .st(u"example.com"_s, LookupStatus::NxDomain)
            .ca(p)
            .permit()
            .why(code::NoCaa)
            .add(u"NXDOMAIN at the name and parent, nothing else ["_s + pl + u']');
        R(u"example.gonetld"_s)
            .rec(u"example.gonetld"_s, issue("letsencrypt.org"))
            .st(u"gonetld"_s, LookupStatus::NxDomain)
            .ca(p)
            .permit(u"example.gonetld"_s)
            .why(code::Permitted)
            .add(u"NXDOMAIN at the TLD above the relevant set ["_s + pl + u']');
        // A name outside the loaded zones cannot be judged (issue 12 item 6); parents above the loaded zone are taken
        // as empty and reported.
        R(u"www.example.com"_s)
            .st(u"www.example.com"_s, LookupStatus::Unavailable)
            .st(u"example.com"_s, LookupStatus::Unavailable)
            .st(u"com"_s, LookupStatus::Unavailable)
            .ca(p)
            .error()
            .why(code::OutsideLoadedData)
            .add(u"unavailable everywhere ["_s + pl + u']');
        R(u"www.example.com"_s)
            .st(u"www.example.com"_s, LookupStatus::Unavailable)
            .rec(u"example.com"_s, issue("ca.com"))
            .ca(p)
            .error()
            .why(code::OutsideLoadedData)
            .add(u"unavailable at the name, set at the parent ["_s + pl + u']');
        R(u"www.example.com"_s)
            .st(u"www.example.com"_s, LookupStatus::NoData)
            .st(u"example.com"_s, LookupStatus::NoData)
            .st(u"com"_s, LookupStatus::Unavailable)
            .ca(p)
            .permit()
            .why(code::NoCaa)
            .has(code::OutsideLoadedData)
            .add(u"unavailable only above the loaded zone ["_s + pl + u']');
        R(u"www.example.com"_s)
            .st(u"www.example.com"_s, LookupStatus::Unavailable, { u"cdn.example.net"_s })
            .rec(u"example.com"_s, issue("letsencrypt.org"))
            .ca(p)
            .error()
            .why(code::OutsideLoadedData)
            .add(u"alias target outside the loaded zones ["_s + pl + u']');
        R(u"loop.example.com"_s)
            .st(u"loop.example.com"_s, LookupStatus::ServFail, { u"a.example.net"_s, u"loop.example.com"_s })
            .loop()
            .ca(p)
            .error()
            .why(code::CnameLoop)
            .add(u"CNAME loop at the name ["_s + pl + u']');

        // Progressive decisions: possible once every node up to the first non-empty one has an answer.
        const QString ww = u"www.example.com"_s;
        const QString ex = u"example.com"_s;
        const QString com = u"com"_s;
        R(ww)
            .st(ww, LookupStatus::Pending)
            .st(ex, LookupStatus::Pending)
            .st(com, LookupStatus::Pending)
            .ca(p)
            .pending()
            .add(u"pending: nothing answered ["_s + pl + u']');
        R(ww)
            .st(ww, LookupStatus::NoData)
            .st(ex, LookupStatus::Pending)
            .st(com, LookupStatus::Pending)
            .ca(p)
            .pending()
            .add(u"pending: name empty, parent pending ["_s + pl + u']');
        R(ww)
            .st(ww, LookupStatus::NoData)
            .st(ex, LookupStatus::NoData)
            .st(com, LookupStatus::Pending)
            .ca(p)
            .pending()
            .add(u"pending: only the TLD pending ["_s + pl + u']');
        R(ww)
            .rec(ww, issue("letsencrypt.org"))
            .st(ex, LookupStatus::Pending)
            .st(com, LookupStatus::Pending)
            .ca(p)
            .permit(ww)
            .why(code::Permitted)
            .add(u"pending: name has a permitting set, parents pending ["_s + pl + u']');
        R(ww)
            .rec(ww, issue(";"))
            .st(ex, LookupStatus::Pending)
            .st(com, LookupStatus::Pending)
            .ca(p)
            .forbid(ww)
            .why(code::IssueDenyAll)
            .add(u"pending: name has a forbidding set, parents pending ["_s + pl + u']');
        R(ww)
            .st(ww, LookupStatus::NoData)
            .rec(ex, issue("ca.com"))
            .st(com, LookupStatus::Pending)
            .ca(p)
            .forbid(ex)
            .add(u"pending: parent has a set, TLD pending ["_s + pl + u']');
        R(ww)
            .st(ww, LookupStatus::Pending)
            .rec(ex, issue("letsencrypt.org"))
            .st(com, LookupStatus::NoData)
            .ca(p)
            .pending()
            .add(u"pending: name pending, parent has a set ["_s + pl + u']');
        R(ww)
            .st(ww, LookupStatus::ServFail)
            .st(ex, LookupStatus::Pending)
            .st(com, LookupStatus::Pending)
            .ca(p)
            .error()
            .why(code::LookupServfail)
            .add(u"pending: name failed, parents pending ["_s + pl + u']');
        R(ww)
            .st(ww, LookupStatus::Pending)
            .st(ex, LookupStatus::ServFail)
            .st(com, LookupStatus::NoData)
            .ca(p)
            .pending()
            .add(u"pending: name pending, parent failed ["_s + pl + u']');
        R(ww)
            .st(ww, LookupStatus::NoData)
            .st(ex, LookupStatus::Pending)
            .st(com, LookupStatus::ServFail)
            .ca(p)
            .pending()
            .add(u"pending: parent pending, TLD failed ["_s + pl + u']');
        R(u"*.example.com"_s)
            .rec(ex, { "0 issuewild \";\""_ba })
            .st(com, LookupStatus::Pending)
            .ca(p)
            .forbid(ex)
            .add(u"pending: wildcard decided at the base name ["_s + pl + u']');
    }
}

// ---------------------------------------------------------------------------------------------------------------
// §6.6 / §6.7: Boulder's exact problem details.
void addErrorTextRows()
{
    const QString le = u"le"_s;
    const QString ex = u"example.com"_s;
    R(u"*.example.com"_s)
        .rec(ex, issue("ca.com"))
        .ca(le)
        .boulder()
        .forbid(ex)
        .caText(u"While processing CAA for *.example.com: CAA record for example.com prevents issuance"_s)
        .add("forbid, wildcard");
    R(u"www.example.com"_s)
        .rec(ex, issue(";"))
        .ca(le)
        .boulder()
        .forbid(ex)
        .caText(u"While processing CAA for www.example.com: CAA record for example.com prevents issuance"_s)
        .add("forbid, inherited from the parent");
    R(u"www.example.com"_s)
        .rec(u"www.example.com"_s, issue("ca.com"), { u"cdn.example.net"_s })
        .ca(le)
        .boulder()
        .forbid(u"www.example.com"_s)
        .caText(u"While processing CAA for www.example.com: CAA record for www.example.com prevents issuance"_s)
        .add("forbid, CNAME (foundAt is the alias)");
    R(ex)
        .rec(ex, { "0 issue \"letsencrypt.org\""_ba, "128 foo \"bar\""_ba })
        .ca(le)
        .boulder()
        .forbid(ex)
        .caText(u"While processing CAA for example.com: CAA record for example.com prevents issuance"_s)
        .add("forbid, unknown critical tag");
    R(ex)
        .rec(ex, issue("letsencrypt.org; accounturi=https://letsencrypt.org/acct/reg/321"))
        .ca(le)
        .boulder()
        .forbid(ex)
        .caText(u"While processing CAA for example.com: CAA record for example.com prevents issuance"_s)
        .add("forbid, accounturi mismatch");
    R(ex).rec(ex, issue("letsencrypt.org")).ca(le).boulder().permit(ex).caText(QString()).add("permit: no error text");
    R(ex)
        .st(ex, LookupStatus::ServFail)
        .ca(le)
        .error()
        .caText(u"While processing CAA for example.com: DNS problem: SERVFAIL looking up CAA for example.com - the "
                "domain's nameservers may be malfunctioning"_s)
        .add("SERVFAIL at the name");
    R(u"www.example.com"_s)
        .st(u"com"_s, LookupStatus::ServFail)
        .ca(le)
        .error()
        .caText(u"While processing CAA for www.example.com: DNS problem: SERVFAIL looking up CAA for com - the "
                "domain's nameservers may be malfunctioning"_s)
        .add("SERVFAIL at the TLD");
    R(u"*.example.com"_s)
        .st(ex, LookupStatus::ServFail)
        .ca(le)
        .error()
        .caText(u"While processing CAA for *.example.com: DNS problem: SERVFAIL looking up CAA for example.com - the "
                "domain's nameservers may be malfunctioning"_s)
        .add("SERVFAIL, wildcard");
    R(ex)
        .st(ex, LookupStatus::Refused)
        .ca(le)
        .error()
        .caText(u"While processing CAA for example.com: DNS problem: REFUSED looking up CAA for example.com"_s)
        .add("REFUSED");
    R(ex)
        .st(ex, LookupStatus::NotImp)
        .ca(le)
        .error()
        .caText(u"While processing CAA for example.com: DNS problem: NOTIMP looking up CAA for example.com"_s)
        .add("NOTIMP");
    R(ex)
        .st(ex, LookupStatus::Timeout)
        .ca(le)
        .error()
        .caText(u"While processing CAA for example.com: DNS problem: query timed out looking up CAA for example.com"_s)
        .add("timeout");
    R(ex)
        .st(ex, LookupStatus::Truncated)
        .ca(le)
        .error()
        .caText(u"While processing CAA for example.com: DNS problem: response was truncated looking up CAA for "
                "example.com"_s)
        .add("truncated");
    R(u"example.gonetld"_s)
        .st(u"gonetld"_s, LookupStatus::NxDomain)
        .ca(le)
        .error()
        .caText(u"While processing CAA for example.gonetld: DNS problem: NXDOMAIN looking up CAA for gonetld - check "
                "that a DNS record exists for this domain"_s)
        .add("NXDOMAIN at the TLD");
    R(ex)
        .st(ex, LookupStatus::ServFail)
        .ede(6, u"validation failure <example.com. CAA IN>: no signatures"_s)
        .ca(le)
        .error()
        .caText(u"While processing CAA for example.com: DNS problem: looking up CAA for example.com: DNSSEC: Bogus: "
                "validation failure <example.com. CAA IN>: no signatures"_s)
        .add("SERVFAIL with EDE 6 and extra text");
    R(ex)
        .st(ex, LookupStatus::Bogus)
        .ede(6, u"validation failure <example.com. CAA IN>: no signatures"_s)
        .ca(le)
        .error()
        .why(code::DnssecBogus)
        .caText(u"While processing CAA for example.com: DNS problem: looking up CAA for example.com: DNSSEC: Bogus: "
                "validation failure <example.com. CAA IN>: no signatures"_s)
        .add("bogus with EDE 6 and extra text");
    R(ex)
        .st(ex, LookupStatus::ServFail)
        .ede(6)
        .ca(le)
        .error()
        .caText(u"While processing CAA for example.com: DNS problem: looking up CAA for example.com: DNSSEC: Bogus"_s)
        .add("SERVFAIL with EDE 6, no extra text");
    R(ex)
        .st(ex, LookupStatus::ServFail)
        .ede(22)
        .ca(le)
        .error()
        .caText(u"While processing CAA for example.com: DNS problem: looking up CAA for example.com: No Reachable "
                "Authority"_s)
        .add("SERVFAIL with EDE 22");
    R(ex)
        .st(ex, LookupStatus::ServFail)
        .ede(99)
        .ca(le)
        .error()
        .caText(u"While processing CAA for example.com: DNS problem: looking up CAA for example.com: Unknown Extended "
                "DNS Error code 99"_s)
        .add("SERVFAIL with an unknown EDE code");
    R(u"www.example.com"_s)
        .st(u"example.com"_s, LookupStatus::Refused)
        .ca(le)
        .error()
        .caText(u"While processing CAA for www.example.com: DNS problem: REFUSED looking up CAA for example.com"_s)
        .add("REFUSED at a parent");
}

// ---------------------------------------------------------------------------------------------------------------
// Where the corrected record goes: the CNAME target that holds the records, or the name itself under a parent's set.
void addFixRows()
{
    const QString le = u"le"_s;
    const QString ww = u"www.example.com"_s;
    const QString ex = u"example.com"_s;
    R(ww)
        .rec(ww, issue("ca.com"), { u"cdn.example.net"_s })
        .ca(le)
        .boulder()
        .forbid(ww)
        .why(code::IssuerNotListed)
        .has(code::CnameTargetCaa)
        .fix(u"cdn.example.net. CAA 0 issue \"letsencrypt.org\""_s)
        .add("CNAME: add at the target that holds the set");
    R(ww)
        .rec(ww, issue("letsencrypt.org."), { u"cdn.example.net"_s })
        .ca(le)
        .boulder()
        .forbid(ww)
        .why(code::IssuerTrailingDot)
        .fix(u"cdn.example.net. CAA 0 issue \"letsencrypt.org\""_s)
        .add("CNAME: replace at the target that holds the set");
    R(u"*.www.example.com"_s)
        .rec(ex, issue(";"))
        .ca(le)
        .boulder()
        .forbid(ex)
        .why(code::IssueDenyAll)
        .has(code::InheritedFromParent)
        .fix(u"www.example.com. CAA 0 issuewild \"letsencrypt.org\""_s)
        .add("wildcard under a deny-all parent: own set at the base name");
    R(ww)
        .rec(ex, issue("ca.com"))
        .ca(u"rfc"_s)
        .forbid(ex)
        .why(code::IssuerNotListed)
        .fix(u"www.example.com. CAA 0 issue \"letsencrypt.org\""_s)
        .add("RFC: own set below a parent that lists another CA");
    R(ww)
        .rec(ex, issue("ca.com"))
        .ca(u"rfc"_s)
        .forbid(ex)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org\""_s)
        .add("RFC: add to the parent's set");
}

// Issue 12: verdicts and fixes at the edges, each row a defect found by a new user's trial.
void addTruthRows()
{
    const QString ex = u"example.com"_s;
    const QString le = u"le"_s;
    const QString v2 = u"https://acme-v02.api.letsencrypt.org/acme/acct/1234"_s;
    const QString v1 = u"https://acme-v01.api.letsencrypt.org/acme/reg/1234"_s;
    const QString staging = u"https://acme-staging-v02.api.letsencrypt.org/acme/acct/1234"_s;
    // Item 3: one account, two URL forms (Boulder compares the id after any prefix of the environment).
    R(ex)
        .rec(ex, issue("letsencrypt.org; accounturi=https://acme-v01.api.letsencrypt.org/acme/reg/1234"))
        .ca(le)
        .account(v2)
        .permit(ex)
        .why(code::Permitted)
        .add("item 3: ACMEv1 record, ACMEv2 account URL");
    R(ex)
        .rec(ex, issue("letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1234"))
        .ca(le)
        .account(v1)
        .permit(ex)
        .why(code::Permitted)
        .add("item 3: ACMEv2 record, ACMEv1 account URL");
    R(ex)
        .rec(ex, issue("letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1234"))
        .ca(le)
        .account(staging)
        .forbid(ex)
        .why(code::AccounturiMismatch)
        .add("item 3: the same id in staging is another account");
    R(ex)
        .rec(ex, issue("letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/12345"))
        .ca(le)
        .account(v2)
        .forbid(ex)
        .why(code::AccounturiMismatch)
        .add("item 3: a longer id is another account");
    // Item 2: permitted only for the account or method the records name, and the request named neither.
    R(ex)
        .rec(ex, issue("letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1234"))
        .ca(le)
        .permit(ex)
        .why(code::ConditionalPermit)
        .add("item 2: only for one account");
    R(ex)
        .rec(ex, issue("letsencrypt.org; validationmethods=dns-01"))
        .ca(le)
        .permit(ex)
        .why(code::ConditionalPermit)
        .add("item 2: only by one method");
    R(ex)
        .rec(ex, { "0 issue \"letsencrypt.org; validationmethods=dns-01\""_ba, "0 issue \"letsencrypt.org\""_ba })
        .ca(le)
        .permit(ex)
        .why(code::Permitted)
        .add("item 2: an unrestricted record makes it unconditional");
    R(ex)
        .rec(ex, issue("letsencrypt.org; validationmethods=dns-01"))
        .ca(le)
        .method(u"dns-01"_s)
        .permit(ex)
        .why(code::Permitted)
        .add("item 2: the method given satisfies it");
    // Item 5: IP address identifiers are not climbed; CAA does not apply.
    R(u"192.0.2.1"_s).ca(le).permit().why(code::IpIdentifier).add("item 5: IPv4 identifier");
    R(u"2001:db8::1"_s).ca(le).permit().why(code::IpIdentifier).add("item 5: IPv6 identifier");
    R(u"https://[2001:db8::1]:8443/x"_s).ca(le).permit().why(code::IpIdentifier).add("item 5: IPv6 in a URL");
    // Item 12: a space-separated method list is kept, written with commas, not dropped.
    R(ex)
        .rec(ex, issue("letsencrypt.org; validationmethods=http-01 dns-01"))
        .ca(le)
        .method(u"http-01"_s)
        .forbid(ex)
        .why(code::ParamMalformed)
        .fix(u"example.com. CAA 0 issue \"letsencrypt.org; validationmethods=http-01,dns-01\""_s)
        .add("item 12: validationmethods with a space");
    // Item 14: a wrong account and a wrong method: the first fix repairs both at once.
    R(ex)
        .rec(ex,
             issue("letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1; "
                   "validationmethods=dns-01"))
        .ca(le)
        .account(u"https://acme-v02.api.letsencrypt.org/acme/acct/2"_s)
        .method(u"http-01"_s)
        .forbid(ex)
        .why(code::AccounturiMismatch)
        .fix(
            u"example.com. CAA 0 issue \"letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/2; "
            "validationmethods=dns-01,http-01\""_s)
        .add("item 14: wrong account and wrong method together");
    // A parent's set with an account restriction: the name's own set keeps it (plus the person's account).
    R(u"www.example.com"_s)
        .rec(ex, issue("letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1"))
        .ca(le)
        .account(u"https://acme-v02.api.letsencrypt.org/acme/acct/2"_s)
        .forbid(ex)
        .why(code::AccounturiMismatch)
        .fix(
            u"www.example.com. CAA 0 issue \"letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1\""_s)
        .add("own set under a restricted parent copies the restriction");
    // A wildcard record for the CA keeps the accounts and methods its issue record allows.
    R(u"*.example.com"_s)
        .rec(ex,
             { "0 issue \"letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1; "
               "validationmethods=dns-01\""_ba,
               "0 issuewild \"pki.goog\""_ba })
        .ca(le)
        .account(u"https://acme-v02.api.letsencrypt.org/acme/acct/1"_s)
        .method(u"dns-01"_s)
        .forbid(ex)
        .why(code::IssuewildOverrides)
        .fix(u"example.com. CAA 0 issuewild \"letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/"
             "acct/1; validationmethods=dns-01\""_s)
        .add("wildcard record keeps the issue record's account and method");
}

// Runs one row; the same for every table.
void runRow()
{
    QFETCH(QString, request);
    QFETCH(NodeSpecs, nodes);
    QFETCH(QString, profile);
    QFETCH(QString, account);
    QFETCH(QString, method);
    QFETCH(Outcome, outcome);
    QFETCH(QString, relevant);
    QFETCH(QString, reason);
    QFETCH(QStringList, findings);
    QFETCH(QString, fix);
    QFETCH(bool, checkCaText);
    QFETCH(QString, caText);

    caa::NameError nameError;
    const caa::DomainName name = caa::DomainName::parse(request, &nameError);
    QVERIFY2(name.isValid(), qPrintable(QStringLiteral("name error %1").arg(int(nameError.code))));
    caa::Climb climb;
    const QString buildError = buildClimb(name, nodes, &climb);
    QVERIFY2(buildError.isEmpty(), qPrintable(buildError));
    const caa::CaProfile ca = profileFor(profile);
    QVERIFY2(!ca.key.isEmpty(), qPrintable(profile));
    const caa::Request req { name, account, method };

    const caa::Verdict v = caa::evaluate(climb, req, ca);
    // Every check runs; all differences are reported together.
    QStringList problems;
    if (v.outcome != outcome)
        problems.append(u"outcome should be %1"_s.arg(QLatin1String(caa::outcomeCode(outcome))));
    if (v.relevantName != relevant)
        problems.append(u"relevant should be '%1'"_s.arg(relevant));
    if (!reason.isEmpty() && v.reason != reason)
        problems.append(u"reason should be %1"_s.arg(reason));
    for (const QString& c : findings) {
        if (!hasFinding(v, c))
            problems.append(u"finding %1 missing"_s.arg(c));
    }

    // Invariants of every verdict.
    if (v.ca != ca.key)
        problems.append(u"verdict.ca should be %1"_s.arg(ca.key));
    if (v.relevantNode >= 0 ? climb.nodes.value(v.relevantNode).name != v.relevantName : !v.relevantName.isEmpty())
        problems.append(u"relevantNode %1 does not match relevantName"_s.arg(v.relevantNode));
    if (v.outcome != Outcome::Pending) {
        if (v.reason.isEmpty())
            problems.append(u"a decided verdict needs a reason"_s);
        // The reason is "the finding code that decided": that finding is in the list.
        else if (!hasFinding(v, v.reason))
            problems.append(u"reason %1 is not among the findings"_s.arg(v.reason));
    }
    if (v.outcome == Outcome::Permit && !v.fixes.isEmpty())
        problems.append(u"a permit carries fixes"_s);
    // Errors of our own view (data not loaded, our resolver down) are not something the CA would say.
    const bool ownView
        = v.reason == QLatin1String(code::OutsideLoadedData) || v.reason == QLatin1String(code::ResolverUnreachable);
    if (ca.behaviour == caa::CaProfile::Behaviour::Boulder && !ownView) {
        const bool refused = v.outcome == Outcome::Forbid || v.outcome == Outcome::Error;
        if (refused != !v.caErrorText.isEmpty())
            problems.append(u"Boulder error text present iff refused"_s);
        if (refused && !v.caErrorText.startsWith(u"While processing CAA for "_s + name.displayText() + u": "_s))
            problems.append(u"Boulder error text should start with the identifier"_s);
    }
    if (checkCaText && v.caErrorText != caText)
        problems.append(u"caErrorText should be '%1'"_s.arg(caText));

    if (!fix.isEmpty()) {
        const caa::Fix* chosen = nullptr;
        for (const caa::Fix& f : v.fixes) {
            if (f.zoneLines().contains(fix)) {
                chosen = &f;
                break;
            }
        }
        if (!chosen) {
            problems.append(u"no fix writes '%1'"_s.arg(fix));
        } else {
            // The corrected record must actually lead to issuance.
            caa::Climb fixed = climb;
            QString why;
            if (!applyEdits(&fixed, chosen->edits, &why)) {
                problems.append(why);
            } else {
                const caa::Verdict after = caa::evaluate(fixed, req, ca);
                if (after.outcome != Outcome::Permit)
                    problems.append(u"after the fix '%1': %2"_s.arg(fix, summary(after)));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u" | got "_s + summary(v)));
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void boulderCaaChecking_data();
    void boulderCaaChecking() { runRow(); }
    void rfc8659Examples_data();
    void rfc8659Examples() { runRow(); }
    void valueParsing_data();
    void valueParsing() { runRow(); }
    void caaTestSuite_data();
    void caaTestSuite() { runRow(); }
    void disagreementMatrix_data();
    void disagreementMatrix() { runRow(); }
    void genericCa_data();
    void genericCa() { runRow(); }
    void lookupFailures_data();
    void lookupFailures() { runRow(); }
    void boulderErrorText_data();
    void boulderErrorText() { runRow(); }
    void fixes_data();
    void fixes() { runRow(); }
    void truthAtTheEdges_data()
    {
        addColumns();
        addTruthRows();
    }
    void truthAtTheEdges() { runRow(); }
    void decideMatchesEvaluate_data();
    void decideMatchesEvaluate();
    void everyFixIsVerified_data() { decideMatchesEvaluate_data(); }
    void everyFixIsVerified();
    void evaluateIsPure();
    void evaluateTwiceIsEqual();
    void conditionsAreWhatTheCaAccepts_data();
    void conditionsAreWhatTheCaAccepts();
};

void TestEvaluator::boulderCaaChecking_data()
{
    addColumns();
    addBoulderRows();
}

void TestEvaluator::rfc8659Examples_data()
{
    addColumns();
    addRfcExampleRows();
}

void TestEvaluator::valueParsing_data()
{
    addColumns();
    addValueRows();
}

void TestEvaluator::caaTestSuite_data()
{
    addColumns();
    addCaaTestSuiteRows();
}

void TestEvaluator::disagreementMatrix_data()
{
    addColumns();
    addMatrixRows();
}

void TestEvaluator::genericCa_data()
{
    addColumns();
    addGenericRows();
}

void TestEvaluator::lookupFailures_data()
{
    addColumns();
    addLookupRows();
}

void TestEvaluator::boulderErrorText_data()
{
    addColumns();
    addErrorTextRows();
}

void TestEvaluator::fixes_data()
{
    addColumns();
    addFixRows();
}

void TestEvaluator::decideMatchesEvaluate_data()
{
    addColumns();
    const struct
    {
        const char* prefix;
        void (*add)();
    } tables[] = { { "boulder: ", addBoulderRows },    { "rfc: ", addRfcExampleRows }, { "value: ", addValueRows },
                   { "suite: ", addCaaTestSuiteRows }, { "matrix: ", addMatrixRows },  { "generic: ", addGenericRows },
                   { "lookup: ", addLookupRows },      { "text: ", addErrorTextRows }, { "fix: ", addFixRows },
                   { "truth: ", addTruthRows } };
    for (const auto& t : tables) {
        g_prefix = t.prefix;
        t.add();
    }
    g_prefix.clear();
}

// caa::decide is the cheap path of caa::evaluate: the same outcome and the same relevant node for every row above.
void TestEvaluator::decideMatchesEvaluate()
{
    QFETCH(QString, request);
    QFETCH(NodeSpecs, nodes);
    QFETCH(QString, profile);
    QFETCH(QString, account);
    QFETCH(QString, method);

    const caa::DomainName name = caa::DomainName::parse(request);
    QVERIFY(name.isValid());
    caa::Climb climb;
    const QString buildError = buildClimb(name, nodes, &climb);
    QVERIFY2(buildError.isEmpty(), qPrintable(buildError));
    const caa::CaProfile ca = profileFor(profile);
    const caa::Request req { name, account, method };

    const caa::Verdict v = caa::evaluate(climb, req, ca);
    int relevantNode = -2;
    const Outcome decided = caa::decide(climb, req, ca, &relevantNode);
    QCOMPARE(QLatin1String(caa::outcomeCode(decided)), QLatin1String(caa::outcomeCode(v.outcome)));
    QCOMPARE(relevantNode, v.relevantNode);
    // The out-parameter is optional.
    QCOMPARE(QLatin1String(caa::outcomeCode(caa::decide(climb, req, ca))), QLatin1String(caa::outcomeCode(v.outcome)));
}

// Check A over every row of every table: each offered fix, applied to a copy and evaluated again with the same request,
// lets the CA issue and weakens nothing (caa::verifyFix); a refusal without a fix says why.
void TestEvaluator::everyFixIsVerified()
{
    QFETCH(QString, request);
    QFETCH(NodeSpecs, nodes);
    QFETCH(QString, profile);
    QFETCH(QString, account);
    QFETCH(QString, method);
    const caa::DomainName name = caa::DomainName::parse(request);
    caa::Climb climb;
    QVERIFY(buildClimb(name, nodes, &climb).isEmpty());
    const caa::CaProfile ca = profileFor(profile);
    const caa::Request req { name, account, method };
    const caa::Verdict v = caa::evaluate(climb, req, ca);
    if (v.outcome != Outcome::Forbid) {
        QVERIFY2(v.fixes.isEmpty() || v.reason == QLatin1String(code::NsDisagree), qPrintable(summary(v)));
        return;
    }
    if (v.fixes.isEmpty()) {
        QVERIFY2(hasFinding(v, QString::fromLatin1(code::NoAutomaticFix)), qPrintable(summary(v)));
        return;
    }
    for (const caa::Fix& fix : v.fixes) {
        const caa::FixCheck check = caa::verifyFix(climb, req, ca, fix);
        QVERIFY2(check.ok(), qPrintable(check.problem + u" | "_s + summary(v)));
    }
    // The first fix repairs every cause at once.
    QCOMPARE(caa::decide(caa::applyFix(climb, v.fixes.first()), req, ca), Outcome::Permit);
}

// "Pure: same input, same output." Verdicts with different deciding reasons, evaluated in turn many times, keep
// their own reason and their own summary finding (no state carried from one evaluation to the next).
void TestEvaluator::evaluateIsPure()
{
    struct Case
    {
        const char* request;
        QList<QByteArray> records;
        const char* reason;
    };
    const QList<Case> cases {
        { "example.com", { "0 issue \"ca.com\""_ba }, code::IssuerNotListed },
        { "*.example.com",
          { "0 issue \"letsencrypt.org\""_ba, "0 issuewild \"ca.com\""_ba },
          code::IssuewildOverrides },
        { "example.com", { "0 issue \";\""_ba }, code::IssueDenyAll },
        { "example.com", { "128 foo \"bar\""_ba }, code::CriticalUnknownTag },
        { "example.com", { "0 issue \"letsencrypt.org.\""_ba }, code::IssuerTrailingDot },
    };
    QList<caa::Climb> climbs;
    QList<caa::Request> requests;
    for (const Case& c : cases) {
        const caa::DomainName name = caa::DomainName::parse(QString::fromLatin1(c.request));
        NodeSpec n;
        n.name = u"example.com"_s;
        n.status = LookupStatus::Records;
        n.records = c.records;
        caa::Climb climb;
        QVERIFY(buildClimb(name, { n }, &climb).isEmpty());
        climbs.append(climb);
        requests.append({ name, kAccount, kHttp01 });
    }
    QList<QString> first;
    for (int round = 0; round < 50; ++round) {
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const caa::Verdict v = caa::evaluate(climbs[i], requests[i], caa::letsEncryptProfile());
            QCOMPARE(v.reason, QString::fromLatin1(cases[i].reason));
            QVERIFY2(!v.findings.isEmpty() && v.findings.first().code == v.reason,
                     qPrintable(u"round %1, case %2: %3"_s.arg(round).arg(i).arg(summary(v))));
            if (round == 0)
                first.append(summary(v));
            else
                QCOMPARE(summary(v), first[i]);
        }
    }
}

void TestEvaluator::evaluateTwiceIsEqual()
{
    const caa::DomainName name = caa::DomainName::parse(u"*.www.example.com"_s);
    caa::Climb climb;
    NodeSpecs specs;
    NodeSpec n;
    n.name = u"example.com"_s;
    n.status = LookupStatus::Records;
    n.records = { "0 issue \"letsencrypt.org.\""_ba, "0 issuewild \"LetsEncrypt.org; a=b;\""_ba, "0 iodef \"x\""_ba };
    specs.append(n);
    QVERIFY(buildClimb(name, specs, &climb).isEmpty());
    const caa::Request req { name, kAccount, kHttp01 };
    const caa::Verdict a = caa::evaluate(climb, req, caa::letsEncryptProfile());
    const caa::Verdict b = caa::evaluate(climb, req, caa::letsEncryptProfile());
    QCOMPARE(summary(a), summary(b));
    QCOMPARE(a.findings.size(), b.findings.size());
    QCOMPARE(a.fixes.size(), b.fixes.size());
}

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"

// Item 2 at its edges: a conditional permit names only accounts and methods the CA would accept; records that no
// account or method can satisfy refuse (Boulder: methods are case-sensitive, a malformed label ends the list, account
// URLs are a prefix and a decimal id).
void TestEvaluator::conditionsAreWhatTheCaAccepts_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("expected"); // "forbid", or the conditions: "account|method,method"
    const QString none;
    QTest::newRow("one method") << "letsencrypt.org; validationmethods=dns-01"_ba << none << u"|dns-01"_s;
    QTest::newRow("capitals: no method") << "letsencrypt.org; validationmethods=HTTP-01"_ba << none << u"forbid"_s;
    QTest::newRow("empty list") << "letsencrypt.org; validationmethods="_ba << none << u"forbid"_s;
    QTest::newRow("empty label first") << "letsencrypt.org; validationmethods=,dns-01"_ba << none << u"forbid"_s;
    QTest::newRow("malformed label first")
        << "letsencrypt.org; validationmethods=http_01,http-01"_ba << none << u"forbid"_s;
    QTest::newRow("empty label in the middle")
        << "letsencrypt.org; validationmethods=dns-01,,http-01"_ba << none << u"|dns-01"_s;
    QTest::newRow("unknown method skipped")
        << "letsencrypt.org; validationmethods=foo-01,http-01"_ba << none << u"|http-01"_s;
    QTest::newRow("an account") << "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1"_ba
                                << none << u"https://acme-v02.api.letsencrypt.org/acme/acct/1|"_s;
    QTest::newRow("account of another host")
        << "letsencrypt.org; accounturi=https://example.com/acct/1"_ba << none << u"forbid"_s;
    QTest::newRow("account with a trailing slash")
        << "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1/"_ba << none << u"forbid"_s;
    QTest::newRow("account in capitals")
        << "letsencrypt.org; accounturi=HTTPS://acme-v02.api.letsencrypt.org/acme/acct/1"_ba << none << u"forbid"_s;
    QTest::newRow("the same foreign account given") << "letsencrypt.org; accounturi=https://example.com/acct/1"_ba
                                                    << u"https://example.com/acct/1"_s << u"forbid"_s;
    QTest::newRow("an id that is not a number given")
        << "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/abc"_ba
        << u"https://acme-v02.api.letsencrypt.org/acme/acct/abc"_s << u"forbid"_s;
}

void TestEvaluator::conditionsAreWhatTheCaAccepts()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, account);
    QFETCH(QString, expected);
    caa::Request request;
    request.name = caa::DomainName::parse(u"example.com");
    request.accountUri = account;
    caa::Climb climb;
    tst::NodeSpec spec;
    spec.name = u"example.com"_s;
    spec.status = LookupStatus::Records;
    spec.records = { "0 issue \""_ba + value + "\""_ba };
    QCOMPARE(buildClimb(request.name, { spec }, &climb), QString());
    const caa::Verdict v = caa::evaluate(climb, request, caa::letsEncryptProfile());
    QCOMPARE(caa::decide(climb, request, caa::letsEncryptProfile()), v.outcome);
    if (expected == u"forbid"_s) {
        QCOMPARE(v.outcome, Outcome::Forbid);
        return;
    }
    QCOMPARE(v.outcome, Outcome::Permit);
    QStringList got;
    for (const caa::Condition& c : v.conditions)
        got.append(c.accountUri + u'|' + c.validationMethods.join(u','));
    QCOMPARE(got.join(u';'), expected);
}
