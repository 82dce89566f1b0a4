// DomainName: parsing and normalisation of what users type or paste (case, trailing dot, IDN, wildcard, URLs),
// rejection with a NameError code and position, and the RFC 8659 climb order.

#include "caa/climb.h"
#include "caa/domainname.h"
#include "messagecatalogue.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(caa::NameError::Code)

namespace {

QString repeated(QChar c, int n)
{
    return QString(n, c);
}

// A name of `length` characters made of 63-octet labels (the last one shorter).
QString nameOfLength(int length)
{
    QStringList labels;
    int remaining = length;
    while (remaining > 0) {
        const int label = std::min(63, remaining);
        labels.append(repeated(u'a', label));
        remaining -= label + 1; // the dot before the next label
    }
    const QString name = labels.join(u'.');
    Q_ASSERT(name.size() == length); // holds for the lengths used here (253, 254)
    return name;
}

} // namespace

class TestDomainName : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void idnaProbe();
    void climb_data();
    void climb();
    void parentAndSubdomain();
    void unicodeText_data();
    void unicodeText();
    void fromAscii_data();
    void fromAscii();
    void describeCodes();
};

void TestDomainName::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("wildcard");
    QTest::addColumn<QString>("display");

    const QString ex = u"example.com"_s;
    const QString bucher = u"xn--bcher-kva.example"_s;
    QTest::newRow("plain") << ex << ex << false << ex;
    QTest::newRow("upper case and trailing dot") << u"Example.COM."_s << ex << false << ex;
    QTest::newRow("all upper case") << u"EXAMPLE.COM"_s << ex << false << ex;
    QTest::newRow("surrounding spaces") << u"  example.com \t"_s << ex << false << ex;
    QTest::newRow("wildcard") << u"*.example.com"_s << ex << true << u"*.example.com"_s;
    QTest::newRow("wildcard, upper case, trailing dot") << u"*.Example.COM."_s << ex << true << u"*.example.com"_s;
    QTest::newRow("TLD") << u"com"_s << u"com"_s << false << u"com"_s;
    QTest::newRow("IDN U-label") << u"bücher.example"_s << bucher << false << bucher;
    QTest::newRow("IDN upper case U-label") << u"BÜCHER.example"_s << bucher << false << bucher;
    QTest::newRow("IDN with trailing dot") << u"bücher.example."_s << bucher << false << bucher;
    QTest::newRow("IDN wildcard") << u"*.bücher.example"_s << bucher << true << u"*.xn--bcher-kva.example"_s;
    QTest::newRow("A-label given") << bucher << bucher << false << bucher;
    // IDNA2008 (non-transitional): ß is kept, not mapped to "ss".
    QTest::newRow("IDNA2008 sharp s") << u"faß.de"_s << u"xn--fa-hia.de"_s << false << u"xn--fa-hia.de"_s;
    // QUrl::toAce (UTS #46) encodes an emoji label rather than rejecting it; the name is accepted as such.
    QTest::newRow("emoji label (QUrl::toAce accepts it)")
        << u"\U0001F600.example"_s << u"xn--e28h.example"_s << false << u"xn--e28h.example"_s;
    QTest::newRow("pasted URL with user, port, path and query")
        << u"https://user@www.Example.com:8443/path?q"_s << u"www.example.com"_s << false << u"www.example.com"_s;
    QTest::newRow("pasted URL with credentials")
        << u"https://user:pass@www.example.com/"_s << u"www.example.com"_s << false << u"www.example.com"_s;
    QTest::newRow("pasted http URL, fragment") << u"http://example.com#top"_s << ex << false << ex;
    QTest::newRow("pasted URL with an IDN host") << u"https://bücher.example/"_s << bucher << false << bucher;
    QTest::newRow("pasted URL with a trailing dot") << u"https://example.com./"_s << ex << false << ex;
    const QString a63 = repeated(u'a', 63) + u".com"_s;
    QTest::newRow("63-octet label") << a63 << a63 << false << a63;
    const QString n253 = nameOfLength(253);
    QTest::newRow("253 characters") << n253 << n253 << false << n253;
    QTest::newRow("253 characters and the root dot") << n253 + u'.' << n253 << false << n253;
}

void TestDomainName::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(bool, wildcard);
    QFETCH(QString, display);

    caa::NameError error;
    error.code = caa::NameError::Empty; // must be reset
    const caa::DomainName name = caa::DomainName::parse(input, &error);
    QVERIFY2(name.isValid(), qPrintable(caa::MessageCatalogue::nameError(error)));
    QCOMPARE(error.code, caa::NameError::None);
    QCOMPARE(name.text(), text);
    QCOMPARE(name.isWildcard(), wildcard);
    QCOMPARE(name.displayText(), display);
    if (!text.contains(u"xn--"_s))
        QCOMPARE(name.unicodeText(), display);
    QCOMPARE(name.labels(), text.split(u'.'));
    QCOMPARE(name.labelCount(), int(text.count(u'.')) + 1);
    QCOMPARE(name.isTld(), !text.contains(u'.'));
    // Normalisation is idempotent: parsing the display form again gives the same name.
    QVERIFY(caa::DomainName::parse(name.displayText()) == name);
}

void TestDomainName::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<caa::NameError::Code>("code");
    QTest::addColumn<int>("begin"); // -1: position not checked
    QTest::addColumn<int>("end");

    using E = caa::NameError;
    QTest::newRow("empty") << QString() << E::Empty << 0 << 0;
    QTest::newRow("spaces only") << u"   "_s << E::Empty << -1 << -1;
    QTest::newRow("root only") << u"."_s << E::Empty << 0 << 1;
    QTest::newRow("a..b") << u"a..b"_s << E::EmptyLabel << 2 << 3;
    // No top-level domain is a number: an IP address with a trailing dot or a wildcard is no name either.
    QTest::newRow("IPv4 with a trailing dot") << u"1.2.3.4."_s << E::NumericTopLevel << 6 << 8;
    QTest::newRow("wildcard IPv4") << u"*.192.0.2.1"_s << E::NumericTopLevel << 10 << 11;
    QTest::newRow("numeric TLD") << u"www.example.123"_s << E::NumericTopLevel << 12 << 15;
    QTest::newRow("leading dot") << u".example.com"_s << E::EmptyLabel << 0 << 1;
    QTest::newRow("two trailing dots") << u"example.com.."_s << E::EmptyLabel << 12 << 13;
    QTest::newRow("wildcard without a base") << u"*."_s << E::EmptyLabel << 0 << 2;
    QTest::newRow("64-octet label") << repeated(u'a', 64) + u".com"_s << E::LabelTooLong << 0 << 64;
    QTest::newRow("64-octet inner label") << u"www."_s + repeated(u'a', 64) + u".com"_s << E::LabelTooLong << 4 << 68;
    QTest::newRow("254 characters") << nameOfLength(254) << E::NameTooLong << 0 << 254;
    QTest::newRow("space inside") << u"exa mple.com"_s << E::InvalidCharacter << 3 << 4;
    QTest::newRow("space inside, leading spaces") << u"  exa mple.com"_s << E::InvalidCharacter << 5 << 6;
    QTest::newRow("exclamation mark") << u"exam!ple.com"_s << E::InvalidCharacter << 4 << 5;
    QTest::newRow("port without a scheme") << u"example.com:443"_s << E::InvalidCharacter << 11 << 12;
    QTest::newRow("space inside a pasted URL")
        << u"https://user@exa mple.com:8443/"_s << E::InvalidCharacter << 16 << 17;
    QTest::newRow("*.*.example.com") << u"*.*.example.com"_s << E::WildcardNotLeftmost << 2 << 3;
    QTest::newRow("foo.*.example.com") << u"foo.*.example.com"_s << E::WildcardNotLeftmost << 4 << 5;
    QTest::newRow("partial wildcard label") << u"*foo.example.com"_s << E::WildcardNotLeftmost << 0 << 1;
    QTest::newRow("U+FFFD (QUrl::toAce rejects it)") << u"ex\uFFFDample.com"_s << E::InvalidIdn << 2 << 3;
    QTest::newRow("U+FFFD after a wildcard") << u"*.ex\uFFFDample.com"_s << E::InvalidIdn << 4 << 5;
}

void TestDomainName::invalid()
{
    QFETCH(QString, input);
    QFETCH(caa::NameError::Code, code);
    QFETCH(int, begin);
    QFETCH(int, end);

    caa::NameError error;
    const caa::DomainName name = caa::DomainName::parse(input, &error);
    const QString info
        = u"code %1 at %2-%3: %4"_s.arg(int(error.code))
              .arg(error.begin)
              .arg(error.end)
              .arg(name.isValid() ? u"valid as "_s + name.text() : caa::MessageCatalogue::nameError(error));
    QVERIFY2(!name.isValid(), qPrintable(info));
    QVERIFY(name.text().isEmpty());
    QVERIFY(name.climb().isEmpty());
    QVERIFY2(error.code == code, qPrintable(info));
    if (begin >= 0) {
        QVERIFY2(error.begin == begin, qPrintable(info));
        QVERIFY2(error.end == end, qPrintable(info));
    }
    QVERIFY(!caa::MessageCatalogue::nameError(error).isEmpty());
    // The null error pointer is allowed.
    QVERIFY(!caa::DomainName::parse(input).isValid());
}

// The rows above depend on what QUrl::toAce does with these inputs; pin it so a Qt upgrade shows up here first.
void TestDomainName::idnaProbe()
{
    QCOMPARE(QUrl::toAce(u"bücher.example"_s), "xn--bcher-kva.example"_ba);
    QCOMPARE(QUrl::toAce(u"\U0001F600.example"_s), "xn--e28h.example"_ba);
    QVERIFY(QUrl::toAce(u"ex\uFFFDample.com"_s).isEmpty());
}

void TestDomainName::climb_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("climb");

    QTest::newRow("five labels") << u"a.b.example.co.uk"_s
                                 << QStringList { u"a.b.example.co.uk"_s, u"b.example.co.uk"_s, u"example.co.uk"_s,
                                                  u"co.uk"_s, u"uk"_s };
    QTest::newRow("wildcard climbs from the base name")
        << u"*.www.example.com"_s << QStringList { u"www.example.com"_s, u"example.com"_s, u"com"_s };
    QTest::newRow("normalised first") << u"WWW.Example.COM."_s
                                      << QStringList { u"www.example.com"_s, u"example.com"_s, u"com"_s };
    QTest::newRow("IDN") << u"www.bücher.example"_s
                         << QStringList { u"www.xn--bcher-kva.example"_s, u"xn--bcher-kva.example"_s, u"example"_s };
    QTest::newRow("TLD only") << u"com"_s << QStringList { u"com"_s };
    QTest::newRow("invalid name") << u"a..b"_s << QStringList {};
}

void TestDomainName::climb()
{
    QFETCH(QString, input);
    QFETCH(QStringList, climb);

    const caa::DomainName name = caa::DomainName::parse(input);
    QStringList got;
    const QList<caa::DomainName> names = name.climb();
    for (const caa::DomainName& n : names) {
        got.append(n.text());
        QVERIFY(n.isValid());
        QVERIFY(!n.isWildcard()); // the climb is over names, never over "*.X"
        QVERIFY(name.isValid() && caa::DomainName::parse(name.text()).isSubdomainOf(n));
    }
    QCOMPARE(got, climb);
    if (!names.isEmpty()) {
        QVERIFY(names.last().isTld()); // the TLD is queried, the root never
        QCOMPARE(names.first().text(), name.text());
    }
    // Climb::forName: one Pending node per name, in the same order.
    const caa::Climb c = caa::Climb::forName(name);
    QCOMPARE(c.nodes.size(), climb.size());
    for (qsizetype i = 0; i < c.nodes.size(); ++i) {
        QCOMPARE(c.nodes[i].name, climb[i]);
        QVERIFY(c.nodes[i].status == caa::LookupStatus::Pending);
        QCOMPARE(c.indexOf(climb[i]), i);
    }
    QCOMPARE(c.indexOf(u"not.on.the.climb"_s), qsizetype(-1));
}

void TestDomainName::parentAndSubdomain()
{
    const caa::DomainName www = caa::DomainName::parse(u"www.example.com"_s);
    const caa::DomainName ex = caa::DomainName::parse(u"example.com"_s);
    const caa::DomainName bad = caa::DomainName::parse(u"badexample.com"_s);
    const caa::DomainName com = caa::DomainName::parse(u"com"_s);
    QVERIFY(www.parent() == ex);
    QVERIFY(ex.parent() == com);
    QVERIFY(!com.parent().isValid());
    QVERIFY(www.isSubdomainOf(ex));
    QVERIFY(www.isSubdomainOf(com));
    QVERIFY(ex.isSubdomainOf(ex));
    QVERIFY(!ex.isSubdomainOf(www));
    QVERIFY(!bad.isSubdomainOf(ex));
    QVERIFY(!www.isSubdomainOf(caa::DomainName()));
    QVERIFY(!caa::DomainName().isValid());
    QVERIFY(caa::DomainName::parse(u"*.example.com"_s) != ex); // the wildcard flag is part of the identity
    QVERIFY(com.isTld());
    QVERIFY(!ex.isTld());
}

// "The Unicode form for display when the name has A-labels, else text()" (domainname.h), whatever the TLD.
void TestDomainName::unicodeText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("unicode");
    QTest::newRow("bücher.com") << u"xn--bcher-kva.com"_s << u"bücher.com"_s;
    QTest::newRow("bücher.de") << u"bücher.de"_s << u"bücher.de"_s;
    QTest::newRow("*.bücher.de") << u"*.bücher.de"_s << u"*.bücher.de"_s;
    QTest::newRow("bücher.example") << u"bücher.example"_s << u"bücher.example"_s;
    QTest::newRow("*.bücher.example") << u"*.xn--bcher-kva.example"_s << u"*.bücher.example"_s;
    QTest::newRow("emoji label") << u"\U0001F600.example"_s << u"\U0001F600.example"_s;
    QTest::newRow("ASCII name") << u"*.Example.com"_s << u"*.example.com"_s;
}

void TestDomainName::unicodeText()
{
    QFETCH(QString, input);
    QFETCH(QString, unicode);
    const caa::DomainName name = caa::DomainName::parse(input);
    QVERIFY(name.isValid());
    QCOMPARE(name.unicodeText(), unicode);
}

// fromAscii is for names from zone files and DNS answers: "no URL or IDN handling" (domainname.h).
void TestDomainName::fromAscii_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("text"); // for valid names; for invalid ones, what it must not become

    QTest::newRow("upper case, trailing dot") << "Example.COM."_ba << true << u"example.com"_s;
    QTest::newRow("A-label") << "xn--bcher-kva.example"_ba << true << u"xn--bcher-kva.example"_s;
    QTest::newRow("empty label") << "a..b"_ba << false << QString();
    // An RFC 2317 classless reverse name contains '/': it must not be cut at the '/' as if it were a URL path.
    QTest::newRow("RFC 2317 name with /") << "0/25.2.0.192.in-addr.arpa"_ba << false << u"0"_s;
    // No URL handling: a scheme is not stripped.
    QTest::newRow("URL") << "https://example.com"_ba << false << u"example.com"_s;
    QTest::newRow("user@host") << "user@example.com"_ba << false << u"example.com"_s;
    // No IDN handling: a Latin-1 octet is not turned into an A-label.
    QTest::newRow("Latin-1 octet") << "b\xfc"
                                      "cher.example"_ba
                                   << false << u"xn--bcher-kva.example"_s;
}

void TestDomainName::fromAscii()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    QFETCH(QString, text);
    caa::NameError error;
    const caa::DomainName name = caa::DomainName::fromAscii(input, &error);
    QVERIFY2(name.isValid() == valid, qPrintable(u"got '%1' (error %2)"_s.arg(name.text()).arg(int(error.code))));
    if (valid) {
        QCOMPARE(name.text(), text);
        QCOMPARE(error.code, caa::NameError::None);
    } else {
        QVERIFY(error.code != caa::NameError::None);
    }
}

void TestDomainName::describeCodes()
{
    using E = caa::NameError;
    QVERIFY(caa::MessageCatalogue::nameError(E {}).isEmpty());
    // Every code has its sentence in the message catalogue (the window translates them).
    QSet<QString> sentences;
    for (int c = E::Empty; c <= E::LineTooLong; ++c) {
        E e;
        e.code = E::Code(c);
        const QString sentence = caa::MessageCatalogue::nameError(e);
        QVERIFY2(!sentence.isEmpty(), qPrintable(QString::number(c)));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), int(E::LineTooLong)); // each its own
}

QTEST_GUILESS_MAIN(TestDomainName)
#include "tst_domainname.moc"
