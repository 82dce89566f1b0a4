#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace caa {

enum class Support
{
    Unknown,
    Yes,
    No,
    NotApplicable,
};

// How one CA evaluates CAA. CA behaviour lives here as data and a few switches, never as `if (ca == ...)` elsewhere.
struct CaProfile
{
    enum class Behaviour
    {
        Boulder, // Let's Encrypt's CA software, to the letter
        Rfc8659, // the RFC read strictly
        Generic, // a CA from the CCADB list: RFC semantics with its identifiers
    };
    enum class ValueParser
    {
        Boulder,
        Rfc8659,
    };

    QString key; // "letsencrypt.org", "rfc8659", "sectigo.com", ...
    QString displayName; // "Let's Encrypt (ISRG)"
    QStringList identifiers; // recognised issuer-domain-names; the first is the one to recommend
    Behaviour behaviour = Behaviour::Generic;
    ValueParser parser = ValueParser::Rfc8659;
    bool exactIssuerCompare = false; // Boulder: case-sensitive string equality
    bool flagOneIsCritical = false; // Boulder: flag value 1 is an alias of the critical bit
    QList<QByteArray> knownTags; // lower case; a critical tag not in here forbids issuance
    bool tldNxdomainIsError = false; // Boulder #7104
    bool truncationIsError = true; // a TC=1 answer cannot be trusted
    Support iodef = Support::Unknown; // does the CA send iodef reports
    Support accountUri = Support::Unknown;
    Support validationMethods = Support::Unknown;
    QList<QByteArray> validationMethodNames; // methods the CA implements (Boulder: http-01, dns-01, ...)
    // Boulder: an account URI is one of these prefixes and the decimal account id. Each inner list is one environment
    // (production, staging), whose ACMEv1 and ACMEv2 forms name the same account.
    QList<QStringList> accountUriPrefixes;
    // The CA's resolver refuses an empty answer that lacks the zone's SOA (RFC 2308); Let's Encrypt's Unbound does
    // since 1.18 (November 2023), answering SERVFAIL.
    bool rejectsNodataWithoutSoa = false;
    int caaRecheckHours = 0; // an authorisation older than this is checked again at finalize (Boulder: 7); 0 unknown
    QString decisionRule; // short reference: "Boulder va/caa.go", "RFC 8659 §3-§4"

    bool isCritical(quint8 flags) const { return (flags & 0x80) || (flagOneIsCritical && (flags & 0x01)); }
    bool knowsTag(QByteArrayView lowerCaseTag) const;
    bool recognises(QByteArrayView issuer) const;
    // Does the accounturi value name the requesting account? Boulder: the same id after any prefix of the request's
    // environment, and an account URL of no known form names no account; a CA without known prefixes: the URIs
    // must be equal.
    bool accountMatches(QByteArrayView allowed, const QString& account) const;
    // Is this URL one of this CA's account URLs (a known prefix and a decimal id)? True for any URL when the CA's
    // account URL forms are not known.
    bool isAccountOfThisCa(QStringView account) const;
    // An example of this CA's account URLs, empty when their form is not known.
    QString exampleAccountUri() const;
    QString recommendedIdentifier() const { return identifiers.value(0); }
};

// A CA as listed in the CCADB-derived data file: display name and identifiers, plus what is known of its features.
struct CaInfo
{
    QString name;
    QStringList identifiers;
    Support iodef = Support::Unknown;
    Support accountUri = Support::Unknown;
    Support validationMethods = Support::Unknown;
    Support issueMail = Support::Unknown;
    bool distrusted = false;
    bool platform = false; // a hosting platform listed for its CAs (Cloudflare), not a CA itself
};

// Known misspelling or wrong identifier → the value that was meant.
struct KnownMistake
{
    QByteArray wrong; // lower case
    QString right;
    QString note;
};

// The CA directory: built-in profiles plus the CCADB-derived identifier list in resources.
class CaDirectory
{
public:
    // The directory shipped in the application's resources (loaded once, thread-safe).
    static const CaDirectory& builtin();
    // Parses the data file format written by resources/data/generate_ca_data.py; exposed for tests.
    static CaDirectory fromData(QByteArrayView casTsv, QByteArrayView mistakesTsv, QString* error = nullptr);

    // Resolves a --ca argument: "letsencrypt.org", "rfc8659", "rfc8659:ID", any identifier in the CCADB list, or an
    // unknown identifier (a private CA: a generic RFC profile with that one identifier). Empty on a malformed argument.
    CaProfile profile(const QString& key) const;

    const QList<CaInfo>& cas() const { return m_cas; }
    // Every CA whose identifier list contains this exact lower-case identifier.
    QList<const CaInfo*> casForIdentifier(QByteArrayView identifier) const;
    const KnownMistake* knownMistake(QByteArrayView lowerCaseValue) const;
    // The closest known identifier to a value (Damerau-Levenshtein on lower case); distance out-param.
    QString nearestIdentifier(QByteArrayView value, int* distance) const;
    // For a --ca argument or a CA typed into the window that is no known identifier but close to one (a typo such as
    // "letsencrpyt.org"): that identifier, else empty.
    QString suggestionFor(const QString& key) const;
    QStringList allIdentifiers() const { return m_identifiers; }

private:
    QList<CaInfo> m_cas;
    QStringList m_identifiers;
    QList<QByteArray> m_identifiersLatin1;
    // Tells directories apart in nearestIdentifier()'s memory (an address can be reused by the next one).
    quint64 m_serial = nextSerial();
    static quint64 nextSerial(); // the same, for comparing with record values without converting each time
    QHash<QByteArray, QList<int>> m_byIdentifier;
    QList<KnownMistake> m_mistakes;
};

// An ACME account URL as RFC 8657's accounturi takes it: an absolute URI (a scheme, no white space).
bool isAccountUri(const QString& text);

CaProfile letsEncryptProfile();
CaProfile rfc8659Profile(const QString& identifier = QStringLiteral("letsencrypt.org"));

} // namespace caa
