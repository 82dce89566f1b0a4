// The two issuer-value parsers on one input table: RFC 8659 §4.2 ABNF (caa-semantics.md §2.3) and Boulder's
// parseCAARecord (§6.5). Each row gives, per parser, whether the value is well formed, the issuer, the parameters and
// the first blocking diagnostic with its octet span.

#include "caa/issuervalue.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace tst {

struct Expect
{
    bool wellFormed = true;
    QByteArray issuer;
    QList<QByteArray> parameters; // "tag=value", checked for well-formed values
    int diagnostic = -1; // ValueDiagnostic::Code of the first blocking diagnostic, -1 for none
    qsizetype begin = 0;
    qsizetype end = 0;
};

} // namespace tst

Q_DECLARE_METATYPE(tst::Expect)

namespace {

using tst::Expect;
using D = caa::ValueDiagnostic;

Expect ok(const QByteArray& issuer, const QList<QByteArray>& parameters = {})
{
    Expect e;
    e.issuer = issuer;
    e.parameters = parameters;
    return e;
}

// A malformed value. `issuer` is what the parser still extracts: Boulder keeps the trimmed first part; the RFC
// parser's issuer is empty for every malformed value (issuervalue.h: "Empty for `;`, for an empty value and for a
// malformed RFC value").
Expect bad(D::Code code, qsizetype begin, qsizetype end, const QByteArray& issuer = {})
{
    Expect e;
    e.wellFormed = false;
    e.issuer = issuer;
    e.diagnostic = code;
    e.begin = begin;
    e.end = end;
    return e;
}

QString dump(const caa::IssuerValue& v)
{
    QStringList params;
    for (const caa::IssuerParameter& p : v.parameters)
        params.append(QString::fromLatin1(p.tag + '=' + p.value));
    QStringList diags;
    for (const caa::ValueDiagnostic& d : v.diagnostics)
        diags.append(
            u"%1@%2-%3%4"_s.arg(int(d.code)).arg(d.span.begin).arg(d.span.end).arg(d.blocking ? u""_s : u"(note)"_s));
    return u"wellFormed=%1 issuer='%2' params=[%3] diagnostics=[%4]"_s.arg(v.wellFormed ? u"true"_s : u"false"_s,
                                                                           QString::fromLatin1(v.issuer),
                                                                           params.join(u", "_s), diags.join(u", "_s));
}

// Compares every aspect and reports all differences at once.
void check(const caa::IssuerValue& v, const Expect& e)
{
    QStringList problems;
    if (v.wellFormed != e.wellFormed)
        problems.append(u"wellFormed should be %1"_s.arg(e.wellFormed ? u"true"_s : u"false"_s));
    if (v.issuer != e.issuer)
        problems.append(u"issuer should be '%1'"_s.arg(QString::fromLatin1(e.issuer)));
    if (e.wellFormed) {
        QList<QByteArray> params;
        for (const caa::IssuerParameter& p : v.parameters)
            params.append(p.tag + '=' + p.value);
        if (params != e.parameters)
            problems.append(u"parameters should be [%1]"_s.arg(QString::fromLatin1(e.parameters.join(", "))));
    }
    const caa::ValueDiagnostic* first = nullptr;
    for (const caa::ValueDiagnostic& d : v.diagnostics) {
        if (d.blocking) {
            first = &d;
            break;
        }
    }
    // A value is well formed exactly when nothing blocks.
    if (v.wellFormed != (first == nullptr))
        problems.append(u"wellFormed disagrees with the blocking diagnostics"_s);
    if (e.diagnostic < 0) {
        if (first)
            problems.append(u"no blocking diagnostic expected"_s);
    } else if (!first) {
        problems.append(u"a blocking diagnostic %1 expected"_s.arg(e.diagnostic));
    } else {
        if (int(first->code) != e.diagnostic)
            problems.append(u"first blocking diagnostic should be %1"_s.arg(e.diagnostic));
        if (first->span.begin != e.begin || first->span.end != e.end)
            problems.append(u"its span should be %1-%2"_s.arg(e.begin).arg(e.end));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u" | got "_s + dump(v)));
}

} // namespace

class TestIssuerValue : public QObject
{
    Q_OBJECT

private slots:
    void rfc8659_data() { table(); }
    void rfc8659();
    void boulder_data() { table(); }
    void boulder();
    void issuerSpan();
    void parameterSpans();
    void boulderNotes();
    void helpers();

private:
    static void table();
};

// Positions are octet offsets into the value; "letsencrypt.org" occupies 0-15, so the first ';' is at 15.
void TestIssuerValue::table()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<Expect>("rfc");
    QTest::addColumn<Expect>("boulder");

    const QByteArray le = "letsencrypt.org";

    // Well formed for both.
    QTest::newRow("issuer only") << le << ok(le) << ok(le);
    QTest::newRow("empty value") << QByteArray() << ok({}) << ok({});
    QTest::newRow(";") << ";"_ba << ok({}) << ok({});
    QTest::newRow("spaces only") << "   "_ba << ok({}) << ok({});
    QTest::newRow("spaces around the issuer") << "  letsencrypt.org  "_ba << ok(le) << ok(le);
    QTest::newRow("tabs around issuer, ; and parameter")
        << "\tletsencrypt.org\t;\tfoo=bar"_ba << ok(le, { "foo=bar" }) << ok(le, { "foo=bar" });
    QTest::newRow("space before ;") << "letsencrypt.org ; a=b"_ba << ok(le, { "a=b" }) << ok(le, { "a=b" });
    QTest::newRow("bare ; after the issuer") << "letsencrypt.org;"_ba << ok(le) << ok(le);
    QTest::newRow("; and spaces after the issuer") << "letsencrypt.org;   "_ba << ok(le) << ok(le);
    QTest::newRow("two parameters")
        << "letsencrypt.org; accounturi=https://example.net/acct/1; validationmethods=dns-01,http-01"_ba
        << ok(le, { "accounturi=https://example.net/acct/1", "validationmethods=dns-01,http-01" })
        << ok(le, { "accounturi=https://example.net/acct/1", "validationmethods=dns-01,http-01" });
    QTest::newRow("parameters without spaces")
        << "letsencrypt.org;a=b;c=d"_ba << ok(le, { "a=b", "c=d" }) << ok(le, { "a=b", "c=d" });
    QTest::newRow("space before a later ;")
        << "letsencrypt.org; a=b ;c=d"_ba << ok(le, { "a=b", "c=d" }) << ok(le, { "a=b", "c=d" });
    QTest::newRow("WSP around =") << "letsencrypt.org; a = b"_ba << ok(le, { "a=b" }) << ok(le, { "a=b" });
    QTest::newRow("empty parameter value") << "letsencrypt.org; a="_ba << ok(le, { "a=" }) << ok(le, { "a=" });
    QTest::newRow("= inside a value") << "letsencrypt.org; a=b=c"_ba << ok(le, { "a=b=c" }) << ok(le, { "a=b=c" });
    QTest::newRow("parameter tag starting with a digit")
        << "letsencrypt.org; 1a=b"_ba << ok(le, { "1a=b" }) << ok(le, { "1a=b" });
    QTest::newRow("parameter tag case kept")
        << "letsencrypt.org; AccountURI=x"_ba << ok(le, { "AccountURI=x" }) << ok(le, { "AccountURI=x" });
    QTest::newRow("no issuer, parameters")
        << "; accounturi=x"_ba << ok({}, { "accounturi=x" }) << ok({}, { "accounturi=x" });
    QTest::newRow("inner double hyphen") << "lets--encrypt.org"_ba << ok("lets--encrypt.org")
                                         << ok("lets--encrypt.org");
    QTest::newRow("A-label issuer") << "xn--bcher-kva.example"_ba << ok("xn--bcher-kva.example")
                                    << ok("xn--bcher-kva.example");
    QTest::newRow("upper case issuer") << "LetsEncrypt.org"_ba << ok("LetsEncrypt.org") << ok("LetsEncrypt.org");

    // Issuer-domain-name syntax: malformed for the RFC, unvalidated text for Boulder.
    QTest::newRow("trailing dot") << "letsencrypt.org."_ba << bad(D::IssuerTrailingDot, 15, 16)
                                  << ok("letsencrypt.org.");
    QTest::newRow("leading dot") << ".letsencrypt.org"_ba << bad(D::IssuerEmptyLabel, 0, 1) << ok(".letsencrypt.org");
    QTest::newRow("empty label") << "letsencrypt..org"_ba << bad(D::IssuerEmptyLabel, 12, 13) << ok("letsencrypt..org");
    QTest::newRow("label starts with -") << "-letsencrypt.org"_ba << bad(D::IssuerLabelHyphen, 0, 1)
                                         << ok("-letsencrypt.org");
    QTest::newRow("label ends with -") << "letsencrypt-.org"_ba << bad(D::IssuerLabelHyphen, 11, 12)
                                       << ok("letsencrypt-.org");
    QTest::newRow("apostrophes") << "'letsencrypt.org'"_ba << bad(D::IssuerCharacter, 0, 1) << ok("'letsencrypt.org'");
    QTest::newRow("double quotes") << "\"letsencrypt.org\""_ba << bad(D::IssuerCharacter, 0, 1)
                                   << ok("\"letsencrypt.org\"");
    QTest::newRow("underscore") << "letsencrypt_org"_ba << bad(D::IssuerCharacter, 11, 12) << ok("letsencrypt_org");
    QTest::newRow("non-ASCII issuer") << "l\xc3\xabtsencrypt.org"_ba << bad(D::IssuerCharacter, 1, 2)
                                      << ok("l\xc3\xabtsencrypt.org");
    QTest::newRow("display name") << "Let's Encrypt Authority X3"_ba << bad(D::IssuerCharacter, 3, 4)
                                  << ok("Let's Encrypt Authority X3");
    QTest::newRow("%%%%%") << "%%%%%"_ba << bad(D::IssuerCharacter, 0, 1) << ok("%%%%%");
    QTest::newRow("newline after the issuer")
        << "letsencrypt.org\n"_ba << bad(D::IssuerCharacter, 15, 16) << ok("letsencrypt.org\n");
    QTest::newRow("text after the issuer")
        << "letsencrypt.org foo"_ba << bad(D::TextAfterIssuer, 16, 19) << ok("letsencrypt.org foo");

    // Parameters.
    QTest::newRow("trailing ; after a parameter")
        << "letsencrypt.org; a=b;"_ba << bad(D::TrailingSemicolon, 20, 21) << bad(D::TrailingSemicolon, 20, 21, le);
    QTest::newRow("trailing ; after an empty value")
        << "letsencrypt.org; a=;"_ba << bad(D::TrailingSemicolon, 19, 20) << bad(D::TrailingSemicolon, 19, 20, le);
    // Reading chosen (the doc gives no positions): the superfluous ';' is the second one of ";;", for both parsers,
    // as the trailing-';' diagnostic marks the last ';'.
    QTest::newRow(";; between issuer and parameter")
        << "letsencrypt.org;; a=b"_ba << bad(D::EmptyParameter, 16, 17) << bad(D::EmptyParameter, 16, 17, le);
    QTest::newRow(";; between parameters")
        << "letsencrypt.org; a=b;; c=d"_ba << bad(D::EmptyParameter, 21, 22) << bad(D::EmptyParameter, 21, 22, le);
    QTest::newRow("hyphen in parameter tag")
        << "letsencrypt.org; cert-type=dv"_ba << ok(le, { "cert-type=dv" }) << bad(D::ParameterTagHyphen, 21, 22, le);
    QTest::newRow("underscore in parameter tag")
        << "letsencrypt.org; a_b=123"_ba << bad(D::ParameterTagCharacter, 18, 19)
        << bad(D::ParameterTagCharacter, 18, 19, le);
    QTest::newRow("empty parameter tag") << "letsencrypt.org; =foo"_ba << bad(D::ParameterTagEmpty, 17, 18)
                                         << ok(le, { "=foo" });
    QTest::newRow("parameter without =") << "letsencrypt.org; foo"_ba << bad(D::ParameterWithoutEquals, 17, 20)
                                         << bad(D::ParameterWithoutEquals, 17, 20, le);
    QTest::newRow("second parameter without =")
        << "letsencrypt.org; a=b; c"_ba << bad(D::ParameterWithoutEquals, 22, 23)
        << bad(D::ParameterWithoutEquals, 22, 23, le);
    // The offending octet is the first one outside %x21-3A / %x3C-7E: the space or tab inside the value.
    QTest::newRow("spaces inside a value") << "letsencrypt.org; ab=1 2 3"_ba << bad(D::ParameterValueCharacter, 21, 22)
                                           << bad(D::ParameterValueCharacter, 21, 22, le);
    QTest::newRow("tab inside a value") << "letsencrypt.org; a=b\tc"_ba << bad(D::ParameterValueCharacter, 20, 21)
                                        << bad(D::ParameterValueCharacter, 20, 21, le);
    QTest::newRow("space after a comma") << "letsencrypt.org; validationmethods=dns-01, http-01"_ba
                                         << bad(D::ParameterValueCharacter, 42, 43)
                                         << bad(D::ParameterValueCharacter, 42, 43, le);
    QTest::newRow("non-ASCII in a value")
        << "letsencrypt.org; a=b\xc3\xa9"_ba << bad(D::ParameterValueCharacter, 20, 21)
        << bad(D::ParameterValueCharacter, 20, 21, le);
    QTest::newRow("DEL in a value") << "letsencrypt.org; a=b\x7f"_ba << bad(D::ParameterValueCharacter, 20, 21)
                                    << bad(D::ParameterValueCharacter, 20, 21, le);
}

void TestIssuerValue::rfc8659()
{
    QFETCH(QByteArray, value);
    QFETCH(Expect, rfc);
    check(caa::parseIssuerRfc8659(value), rfc);
}

void TestIssuerValue::boulder()
{
    QFETCH(QByteArray, value);
    QFETCH(Expect, boulder);
    check(caa::parseIssuerBoulder(value), boulder);
}

void TestIssuerValue::issuerSpan()
{
    const caa::IssuerValue a = caa::parseIssuerRfc8659("  letsencrypt.org  ; a=b");
    QCOMPARE(a.issuerSpan, (caa::Span { 2, 17 }));
    const caa::IssuerValue b = caa::parseIssuerBoulder("  letsencrypt.org  ; a=b");
    QCOMPARE(b.issuerSpan, (caa::Span { 2, 17 }));
    const caa::IssuerValue c = caa::parseIssuerBoulder("\tLet's Encrypt\t");
    QCOMPARE(c.issuer, "Let's Encrypt"_ba);
    QCOMPARE(c.issuerSpan, (caa::Span { 1, 14 }));
    QCOMPARE(caa::parseIssuerRfc8659(";").issuerSpan.length(), 0);
}

void TestIssuerValue::parameterSpans()
{
    const QByteArray value = "letsencrypt.org; accounturi = https://e.net/1 ;\tvalidationmethods=dns-01";
    for (const caa::IssuerValue& v : { caa::parseIssuerRfc8659(value), caa::parseIssuerBoulder(value) }) {
        QVERIFY(v.wellFormed);
        QCOMPARE(v.parameters.size(), 2);
        QCOMPARE(v.parameters[0].tag, "accounturi"_ba);
        QCOMPARE(v.parameters[0].tagSpan, (caa::Span { 17, 27 }));
        QCOMPARE(v.parameters[0].value, "https://e.net/1"_ba);
        QCOMPARE(v.parameters[0].valueSpan, (caa::Span { 30, 45 }));
        QCOMPARE(v.parameters[1].tag, "validationmethods"_ba);
        QCOMPARE(v.parameters[1].tagSpan, (caa::Span { 48, 65 }));
        QCOMPARE(v.parameters[1].value, "dns-01"_ba);
        QCOMPARE(v.parameters[1].valueSpan, (caa::Span { 66, 72 }));
        for (const caa::IssuerParameter& p : v.parameters) {
            QCOMPARE(value.mid(p.tagSpan.begin, p.tagSpan.length()), p.tag);
            QCOMPARE(value.mid(p.valueSpan.begin, p.valueSpan.length()), p.value);
        }
    }
}

// Boulder accepts these but the tool explains them: non-blocking notes with their spans.
void TestIssuerValue::boulderNotes()
{
    const caa::IssuerValue dot = caa::parseIssuerBoulder("letsencrypt.org.");
    QVERIFY(dot.wellFormed);
    QCOMPARE(dot.diagnostics.size(), 1);
    QCOMPARE(dot.diagnostics[0], (caa::ValueDiagnostic { D::IssuerTrailingDot, { 15, 16 }, false }));

    const caa::IssuerValue quoted = caa::parseIssuerBoulder("'letsencrypt.org'");
    QVERIFY(quoted.wellFormed);
    QCOMPARE(quoted.diagnostics.size(), 1);
    QCOMPARE(quoted.diagnostics[0], (caa::ValueDiagnostic { D::IssuerCharacter, { 0, 1 }, false }));

    const caa::IssuerValue emptyTag = caa::parseIssuerBoulder("letsencrypt.org; =foo");
    QVERIFY(emptyTag.wellFormed);
    QCOMPARE(emptyTag.parameters.size(), 1);
    QCOMPARE(emptyTag.parameters[0].tag, QByteArray());
    QCOMPARE(emptyTag.parameters[0].value, "foo"_ba);
    QCOMPARE(emptyTag.diagnostics.size(), 1);
    QCOMPARE(emptyTag.diagnostics[0], (caa::ValueDiagnostic { D::ParameterTagEmpty, { 17, 18 }, false }));
}

void TestIssuerValue::helpers()
{
    const caa::IssuerValue v = caa::parseIssuerBoulder("letsencrypt.org; accounturi=a; AccountURI=b; accounturi=c");
    QVERIFY(v.wellFormed);
    const auto named = v.parametersNamed("accounturi");
    QCOMPARE(named.size(), 2);
    QCOMPARE(named[0]->value, "a"_ba);
    QCOMPARE(named[1]->value, "c"_ba);
    QVERIFY(!v.isDenyAll());
    QVERIFY(caa::parseIssuerBoulder(";").isDenyAll());
    QVERIFY(caa::parseIssuerRfc8659("").isDenyAll());
    QVERIFY(caa::parseIssuerRfc8659(" ; accounturi=x").isDenyAll());
    QVERIFY(!caa::parseIssuerRfc8659("letsencrypt.org.").isDenyAll()); // malformed: not a deny-all property
    QVERIFY(!caa::parseIssuerBoulder(";;").isDenyAll());
}

QTEST_GUILESS_MAIN(TestIssuerValue)
#include "tst_issuervalue.moc"
