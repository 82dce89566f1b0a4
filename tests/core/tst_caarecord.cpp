// CaaRecord: wire and presentation forms (RFC 8659 §4.1, RFC 3597 generic form), round trips between them, tag case,
// and the error codes and positions for malformed wire RDATA and presentation text.

#include "caa/caarecord.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(caa::CaaParseError::Code)

namespace {

QByteArray wire(std::initializer_list<int> octets, QByteArrayView rest = {})
{
    QByteArray out;
    for (int o : octets)
        out.append(char(o));
    out.append(rest.data(), rest.size());
    return out;
}

QString show(const caa::CaaRecord& r)
{
    return u"flags=%1 tag='%2' value=%3"_s.arg(r.flags).arg(QString::fromLatin1(r.tag),
                                                            QString::fromLatin1(r.value.toHex(' ')));
}

} // namespace

class TestCaaRecord : public QObject
{
    Q_OBJECT

private slots:
    void presentation_data();
    void presentation();
    void wireRoundTrip_data();
    void wireRoundTrip();
    void everyOctetRoundTrips();
    void tagCase();
    void malformedWire_data();
    void malformedWire();
    void malformedPresentation_data();
    void malformedPresentation();
    void describeCodes();
};

// Presentation text → record → canonical presentation and generic forms, and back.
void TestCaaRecord::presentation_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("canonical"); // toPresentation()
    QTest::addColumn<QString>("generic"); // toGeneric()

    const QString leGeneric = u"\\# 22 000569737375656c657473656e63727970742e6f7267"_s;
    const QString le = u"0 issue \"letsencrypt.org\""_s;
    QTest::newRow("quoted") << "0 issue \"letsencrypt.org\""_ba << 0 << "issue"_ba
                            << "letsencrypt.org"_ba << le << leGeneric;
    QTest::newRow("unquoted") << "0 issue letsencrypt.org"_ba << 0 << "issue"_ba
                              << "letsencrypt.org"_ba << le << leGeneric;
    QTest::newRow("extra whitespace") << "  0\tissue   \"letsencrypt.org\"  "_ba << 0 << "issue"_ba
                                      << "letsencrypt.org"_ba << le << leGeneric;
    QTest::newRow("generic form") << "\\# 22 000569737375656c657473656e63727970742e6f7267"_ba << 0 << "issue"_ba
                                  << "letsencrypt.org"_ba << le << leGeneric;
    QTest::newRow("generic form, spaced and upper-case hex")
        << "\\# 22 0005 6973737565 6C657473656E63727970742E6F7267"_ba << 0 << "issue"_ba
        << "letsencrypt.org"_ba << le << leGeneric;
    QTest::newRow("critical flag") << "128 tbs \"Unknown\""_ba << 128 << "tbs"_ba
                                   << "Unknown"_ba << u"128 tbs \"Unknown\""_s << u"\\# 12 8003746273556e6b6e6f776e"_s;
    QTest::newRow("flags 255") << "255 x \"y\""_ba << 255 << "x"_ba
                               << "y"_ba << u"255 x \"y\""_s << u"\\# 4 ff017879"_s;
    QTest::newRow("upper-case tag kept") << "0 ISSUE \"\""_ba << 0 << "ISSUE"_ba << QByteArray() << u"0 ISSUE \"\""_s
                                         << u"\\# 7 00054953535545"_s;
    QTest::newRow("generic form, upper-case tag, empty value")
        << "\\# 7 00054953535545"_ba << 0 << "ISSUE"_ba << QByteArray() << u"0 ISSUE \"\""_s
        << u"\\# 7 00054953535545"_s;
    QTest::newRow("empty value") << "0 issue \"\""_ba << 0 << "issue"_ba << QByteArray() << u"0 issue \"\""_s
                                 << u"\\# 7 00056973737565"_s;
    QTest::newRow("deny all") << "0 issue \";\""_ba << 0 << "issue"_ba
                              << ";"_ba << u"0 issue \";\""_s << u"\\# 8 000569737375653b"_s;
    QTest::newRow("spaces inside the quotes")
        << "0 issue \"letsencrypt.org; validationmethods=dns-01\""_ba << 0 << "issue"_ba
        << "letsencrypt.org; validationmethods=dns-01"_ba << u"0 issue \"letsencrypt.org; validationmethods=dns-01\""_s
        << u"\\# 48 00056973737565"_s
            + QString::fromLatin1(QByteArray("letsencrypt.org; validationmethods=dns-01").toHex());
    QTest::newRow("escaped quote") << "0 issue \"a\\\"b\""_ba << 0 << "issue"_ba
                                   << "a\"b"_ba << u"0 issue \"a\\\"b\""_s << u"\\# 10 00056973737565612262"_s;
    QTest::newRow("escaped backslash") << "0 issue \"a\\\\b\""_ba << 0 << "issue"_ba
                                       << "a\\b"_ba << u"0 issue \"a\\\\b\""_s << u"\\# 10 00056973737565615c62"_s;
    QTest::newRow("escaped ordinary character") << "0 issue \"\\l\\e\""_ba << 0 << "issue"_ba
                                                << "le"_ba << u"0 issue \"le\""_s << u"\\# 9 000569737375656c65"_s;
    QTest::newRow("\\DDD for ;") << "0 issue \"letsencrypt.org\\059\""_ba << 0 << "issue"_ba
                                 << "letsencrypt.org;"_ba << u"0 issue \"letsencrypt.org;\""_s
                                 << u"\\# 23 000569737375656c657473656e63727970742e6f72673b"_s;
    QTest::newRow("\\DDD newline") << "0 iodef \"mailto:a@b\\010\""_ba << 0 << "iodef"_ba
                                   << "mailto:a@b\n"_ba << u"0 iodef \"mailto:a@b\\010\""_s
                                   << u"\\# 18 0005696f6465666d61696c746f3a6140620a"_s;
    QTest::newRow("\\DDD non-ASCII") << "0 issue \"\\195\\169\""_ba << 0 << "issue"_ba
                                     << "\xc3\xa9"_ba << u"0 issue \"\\195\\169\""_s << u"\\# 9 00056973737565c3a9"_s;
    QTest::newRow("\\DDD NUL") << "0 issue \"\\000\""_ba << 0 << "issue"_ba << QByteArray(1, '\0')
                               << u"0 issue \"\\000\""_s << u"\\# 8 0005697373756500"_s;
    QTest::newRow("raw non-ASCII octets")
        << "0 issue \"\xc3\xa9\""_ba << 0 << "issue"_ba
        << "\xc3\xa9"_ba << u"0 issue \"\\195\\169\""_s << u"\\# 9 00056973737565c3a9"_s;
    QTest::newRow("unquoted with \\DDD") << "0 issue letsencrypt.org\\059"_ba << 0 << "issue"_ba
                                         << "letsencrypt.org;"_ba << u"0 issue \"letsencrypt.org;\""_s
                                         << u"\\# 23 000569737375656c657473656e63727970742e6f72673b"_s;
    QTest::newRow("unquoted with \\ and space") << "0 issue a\\ b"_ba << 0 << "issue"_ba
                                                << "a b"_ba << u"0 issue \"a b\""_s << u"\\# 10 00056973737565612062"_s;
    QTest::newRow("tab inside the quotes") << "0 issue \"a\tb\""_ba << 0 << "issue"_ba
                                           << "a\tb"_ba << u"0 issue \"a\\009b\""_s << u"\\# 10 00056973737565610962"_s;
}

void TestCaaRecord::presentation()
{
    QFETCH(QByteArray, text);
    QFETCH(int, flags);
    QFETCH(QByteArray, tag);
    QFETCH(QByteArray, value);
    QFETCH(QString, canonical);
    QFETCH(QString, generic);

    caa::CaaRecord r;
    caa::CaaParseError error;
    error.code = caa::CaaParseError::Truncated; // must be reset
    QVERIFY2(caa::parseCaaPresentation(text, &r, &error), qPrintable(caa::describe(error)));
    QCOMPARE(error.code, caa::CaaParseError::None);
    QCOMPARE(int(r.flags), flags);
    QCOMPARE(r.tag, tag);
    QCOMPARE(r.value, value);
    QCOMPARE(r.toPresentation(), canonical);
    QCOMPARE(r.toGeneric(), generic);

    // Back again from both forms, and through the wire.
    caa::CaaRecord fromCanonical, fromGeneric, fromWire;
    QVERIFY(caa::parseCaaPresentation(canonical.toLatin1(), &fromCanonical));
    QVERIFY2(fromCanonical == r, qPrintable(show(fromCanonical)));
    QVERIFY(caa::parseCaaPresentation(generic.toLatin1(), &fromGeneric));
    QVERIFY2(fromGeneric == r, qPrintable(show(fromGeneric)));
    QVERIFY(caa::parseCaaWire(r.toWire(), &fromWire));
    QVERIFY2(fromWire == r, qPrintable(show(fromWire)));
    QCOMPARE(r.toWire().size(), 2 + tag.size() + value.size());
    QCOMPARE(caa::quoteCharacterString(r.value), canonical.toLatin1().mid(canonical.indexOf(u'"')));
}

// Wire → record → wire, presentation and generic forms.
void TestCaaRecord::wireRoundTrip_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<QString>("presentation");

    QTest::newRow("issue") << wire({ 0, 5 }, "issueletsencrypt.org") << u"0 issue \"letsencrypt.org\""_s;
    QTest::newRow("critical unknown tag") << wire({ 128, 3 }, "tbsUnknown") << u"128 tbs \"Unknown\""_s;
    QTest::newRow("flag 1") << wire({ 1, 3 }, "foobar") << u"1 foo \"bar\""_s;
    QTest::newRow("empty value") << wire({ 0, 5 }, "issue") << u"0 issue \"\""_s;
    QTest::newRow("quote and backslash") << wire({ 0, 5 }, "issue\"\\") << u"0 issue \"\\\"\\\\\""_s;
    QTest::newRow("control and high octets") << wire({ 0, 5 }, "issue\x01\x7f\xff") << u"0 issue \"\\001\\127\\255\""_s;
    QTest::newRow("long tag") << wire({ 0, 15 }, "issuewildissuewx") << u"0 issuewildissuew \"x\""_s;
    QTest::newRow("value longer than 255 octets")
        << wire({ 0, 5 }, "issue" + QByteArray(300, 'a')) << u"0 issue \""_s + QString(300, u'a') + u'"';
}

void TestCaaRecord::wireRoundTrip()
{
    QFETCH(QByteArray, rdata);
    QFETCH(QString, presentation);

    caa::CaaRecord r;
    caa::CaaParseError error;
    QVERIFY2(caa::parseCaaWire(rdata, &r, &error), qPrintable(caa::describe(error)));
    QCOMPARE(error.code, caa::CaaParseError::None);
    QCOMPARE(r.toWire(), rdata);
    QCOMPARE(r.toPresentation(), presentation);
    caa::CaaRecord back;
    QVERIFY(caa::parseCaaPresentation(presentation.toLatin1(), &back));
    QVERIFY(back == r);
    QCOMPARE(r.toGeneric(), u"\\# %1 %2"_s.arg(rdata.size()).arg(QString::fromLatin1(rdata.toHex())));
    QVERIFY(caa::parseCaaPresentation(r.toGeneric().toLatin1(), &back));
    QVERIFY(back == r);
}

void TestCaaRecord::everyOctetRoundTrips()
{
    caa::CaaRecord r;
    r.flags = 0;
    r.tag = "issue";
    for (int i = 0; i < 256; ++i)
        r.value.append(char(i));
    caa::CaaRecord back;
    caa::CaaParseError error;
    QVERIFY2(caa::parseCaaPresentation(r.toPresentation().toLatin1(), &back, &error), qPrintable(caa::describe(error)));
    QVERIFY(back == r);
    QVERIFY(caa::parseCaaPresentation(r.toGeneric().toLatin1(), &back, &error));
    QVERIFY(back == r);
    const QByteArray quoted = caa::quoteCharacterString(r.value);
    for (char c : quoted)
        QVERIFY(quint8(c) >= 0x20 && quint8(c) <= 0x7e); // printable ASCII only
}

// Tags match case-insensitively (RFC 8659 §4.1); the record keeps the case it was written in.
void TestCaaRecord::tagCase()
{
    caa::CaaRecord r;
    QVERIFY(caa::parseCaaPresentation("0 IsSuEwIlD \"x\"", &r));
    QCOMPARE(r.tag, "IsSuEwIlD"_ba);
    QCOMPARE(r.canonicalTag(), "issuewild"_ba);
    QVERIFY(r.tagIs("issuewild"));
    QVERIFY(!r.tagIs("issue"));
    QVERIFY(!r.tagIs("issuewil"));
    QVERIFY(!r.isIssuerCritical());
    QVERIFY(caa::parseCaaPresentation("130 foo \"x\"", &r));
    QVERIFY(r.isIssuerCritical());
    QVERIFY(caa::parseCaaPresentation("1 foo \"x\"", &r));
    QVERIFY(!r.isIssuerCritical()); // bit 0 (value 128) only; Boulder's flag-1 alias lives in its profile
    caa::CaaRecord upper, lower;
    QVERIFY(caa::parseCaaPresentation("0 ISSUE \"x\"", &upper));
    QVERIFY(caa::parseCaaPresentation("0 issue \"x\"", &lower));
    QVERIFY(!(upper == lower)); // equality is octet equality
    QCOMPARE(upper.canonicalTag(), lower.canonicalTag());
}

void TestCaaRecord::malformedWire_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<caa::CaaParseError::Code>("code");
    QTest::addColumn<int>("position");

    using E = caa::CaaParseError;
    QTest::newRow("empty") << QByteArray() << false << E::Truncated << 0;
    QTest::newRow("flags only") << wire({ 0 }) << false << E::Truncated << 1;
    QTest::newRow("tag length 0") << wire({ 0, 0 }) << false << E::EmptyTag << 1;
    QTest::newRow("tag length 0 with a value") << wire({ 0, 0 }, "letsencrypt.org") << false << E::EmptyTag << 1;
    QTest::newRow("tag length 1, no tag") << wire({ 0, 1 }) << false << E::TagPastEnd << 1;
    QTest::newRow("tag past the end") << wire({ 0, 6 }, "issue") << false << E::TagPastEnd << 1;
    QTest::newRow("tag length 255") << wire({ 128, 255 }, "ab") << false << E::TagPastEnd << 1;
    // A tag with other characters is still a record (a CA may see it); reported, not rejected.
    QTest::newRow("underscore in the tag") << wire({ 0, 5 }, "is_uex") << true << E::TagCharacter << 4;
    QTest::newRow("hyphen in the tag") << wire({ 0, 10 }, "issue-wildx") << true << E::TagCharacter << 7;
}

void TestCaaRecord::malformedWire()
{
    QFETCH(QByteArray, rdata);
    QFETCH(bool, accepted);
    QFETCH(caa::CaaParseError::Code, code);
    QFETCH(int, position);

    caa::CaaRecord r;
    caa::CaaParseError error;
    QCOMPARE(caa::parseCaaWire(rdata, &r, &error), accepted);
    QCOMPARE(error.code, code);
    QCOMPARE(error.position, qsizetype(position));
    QVERIFY(!caa::describe(error).isEmpty());
    QCOMPARE(caa::parseCaaWire(rdata, &r), accepted); // the error pointer is optional
    if (accepted) {
        QCOMPARE(r.toWire(), rdata);
        // Representable in the generic form, which parses back to the same record.
        caa::CaaRecord back;
        caa::parseCaaPresentation(r.toGeneric().toLatin1(), &back);
        QVERIFY(back == r);
    }
}

void TestCaaRecord::malformedPresentation_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<caa::CaaParseError::Code>("code");
    QTest::addColumn<int>("position");

    using E = caa::CaaParseError;
    QTest::newRow("flags 256") << "256 issue \"x\""_ba << E::FlagsRange << 0;
    QTest::newRow("flags 1000") << "1000 issue \"x\""_ba << E::FlagsRange << 0;
    QTest::newRow("negative flags") << "-1 issue \"x\""_ba << E::FlagsRange << 0;
    QTest::newRow("hex flags") << "0x80 issue \"x\""_ba << E::FlagsRange << 0;
    QTest::newRow("flags after spaces") << "  300 issue \"x\""_ba << E::FlagsRange << 2;
    QTest::newRow("empty text") << QByteArray() << E::MissingField << 0;
    QTest::newRow("flags only") << "0"_ba << E::MissingField << 1;
    QTest::newRow("flags and a space") << "0 "_ba << E::MissingField << 2;
    QTest::newRow("missing value") << "0 issue"_ba << E::MissingField << 7;
    QTest::newRow("missing value, trailing spaces") << "0 issue   "_ba << E::MissingField << 10;
    QTest::newRow("unbalanced quote") << "0 issue \"letsencrypt.org"_ba << E::UnbalancedQuote << 8;
    QTest::newRow("closing quote escaped") << "0 issue \"abc\\\""_ba << E::UnbalancedQuote << 8;
    QTest::newRow("\\DDD above 255") << "0 issue \"\\256\""_ba << E::BadEscape << 9;
    QTest::newRow("\\DD (two digits)") << "0 issue \"\\25\""_ba << E::BadEscape << 9;
    QTest::newRow("\\D at the end") << "0 issue \"\\2"_ba << E::BadEscape << 9;
    QTest::newRow("\\DDD above 255 unquoted") << "0 issue a\\999"_ba << E::BadEscape << 9;
    QTest::newRow("lone backslash at the end") << "0 issue abc\\"_ba << E::BadEscape << 11;
    QTest::newRow("generic length mismatch") << "\\# 3 0005"_ba << E::GenericLength << 3;
    QTest::newRow("generic length too big")
        << "\\# 23 000569737375656c657473656e63727970742e6f7267"_ba << E::GenericLength << 3;
    QTest::newRow("generic length missing") << "\\# 0005"_ba << E::GenericLength << 3;
    QTest::newRow("generic length not a number") << "\\# x 00"_ba << E::GenericLength << 3;
    QTest::newRow("generic length above 65535") << "\\# 70000 00"_ba << E::GenericLength << 3;
    QTest::newRow("generic non-hex digit") << "\\# 2 0g"_ba << E::GenericHex << 6;
    QTest::newRow("generic odd number of digits") << "\\# 2 000"_ba << E::GenericHex << 8;
    QTest::newRow("generic RDATA too short") << "\\# 1 00"_ba << E::Truncated << 1;
    QTest::newRow("generic tag length 0") << "\\# 2 0000"_ba << E::EmptyTag << 1;
    QTest::newRow("generic tag past the end") << "\\# 3 000561"_ba << E::TagPastEnd << 1;
    QTest::newRow("text after the quoted value") << "0 issue \"a\" extra"_ba << E::TrailingData << 12;
    QTest::newRow("two quoted strings") << "0 issue \"a\" \"b\""_ba << E::TrailingData << 12;
    QTest::newRow("space inside an unquoted value") << "0 issue a b"_ba << E::TrailingData << 10;
    QTest::newRow("text glued to the closing quote") << "0 issue \"a\"b"_ba << E::TrailingData << 11;
    QTest::newRow("underscore in the tag") << "0 is_ue \"x\""_ba << E::TagCharacter << 4;
    QTest::newRow("quoted tag") << "0 \"issue\" \"x\""_ba << E::TagCharacter << 2;
}

void TestCaaRecord::malformedPresentation()
{
    QFETCH(QByteArray, text);
    QFETCH(caa::CaaParseError::Code, code);
    QFETCH(int, position);

    caa::CaaRecord r;
    caa::CaaParseError error;
    QVERIFY(!caa::parseCaaPresentation(text, &r, &error));
    QVERIFY2(error.code == code, qPrintable(u"code %1 at %2"_s.arg(int(error.code)).arg(error.position)));
    QCOMPARE(error.position, qsizetype(position));
    QVERIFY(!caa::describe(error).isEmpty());
    QVERIFY(!caa::parseCaaPresentation(text, &r)); // the error pointer is optional
}

void TestCaaRecord::describeCodes()
{
    using E = caa::CaaParseError;
    QVERIFY(caa::describe(E {}).isEmpty());
    for (E::Code c : { E::Truncated, E::EmptyTag, E::TagPastEnd, E::TagCharacter, E::FlagsRange, E::MissingField,
                       E::UnbalancedQuote, E::BadEscape, E::GenericLength, E::GenericHex, E::TrailingData }) {
        E e;
        e.code = c;
        QVERIFY(!caa::describe(e).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCaaRecord)
#include "tst_caarecord.moc"
