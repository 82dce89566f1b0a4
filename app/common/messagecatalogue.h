#pragma once

#include "caa/acmeerror.h"
#include "caa/diagnosis.h"
#include "caa/evaluator.h"
#include "caa/lint.h"

#include <QCoreApplication>
#include <QString>

namespace caa {

// The one place finding codes become sentences. The GUI, the CLI and reports all call it, so they say the same thing;
// every sentence goes through tr() for translation.
class MessageCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(MessageCatalogue)
public:
    // The sentence for a finding; `ca` is the display name of the CA the verdict is for.
    static QString finding(const Finding& finding, const QString& ca = QString());
    static QString lintFinding(const LintFinding& finding);
    // What an ACME client's error message says, in one or two sentences.
    static QString acmeError(const AcmeError& error);
    // A short imperative title for a fix: "Remove the trailing dot".
    static QString fixTitle(const Fix& fix);
    // One step of a fix, by the finding code it repairs; empty for none.
    static QString fixStep(const QString& code, const QVariantMap& args);
    // For a fix that changes no record (a server to repair): what to do, in one or two sentences. Empty otherwise.
    static QString fixDescription(const Fix& fix);
    // What a record fix leaves out and why (parameters the CA cannot read), or empty.
    static QString fixCaveat(const Fix& fix);
    // "Let's Encrypt will refuse to issue for www.example.com"
    static QString verdictHeadline(const Verdict& verdict, const QString& caName, const QString& name);
    // "fix your configuration" / "retry later" / "nothing to do"
    static QString verdictAction(const Verdict& verdict);
    // "✓ may issue" (as the headline says) / "✓ if the account matches" / "✗ will refuse" / "? cannot tell": for
    // tables.
    static QString outcomeShort(const Verdict& verdict) { return outcomeShort(stateOf(verdict), verdict.reason); }
    // With the verdict's reason, a failure says whether the CA refuses (its lookup fails) or whether this check
    // cannot tell (cannotTell()).
    static QString outcomeShort(VerdictState state, const QString& reason);
    static QString outcomeShort(VerdictState state);
    // Reasons for which nothing is known of the CA's decision (the person's resolver does not answer, the name is
    // outside the loaded zone files), as opposed to a lookup the CA makes and fails, which makes it refuse.
    static bool cannotTell(const QString& reason);
    static QString outcomeShort(Outcome outcome) { return outcomeShort(VerdictState(int(outcome))); }
    static QString status(LookupStatus status);
    static QString dnssec(DnssecState state);
    // One cell of the nameserver matrix: "2 CAA", "empty", "SERVFAIL", "timeout", "alias of x"; "–" for none.
    static QString probeState(const NsProbe* probe);
    // How the CA decides: the rule applied, for the "how the CA decides" note.
    static QString decisionRule(const CaProfile& profile);
    // Why a text is not a name a certificate can have ("the name has an empty label (two dots in a row, …)").
    static QString nameError(const NameError& error);
    // Why an issuer value differs from the CA's identifier, briefly (the label of the issuer diff), by finding code.
    static QString issuerDifference(const QString& code);

    // Why the certificate in use could not be read ({host}, {port}, {detail} in `args`), ending with the note that the
    // CAA check is unaffected.
    static QString servedFailure(TlsProbeResult::Status status, const QVariantMap& args);
    static QString servedFailure(const TlsProbeResult& probe);
    // Why a certificate file could not be read.
    static QString certificateReadError(CertificateReadError error);
    // "Valid until …; renewal usually around … (in N days). CAA allows X: its renewals are allowed."
    static QString renewalOutlook(const WhoIssues& who, const QDateTime& nowUtc);
    // "www.example.com is an alias (CNAME) of d1.cloudfront.net" / "the zone example.com is served by x".
    static QString platformEvidence(const PlatformMatch& match);
    // "Issued lately by: Let's Encrypt (12 certificates, latest 2026-11-30; CAA allows it); …"
    static QString ctSummary(const CtAnswer& ct);
    // Beside a verdict for the CA asked about: "But the certificate in use comes from X, which these records do not
    // allow…" (or a platform whose CAs are all refused); empty when who issues raises nothing.
    static QString whoIssuesNote(const Diagnosis& d);

    // Replaces {key} placeholders with the argument values (lists joined with ", ").
    static QString fill(QString text, const QVariantMap& args);
};

} // namespace caa
