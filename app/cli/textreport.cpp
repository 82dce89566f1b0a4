#include "textreport.h"

#include "caa/dnsmessage.h"
#include "issuerdiff.h"
#include "messagecatalogue.h"

#include <QDir>
#include <algorithm>
#ifndef Q_OS_WIN
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace caa {

namespace {

QString paint(const TextStyle& style, const char* sgr, const QString& text)
{
    if (!style.colour)
        return text;
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(sgr), text);
}

QString severityMark(Severity s, const TextStyle& style)
{
    switch (s) {
    case Severity::Error:
        return paint(style, "31;1", QStringLiteral("x"));
    case Severity::Warning:
        return paint(style, "33;1", QStringLiteral("!"));
    case Severity::Info:
        break;
    }
    return paint(style, "36", QStringLiteral("i"));
}

} // namespace

int textWidth()
{
    bool ok = false;
    int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
#ifndef Q_OS_WIN
    winsize size {};
    if (!ok && isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        columns = size.ws_col;
        ok = true;
    }
#endif
    return ok ? std::clamp(columns - 1, 40, 200) : 100;
}

namespace {

// Wraps text at `width` columns, indenting continuation lines; the first line follows a prefix as wide as `indent`.
QString wrap(const QString& text, int width, const QString& indent)
{
    QString out;
    const int start = int(indent.size());
    int column = start;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (column > start && column + 1 + w.size() > width) {
            out += QLatin1Char('\n') + indent;
            column = start;
        } else if (column > start) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += w;
        column += int(w.size());
    }
    return out;
}

QString printable(const QByteArray& value)
{
    // Show the value as a zone file would quote it, without the surrounding quotes.
    QByteArray q = quoteCharacterString(value);
    return QString::fromLatin1(q.mid(1, q.size() - 2));
}

} // namespace

QString terminalSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return out;
}

QString issuerDiffLines(const IssuerDiffRow& row, const TextStyle& style, const QString& indent)
{
    // Each octet as printed (escapes widen some), marked or not.
    const QList<bool> marked = row.markedOctets();
    QString shown, marks;
    for (qsizetype i = 0; i < row.value.size(); ++i) {
        const QString octet = printable(row.value.mid(i, 1));
        shown += octet;
        marks += QString(octet.size(), marked[i] ? u'^' : u' ');
    }
    QString foundLine;
    for (int c = 0; c < shown.size(); ++c) {
        if (marks[c] == u'^')
            foundLine += paint(style, "41;97", shown.mid(c, 1));
        else
            foundLine += shown[c];
    }
    QString out;
    out += indent + MessageCatalogue::tr("found:    ") + QLatin1Char('"') + foundLine + QLatin1Char('"')
        + QLatin1Char('\n');
    out += indent + MessageCatalogue::tr("expected: ") + QLatin1Char('"') + paint(style, "32", row.expected)
        + QLatin1Char('"') + QLatin1Char('\n');
    if (marks.contains(u'^')) {
        while (marks.endsWith(u' '))
            marks.chop(1);
        out += indent + QString(11, u' ') + marks + QLatin1Char('\n');
    }
    return out;
}

QString fixText(const Fix& fix, const TextStyle& style)
{
    QString out;
    out += QStringLiteral("   ")
        + paint(style, "1", MessageCatalogue::tr("Fix: %1").arg(MessageCatalogue::fixTitle(fix))) + QLatin1Char('\n');
    if (fix.edits.isEmpty())
        out += QStringLiteral("       ")
            + wrap(MessageCatalogue::fixDescription(fix), style.width, QStringLiteral("       ")) + QLatin1Char('\n');
    if (const QString caveat = MessageCatalogue::fixCaveat(fix); !caveat.isEmpty())
        out += QStringLiteral("       ") + wrap(caveat, style.width, QStringLiteral("       ")) + QLatin1Char('\n');
    for (const QString& l : fix.zoneLines())
        out += QStringLiteral("       ") + paint(style, "32", l) + QLatin1Char('\n');
    for (const QString& l : fix.genericLines())
        out += QStringLiteral("       ") + MessageCatalogue::tr("RFC 3597: ") + l + QLatin1Char('\n');
    for (const RecordEdit& e : fix.edits) {
        if (e.kind == RecordEdit::RemoveRecord)
            out += QStringLiteral("       ")
                + MessageCatalogue::tr("(deletes %1. CAA %2)").arg(e.owner, e.before.toPresentation())
                + QLatin1Char('\n');
        if (e.kind == RecordEdit::ReplaceRecord && e.location.isValid())
            out += QStringLiteral("       ")
                + MessageCatalogue::tr("(replaces line %1: %2)").arg(e.location.line).arg(e.before.toPresentation())
                + QLatin1Char('\n');
    }
    if (style.providerForm) {
        out += QStringLiteral("       ")
            + paint(style, "1", MessageCatalogue::tr("In %1's web form:").arg(ProviderForms::name(*style.providerForm)))
            + QLatin1Char('\n');
        for (const QString& l : ProviderForms::formText(*style.providerForm, fix).split(u'\n'))
            out += (l.isEmpty() ? QString()
                                : QStringLiteral("         ") + wrap(l, style.width, QStringLiteral("           ")))
                + QLatin1Char('\n');
    }
    return out;
}

QString whoIssuesText(const Diagnosis& d, const TextStyle& style)
{
    const WhoIssues& w = d.who;
    if (w.origin == WhoIssues::Origin::None && w.platforms.isEmpty() && w.ct.status == CtAnswer::Status::NotAsked)
        return {};
    QString out = QLatin1Char('\n') + paint(style, "1", MessageCatalogue::tr("Who issues")) + QLatin1Char('\n');
    auto line = [&](const QString& label, const QString& text) {
        out += QStringLiteral("  ")
            + wrap(label + QStringLiteral(": ") + terminalSafe(text), style.width - 2, QStringLiteral("    "))
            + QLatin1Char('\n');
    };
    if (w.hasChain()) {
        const CertificateFacts& leaf = w.probe.chain.leaf();
        line(w.origin == WhoIssues::Origin::File ? MessageCatalogue::tr("Certificate (from %1)").arg(w.file)
                                                 : MessageCatalogue::tr("Certificate in use (%1 port %2, %3)")
                                                       .arg(w.probe.host)
                                                       .arg(w.probe.port)
                                                       .arg(w.probe.address),
             leaf.dnsNames.isEmpty()
                 ? MessageCatalogue::tr("%1 (no subjectAltName)").arg(leaf.subject)
                 : MessageCatalogue::tr("%1; for %2").arg(leaf.subject, leaf.dnsNames.join(QStringLiteral(", "))));
        line(MessageCatalogue::tr("Issued by"),
             w.issuer.isKnown() ? MessageCatalogue::tr("%1 (issuing CA %2; CAA identifier %3)")
                                      .arg(w.issuer.caName.isEmpty() ? w.issuer.identifiers.first() : w.issuer.caName,
                                           leaf.issuerCommonName, w.issuer.identifiers.first())
                                : leaf.issuer);
        line(MessageCatalogue::tr("Renewal"), MessageCatalogue::renewalOutlook(w, QDateTime::currentDateTimeUtc()));
        if (w.origin == WhoIssues::Origin::Live)
            line(MessageCatalogue::tr("Chain"),
                 w.probe.verified() ? MessageCatalogue::tr("verifies to a trusted root for %1").arg(w.probe.sniName)
                                    : MessageCatalogue::tr("does not verify (%1); read and described anyway")
                                          .arg(w.probe.verificationErrors.join(QStringLiteral("; "))));
    } else if (w.origin == WhoIssues::Origin::Live && w.probe.status != TlsProbeResult::Status::NotRun) {
        line(MessageCatalogue::tr("Certificate in use"), MessageCatalogue::servedFailure(w.probe));
    }
    for (const PlatformFinding& p : w.platforms) {
        QStringList cas;
        for (const PlatformCa& ca : p.cas)
            cas.append(QStringLiteral("%1 %2").arg(ca.profile.recommendedIdentifier(),
                                                   MessageCatalogue::outcomeShort(ca.verdict)));
        line(MessageCatalogue::tr("Platform"),
             MessageCatalogue::tr("%1 (%2). It issues with: %3.")
                 .arg(p.match.platform.name, MessageCatalogue::platformEvidence(p.match),
                      cas.join(QStringLiteral(", "))));
        out += QStringLiteral("    ")
            + paint(style, "2",
                    wrap(MessageCatalogue::tr("%1 (source: %2, read %3)")
                             .arg(p.match.platform.behaviour, p.match.platform.source, p.match.platform.read),
                         style.width, QStringLiteral("    ")))
            + QLatin1Char('\n');
    }
    if (w.ct.status != CtAnswer::Status::NotAsked)
        line(MessageCatalogue::tr("Certificate Transparency"), MessageCatalogue::ctSummary(w.ct));
    for (const Finding& f : w.findings) {
        if (f.code == QLatin1String(code::ServedNotRead))
            continue; // said above
        out += QStringLiteral("   ") + severityMark(f.severity, style) + QLatin1Char(' ')
            + wrap(terminalSafe(MessageCatalogue::finding(f)), style.width, QStringLiteral("     "))
            + QLatin1Char('\n');
        // The fix for another CA than the one asked about (the one asked about has its fix with its verdict).
        if (f.code == QLatin1String(code::ServedIssuerNotPermitted) && !w.served.verdict.fixes.isEmpty()
            && (d.profiles.isEmpty() || d.profiles.first().key != w.served.profile.key))
            out += fixText(w.served.verdict.fixes.first(), style);
        if (f.code == QLatin1String(code::PlatformCaMissing)) {
            for (const PlatformFinding& p : w.platforms) {
                if (p.match.platform.name == f.args.value(QStringLiteral("platform")).toString() && p.allRefuse()
                    && !p.cas.first().verdict.fixes.isEmpty())
                    out += fixText(p.cas.first().verdict.fixes.first(), style);
            }
        }
    }
    return out;
}

QString renderText(const Diagnosis& d, const TextStyle& style)
{
    QString out;
    const QString name = d.request.name.displayText();
    out += paint(style, "1", MessageCatalogue::tr("CAA Doctor: %1").arg(name));
    if (d.request.name.unicodeText() != name)
        out += QStringLiteral(" (%1)").arg(d.request.name.unicodeText());
    out += QLatin1Char('\n');
    if (d.sourceKind == QLatin1String("zone")) {
        QStringList files;
        for (const QString& f : d.sourceDetails)
            files.append(QDir::toNativeSeparators(f));
        out += (files.isEmpty()
                    ? MessageCatalogue::tr("Source: zone files (not named: edited in the window and not saved)")
                    : MessageCatalogue::tr("Source: zone files %1").arg(files.join(QStringLiteral(", "))))
            + QLatin1Char('\n');
    } else {
        out += (d.sourceDetails.isEmpty()
                    ? MessageCatalogue::tr("Source: live DNS (the resolvers are not named)")
                    : MessageCatalogue::tr("Source: live DNS via %1").arg(d.sourceDetails.join(QStringLiteral(", "))))
            + QLatin1Char('\n');
    }
    if (d.hasFromError) {
        out += wrap(MessageCatalogue::tr("The error message: %1").arg(MessageCatalogue::acmeError(d.fromError)),
                    style.width, QString())
            + QLatin1Char('\n');
        const QString relevant = d.relevantName();
        // The error may be about another name than the one checked: then where the CA found records says nothing.
        const DomainName errorName = DomainName::parse(d.fromError.identifier);
        const bool sameName
            = d.fromError.identifier.isEmpty() || (errorName.isValid() && errorName.text() == d.request.name.text());
        if (!sameName)
            out += wrap(MessageCatalogue::tr("Note: the error message is about %1; this check is of %2.")
                            .arg(d.fromError.identifier, d.request.name.displayText()),
                        style.width, QString())
                + QLatin1Char('\n');
        if (sameName && d.fromError.kind == AcmeError::Kind::CaaForbid && !d.fromError.foundAt.isEmpty()
            && !relevant.isEmpty() && relevant != d.fromError.foundAt)
            out += wrap(MessageCatalogue::tr("Note: the CA found the records at %1, this check finds them at %2 now: "
                                             "DNS changed since, or the CA sees different DNS.")
                            .arg(d.fromError.foundAt, relevant),
                        style.width, QString())
                + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    // The climb the verdict was judged on: the nameservers' answers where they decide (a resolver that fails CAA,
    // servers that disagree), as the window's climb and the PDF show it.
    const bool fromServers = !d.verdicts.isEmpty() && d.verdicts.first().fromAuthoritative && d.hasNsMatrix;
    const Climb shownClimb = d.verdicts.isEmpty() ? d.climb : d.climbFor(d.verdicts.first());
    out += paint(style, "1",
                 fromServers
                     ? MessageCatalogue::tr("Tree climb as the domain's nameservers answer it (RFC 8659 §3; the "
                                            "verdict below says where your resolver or the servers differ)")
                     : MessageCatalogue::tr("Tree climb (RFC 8659 §3: the name, then each parent up to the TLD)"))
        + QLatin1Char('\n');
    int relevant = -1;
    for (const Verdict& v : d.verdicts) {
        if (v.relevantNode >= 0)
            relevant = v.relevantNode;
    }
    int decidedAt = relevant;
    if (decidedAt < 0) {
        for (int i = 0; i < shownClimb.nodes.size(); ++i) {
            if (shownClimb.nodes[i].isFailure()) {
                decidedAt = i;
                break;
            }
        }
    }
    int width = 0;
    for (const LookupResult& n : shownClimb.nodes)
        width = std::max(width, int(n.name.size()));
    for (int i = 0; i < shownClimb.nodes.size(); ++i) {
        const LookupResult& n = shownClimb.nodes[i];
        QString line = QStringLiteral("  %1  %2  ").arg(i + 1, 2).arg(n.name.leftJustified(width));
        // A resolver that answers nothing decided nothing: every name failed on its own.
        const bool skipped = !shownClimb.resolverUnreachable && decidedAt >= 0 && i > decidedAt;
        // A failure there did not matter, but a finding may still name it (a resolver failing the TLD too).
        QString status = !skipped ? MessageCatalogue::status(n.status)
            : n.isFailure()
            ? MessageCatalogue::tr("%1 (not consulted: a closer name decided)").arg(MessageCatalogue::status(n.status))
            : MessageCatalogue::tr("not consulted (a closer name decided)");
        if (n.status == LookupStatus::Records && !skipped)
            status = MessageCatalogue::tr("CAA records (%n)", nullptr, int(n.records.size()));
        if (!n.aliases.isEmpty() && !skipped)
            status += (n.dnameOwner.isEmpty() ? QStringLiteral("  via ")
                                              : QStringLiteral("  via DNAME %1 -> ").arg(n.dnameOwner))
                + n.aliases.join(QStringLiteral(" -> "));
        if (d.sourceKind == QLatin1String("live") && !skipped) {
            status += QStringLiteral("  [%1, %2 ms]").arg(MessageCatalogue::dnssec(n.dnssec)).arg(n.elapsedMs);
            if (!n.ede.isEmpty())
                status += QStringLiteral("  EDE %1 %2").arg(n.ede.first().code).arg(n.ede.first().text);
            if (!n.error.isEmpty())
                status += QStringLiteral("  (%1)").arg(n.error);
        }
        if (i == relevant)
            status = paint(style, "1", status) + paint(style, "35;1", MessageCatalogue::tr("  <- relevant"));
        else if (n.isFailure() && !skipped)
            status = paint(style, "31;1", status);
        else if (skipped)
            status = paint(style, "2", status);
        out += line + status + QLatin1Char('\n');
        if (!skipped) {
            for (const CaaResourceRecord& r : n.records) {
                QString rec = QStringLiteral("        %1 CAA %2").arg(r.owner, r.rdata.toPresentation());
                rec += MessageCatalogue::tr("   ttl %1").arg(r.ttl);
                if (r.location.isValid())
                    rec += MessageCatalogue::tr(", line %1").arg(r.location.line);
                out += rec + QLatin1Char('\n');
            }
        }
    }
    out += QStringLiteral("  %1  %2  ").arg(QString(), 2).arg(QStringLiteral(".").leftJustified(width))
        + paint(style, "2", MessageCatalogue::tr("the root is never queried")) + QLatin1Char('\n');

    if (d.nsMatrixSkipped == QLatin1String(code::ResolverUnreachable))
        out += QLatin1Char('\n')
            + paint(style, "2",
                    MessageCatalogue::tr("Nameserver matrix skipped: the resolver answered nothing, so no nameserver "
                                         "could be found through it."))
            + QLatin1Char('\n');
    else if (!d.nsMatrixSkipped.isEmpty())
        out += QLatin1Char('\n')
            + paint(style, "2",
                    MessageCatalogue::tr("Nameservers not asked directly (--no-matrix): everything above is your "
                                         "resolver's view."))
            + QLatin1Char('\n');
    if (d.hasNsMatrix && !d.nsMatrix.servers.isEmpty()) {
        out += QLatin1Char('\n')
            + paint(style, "1", MessageCatalogue::tr("Authoritative nameservers (asked directly, RD=0)"))
            + QLatin1Char('\n');
        for (const NsMatrixRow& row : d.nsMatrix.rows()) {
            const NsProbe& p = *row.udp;
            const NsProbe* tcp = row.tcp;
            const QString serial = row.server && row.server->serialKnown
                ? MessageCatalogue::tr("serial %1").arg(row.server->serial)
                : QString();
            auto state = [](const NsProbe& x) {
                if (x.transport == DnsReply::Timeout)
                    return QStringLiteral("timeout");
                if (x.transport != DnsReply::Answered)
                    return QStringLiteral("unreachable");
                QString text = QString::fromLatin1(dns::rcodeName(x.rcode));
                if (x.rcode == 0)
                    text = !x.records.isEmpty()    ? QStringLiteral("%1 CAA").arg(x.records.size())
                        : !x.aliasTarget.isEmpty() ? QStringLiteral("alias of %1").arg(x.aliasTarget)
                                                   : QStringLiteral("empty");
                if (x.tc)
                    text += QStringLiteral(" TC");
                if (!x.aa)
                    text += QStringLiteral(" (not AA)");
                return text;
            };
            out += QStringLiteral("  %1  %2 %3  UDP %4 (%5 ms)  TCP %6  %7\n")
                       .arg(p.name, p.nsName, p.address, state(p))
                       .arg(p.latencyMs)
                       .arg(tcp ? state(*tcp) : QStringLiteral("-"), serial);
        }
        for (const Finding& f : d.nsMatrix.findings)
            out += QStringLiteral("   ") + severityMark(f.severity, style) + QLatin1Char(' ')
                + wrap(terminalSafe(MessageCatalogue::finding(f)), style.width, QStringLiteral("     "))
                + QLatin1Char('\n');
    }
    if (!d.otherResolvers.isEmpty()) {
        out += QLatin1Char('\n') + paint(style, "1", MessageCatalogue::tr("Other resolvers")) + QLatin1Char('\n');
        for (const ResolverView& view : d.otherResolvers) {
            QStringList verdicts;
            for (const Verdict& v : view.verdicts)
                verdicts.append(QStringLiteral("%1 %2").arg(v.ca, QLatin1String(outcomeCode(v.outcome))));
            out += QStringLiteral("  %1: %2\n").arg(view.server, verdicts.join(QStringLiteral(", ")));
        }
        if (d.resolverFindings.isEmpty())
            out += QStringLiteral("   ") + MessageCatalogue::tr("They all give the same answers.") + QLatin1Char('\n');
        for (const Finding& f : d.resolverFindings)
            out += QStringLiteral("   ") + severityMark(f.severity, style) + QLatin1Char(' ')
                + wrap(terminalSafe(MessageCatalogue::finding(f)), style.width, QStringLiteral("     "))
                + QLatin1Char('\n');
    }

    out += whoIssuesText(d, style);

    for (int vi = 0; vi < d.verdicts.size(); ++vi) {
        const Verdict& v = d.verdicts[vi];
        const CaProfile& p = d.profiles.value(vi);
        out += QLatin1Char('\n');
        const char* colour = v.outcome == Outcome::Permit ? "32;1" : (v.outcome == Outcome::Forbid ? "31;1" : "33;1");
        const QString mark = v.outcome == Outcome::Permit ? QStringLiteral("OK") : QStringLiteral("!!");
        out += paint(style, colour,
                     QStringLiteral("%1 %2").arg(mark, MessageCatalogue::verdictHeadline(v, p.displayName, name)))
            + QStringLiteral(" (") + MessageCatalogue::verdictAction(v) + QStringLiteral(")\n");
        if (!v.caErrorText.isEmpty())
            out += QStringLiteral("   ") + MessageCatalogue::tr("%1 would report: ").arg(p.displayName) + v.caErrorText
                + QLatin1Char('\n');
        const Climb climb = d.climbFor(v); // the climb the findings' indices point into
        for (int i = 0; i < v.findings.size(); ++i) {
            const Finding& f = v.findings[i];
            const QString text = terminalSafe(MessageCatalogue::finding(f, p.displayName));
            out += QStringLiteral("   ") + severityMark(f.severity, style) + QLatin1Char(' ')
                + wrap(text, style.width, QStringLiteral("     ")) + QLatin1Char('\n');
            if (const auto row = issuerDiffRow(climb, f, i, p.displayName))
                out += issuerDiffLines(*row, style, QStringLiteral("       "));
        }
        for (const Fix& fix : v.fixes)
            out += fixText(fix, style);
        out += QStringLiteral("   ")
            + paint(
                   style, "2",
                   wrap(
                       MessageCatalogue::tr("How %1 decides: %2").arg(p.displayName, MessageCatalogue::decisionRule(p)),
                       style.width, QStringLiteral("   ")))
            + QLatin1Char('\n');
    }
    return out;
}

} // namespace caa
