#pragma once

#include <QString>

namespace caa {

// What an ACME client printed when a CA refused, taken apart: the identifier, where the CA found the records, and
// whether it was a policy refusal or a DNS failure. Understands Boulder's problem details with their wrappers
// (certbot, acme.sh, lego, Caddy, win-acme, problem JSON, finalize rechecks, secondary validation) and a few other
// CAs' texts.
struct AcmeError
{
    enum class Kind
    {
        Unknown,
        CaaForbid, // "CAA record for X prevents issuance" (type caa)
        DnsProblem, // "DNS problem: ... looking up CAA for X" (type dns)
    };
    Kind kind = Kind::Unknown;
    QString identifier; // the name the certificate was for, "*.example.com" for a wildcard
    QString foundAt; // CaaForbid: where the relevant records were (Boulder's foundAt); DnsProblem: the failing name
    QString dnsProblem; // "SERVFAIL", "REFUSED", "timeout", "truncated", "networking error", ...
    QString ede; // "DNSSEC: Bogus" and the like, with the resolver's extra text after ": "
    QString problemType; // "urn:ietf:params:acme:error:caa"
    int httpStatus = 0;
    bool secondaryValidation = false; // "During secondary validation": only remote perspectives saw this
    bool finalizeRecheck = false; // "rechecking caa" at finalize (authorisation older than 7 hours)
    int moreIdentifiers = 0; // "... and N more identifiers failed"
    QString ca; // the CA the text comes from, when it says ("letsencrypt.org", "ssl.com")

    QString detail; // the CA's own sentence: "CAA record for x prevents issuance", "DNS problem: ..."

    bool isValid() const { return kind != Kind::Unknown || !identifier.isEmpty(); }
    // What went wrong, in the CA's words: the DNS problem or EDE, else the detail.
    QString problem() const;
};

AcmeError parseAcmeError(const QString& text);

} // namespace caa
