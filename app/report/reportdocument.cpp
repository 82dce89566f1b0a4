#include "reportdocument.h"

#include "caa/dnsclient.h"
#include "caa/dnsmessage.h"
#include "caa/filewriter.h"
#include "climbmodel.h"
#include "climbpainter.h"
#include "evidencebundle.h"
#include "issuerdiff.h"
#include "messagecatalogue.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace caa {

namespace {

// Light colours always: a report is printed, attached to tickets and read on white.
constexpr char kOk[] = "#1b8a3b";
constexpr char kError[] = "#c62828";
constexpr char kWarning[] = "#b26a00";
constexpr char kMuted[] = "#666666";
constexpr int kClimbObject = QTextFormat::UserObject + 1;
constexpr int kMaxSummaryRows = 20000; // beyond that the CSV export is the right tool; the report says so
constexpr int kMaxSummaryDetails = 500; // causes; a batch of garbage lines would otherwise make one per line
constexpr qsizetype kMaxHexOctets = 2048;

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::PlaceholderText, QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x5f, 0xbf));
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xbf));
    return p;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString monoFamily()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
}

// Of an int(VerdictState) (an int(Outcome) is the same state).
QString outcomeColour(int state)
{
    switch (VerdictState(state)) {
    case VerdictState::Permit:
    case VerdictState::ConditionalPermit:
        return QLatin1String(kOk);
    case VerdictState::Forbid:
        return QLatin1String(kError);
    case VerdictState::Error:
        return QLatin1String(kWarning);
    case VerdictState::Pending:
        break;
    }
    return QLatin1String(kMuted);
}

QString outcomeCell(int outcome, const QString& reason = QString())
{
    if (outcome < 0)
        return QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(QLatin1String(kMuted), esc(ReportDocument::tr("not a name")));
    // With the reason, the words of the window's grid and Batch rows ("✗ cannot check CAA: refuses").
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
        .arg(outcomeColour(outcome), esc(MessageCatalogue::outcomeShort(VerdictState(outcome), reason)));
}

QString severityMark(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("<span style=\"color:%1; font-weight:bold\">✗</span>").arg(QLatin1String(kError));
    case Severity::Warning:
        return QStringLiteral("<span style=\"color:%1; font-weight:bold\">!</span>").arg(QLatin1String(kWarning));
    case Severity::Info:
        break;
    }
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">i</span>").arg(QLatin1String(kMuted));
}

QString mono(const QString& text)
{
    return QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(text));
}

// The value as a zone file quotes it, the differing octets marked (the issuer diff).
QString markedValue(const IssuerDiffRow& row)
{
    const QList<bool> marked = row.markedOctets();
    QString out;
    for (qsizetype i = 0; i < row.value.size(); ++i) {
        QByteArray q = quoteCharacterString(row.value.mid(i, 1));
        const QString shown = esc(QString::fromLatin1(q.mid(1, q.size() - 2)));
        if (marked[i])
            out += QStringLiteral("<span style=\"background-color:#f6c9c9; color:#8b0000; font-weight:bold\">%1</span>")
                       .arg(shown == QLatin1String(" ") ? QStringLiteral("&nbsp;") : shown);
        else
            out += shown;
    }
    return out;
}

QString hexDump(const QByteArray& bytes)
{
    QString out;
    const qsizetype shown = std::min(bytes.size(), kMaxHexOctets);
    for (qsizetype off = 0; off < shown; off += 16) {
        const QByteArray line = bytes.mid(off, std::min<qsizetype>(16, shown - off));
        QString ascii;
        for (const char c : line)
            ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('.');
        out += QStringLiteral("%1  %2  %3\n")
                   .arg(off, 4, 16, QLatin1Char('0'))
                   .arg(QString::fromLatin1(line.toHex(' ')).leftJustified(47), ascii);
    }
    if (bytes.size() > shown)
        out += ReportDocument::tr("… %1 more octets (all of them are in the evidence bundle)").arg(bytes.size() - shown)
            + QLatin1Char('\n');
    return out;
}

// "127.0.0.1:5353" → "@127.0.0.1 -p 5353"; "[::1]:53" → "@::1".
QString digServer(const QString& server)
{
    QString host = server, port;
    const int colon = int(server.lastIndexOf(u':'));
    if (server.startsWith(u'[')) {
        const int close = int(server.indexOf(u']'));
        host = server.mid(1, close - 1);
        port = server.mid(close + 2);
    } else if (colon > 0 && server.count(u':') == 1) {
        host = server.left(colon);
        port = server.mid(colon + 1);
    }
    // Only an address goes into a command line a reader may paste into a shell (a bundle's server text could be
    // anything): digits, hex, dots and colons.
    static const QRegularExpression address(QStringLiteral("^[0-9A-Fa-f.:]+$"));
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,5}$"));
    if (!address.match(host).hasMatch() || (!port.isEmpty() && !number.match(port).hasMatch()))
        return {};
    QString out = QStringLiteral(" @") + host;
    if (!port.isEmpty() && port != QLatin1String("53"))
        out += QStringLiteral(" -p ") + port;
    return out;
}

// A path as a POSIX shell reads it: quoted unless it is plain.
QString shellQuoted(const QString& path)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (plain.match(path).hasMatch())
        return path;
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString messageSummary(const QByteArray& raw)
{
    dns::Message m;
    QString error;
    if (!dns::parseMessage(raw, &m, &error))
        return ReportDocument::tr("not a valid DNS message: %1").arg(error);
    QStringList flags;
    if (m.aa)
        flags.append(QStringLiteral("aa"));
    if (m.tc)
        flags.append(QStringLiteral("tc"));
    if (m.rd)
        flags.append(QStringLiteral("rd"));
    if (m.ra)
        flags.append(QStringLiteral("ra"));
    if (m.ad)
        flags.append(QStringLiteral("ad"));
    if (m.cd)
        flags.append(QStringLiteral("cd"));
    return ReportDocument::tr("%1 octets · %2 · flags %3 · %4 answer, %5 authority, %6 additional records")
        .arg(raw.size())
        .arg(QLatin1String(dns::rcodeName(m.rcode)), flags.join(u' '))
        .arg(m.answers.size())
        .arg(m.authority.size())
        .arg(m.additional.size());
}

const char kStyle[] = R"(
h1 { font-size: 16pt; font-weight: bold; margin-bottom: 2px; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; color: #1f3f6f; }
h3 { font-size: 10pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
td, th { padding: 3px; vertical-align: top; }
th { background-color: #eef1f5; text-align: left; font-weight: bold; }
.muted { color: #666666; }
.small { font-size: 7.5pt; }
pre { margin-top: 2px; margin-bottom: 6px; }
)";

} // namespace

// A piece of the report: HTML, or a tree-climb drawing (inserted where the HTML has <img src="climb:N">).
struct ReportDocument::Block
{
    QString html;
    std::shared_ptr<Diagnosis> climb;
};

// Draws the climb with the window's painter, scaled from its 96-dpi layout to the device.
class ReportClimbObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ReportClimbObject(const ReportDocument& report, qreal scale, qreal maxHeight)
        : m_report(report)
        , m_scale(scale)
        , m_maxHeight(maxHeight)
    {
        m_painter.palette = lightPalette();
        QFont font = QGuiApplication::font();
        font.setPixelSize(12);
        font.setStyleStrategy(QFont::PreferNoShaping);
        m_painter.font = font;
        m_painter.mono = QFont(monoFamily());
        m_painter.mono.setPixelSize(11);
        m_painter.mono.setStyleStrategy(QFont::PreferNoShaping);
    }

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override
    {
        const qreal width = doc->pageSize().width();
        ClimbModel* model = modelFor(format);
        if (!model || width <= 0) // not paginated yet
            return {};
        ClimbPainter p = m_painter;
        p.width = int(width / m_scale);
        const qreal height = p.height(*model) * m_scale;
        const qreal shrink = height > m_maxHeight ? m_maxHeight / height : 1.0;
        return { width, height * shrink };
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        ClimbModel* model = modelFor(format);
        if (!model)
            return;
        ClimbPainter p = m_painter;
        const qreal height = [&] {
            ClimbPainter q = m_painter;
            q.width = int(rect.width() / m_scale);
            return q.height(*model) * m_scale;
        }();
        const qreal k = m_scale * std::min<qreal>(1.0, rect.height() / height);
        p.width = int(rect.width() / k);
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(k, k);
        p.paint(*painter, *model);
        painter->restore();
    }

private:
    ClimbModel* modelFor(const QTextFormat& format)
    {
        const int index = format.property(QTextFormat::UserProperty).toInt();
        if (index < 0 || index >= m_report.m_blocks.size() || !m_report.m_blocks[index]->climb)
            return nullptr;
        auto& model = m_models[index];
        if (!model) {
            model = std::make_unique<ClimbModel>();
            model->setDiagnosis(*m_report.m_blocks[index]->climb);
        }
        return model.get();
    }

    const ReportDocument& m_report;
    qreal m_scale;
    qreal m_maxHeight;
    ClimbPainter m_painter;
    std::map<int, std::unique_ptr<ClimbModel>> m_models;
};

QPageSize ReportDocument::pageSize(const QString& choice, const QLocale& locale)
{
    if (choice.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (choice.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return defaultPageSize(locale);
}

QPageSize ReportDocument::defaultPageSize(const QLocale& locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                   : QPageSize(QPageSize::A4);
}

// One fix: its title, the corrected zone-file lines, what it replaces or removes, and the RFC 3597 form.
QString ReportDocument::fixHtml(const Fix& fix)
{
    QString h;
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Fix: %1").arg(MessageCatalogue::fixTitle(fix))));
    if (fix.edits.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(MessageCatalogue::fixDescription(fix)));
        return h;
    }
    if (const QString caveat = MessageCatalogue::fixCaveat(fix); !caveat.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(caveat));
    QString lines;
    for (const QString& l : fix.zoneLines())
        lines += esc(l) + QLatin1Char('\n');
    h += QStringLiteral("<pre style=\"background-color:#eef7ee\">%1</pre>").arg(lines);
    QStringList notes;
    for (const RecordEdit& e : fix.edits) {
        if (e.kind == RecordEdit::ReplaceRecord)
            notes.append(e.location.line > 0
                             ? tr("replaces line %1: %2").arg(e.location.line).arg(mono(e.before.toPresentation()))
                             : tr("replaces %1").arg(mono(e.before.toPresentation())));
        else if (e.kind == RecordEdit::RemoveRecord)
            notes.append(tr("removes %1").arg(mono(e.before.toPresentation())));
    }
    QStringList generic;
    for (const QString& g : fix.genericLines())
        generic.append(mono(g));
    if (!generic.isEmpty())
        notes.append(
            tr("for control panels that take only the RFC 3597 form: %1").arg(generic.join(QStringLiteral("<br/>"))));
    if (!notes.isEmpty())
        h += QStringLiteral("<p class=\"small\">%1</p>").arg(notes.join(QStringLiteral("<br/>")));

    return h;
}

// Who issues: the certificate in use, its CA and the renewal verdict, the hosting platform and CT, as the window's
// panel and the CLI say them.
QString ReportDocument::whoIssuesHtml(const Diagnosis& d)
{
    const WhoIssues& w = d.who;
    if (w.origin == WhoIssues::Origin::None && w.platforms.isEmpty() && w.ct.status == CtAnswer::Status::NotAsked)
        return {};
    auto fact = [](const QString& label, const QString& html) {
        return QStringLiteral("<tr><td width=\"22%\" class=\"muted\">%1</td><td>%2</td></tr>").arg(esc(label), html);
    };
    QString h = QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">").arg(esc(tr("Who issues")));
    if (w.hasChain()) {
        const CertificateFacts& leaf = w.probe.chain.leaf();
        h += fact(tr("Certificate in use"),
                  w.origin == WhoIssues::Origin::File
                      ? esc(tr("read from the file %1").arg(QDir::toNativeSeparators(w.file)))
                      : esc(tr("served by %1 port %2 (%3)").arg(w.probe.host).arg(w.probe.port).arg(w.probe.address)));
        h += fact(tr("Subject"), mono(leaf.subject));
        h += fact(tr("Names"),
                  leaf.dnsNames.isEmpty() ? esc(tr("no subjectAltName"))
                                          : mono(leaf.dnsNames.join(QStringLiteral(", "))));
        h += fact(tr("Issuer"), mono(leaf.issuer));
        h += fact(tr("CA"),
                  w.issuer.isKnown()
                      ? esc(tr("%1, CAA identifier %2 (from %3)")
                                .arg(w.issuer.caName.isEmpty() ? w.issuer.identifiers.first() : w.issuer.caName,
                                     w.issuer.identifiers.first(), w.issuer.source))
                      : esc(tr("not a CA CAA Doctor knows")));
        h += fact(tr("Valid"),
                  esc(tr("%1 to %2 UTC")
                          .arg(leaf.notBefore.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               leaf.notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
        const int state = !w.hasServedVerdict ? int(VerdictState::Error) : int(stateOf(w.served.verdict));
        h += fact(
            tr("Renewal"),
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(outcomeColour(state), esc(MessageCatalogue::renewalOutlook(w, QDateTime::currentDateTimeUtc()))));
        if (w.origin == WhoIssues::Origin::Live)
            h += fact(tr("Chain"),
                      w.probe.verified() ? esc(tr("verifies to a trusted root for %1").arg(w.probe.sniName))
                                         : esc(tr("does not verify (%1); read and described anyway")
                                                   .arg(w.probe.verificationErrors.join(QStringLiteral("; ")))));
        h += fact(tr("SHA-256"),
                  QStringLiteral("<span class=\"small mono\">%1</span>")
                      .arg(esc(w.probe.chain.sha256s().join(QStringLiteral("\n")))
                               .replace(QLatin1Char('\n'), QStringLiteral("<br/>"))));
    } else if (w.origin == WhoIssues::Origin::Live && w.probe.status != TlsProbeResult::Status::NotRun) {
        h += fact(tr("Certificate in use"), esc(MessageCatalogue::servedFailure(w.probe)));
    }
    for (const PlatformFinding& p : w.platforms) {
        QStringList cas;
        for (const PlatformCa& ca : p.cas)
            cas.append(QStringLiteral("%1 %2").arg(mono(ca.profile.recommendedIdentifier()),
                                                   outcomeCell(int(ca.verdict.outcome))));
        h += fact(tr("Platform"),
                  tr("<b>%1</b> (%2). It issues with: %3.<br/><span class=\"small muted\">%4 "
                     "Source: %5, read %6.</span>")
                      .arg(esc(p.match.platform.name), esc(MessageCatalogue::platformEvidence(p.match)),
                           cas.join(QStringLiteral(", ")), esc(p.match.platform.behaviour),
                           esc(p.match.platform.source), esc(p.match.platform.read)));
    }
    if (w.ct.status != CtAnswer::Status::NotAsked)
        h += fact(tr("Certificate Transparency"), esc(MessageCatalogue::ctSummary(w.ct)));
    h += QStringLiteral("</table>");
    for (const Finding& f : w.findings) {
        if (f.code == QLatin1String(code::ServedNotRead))
            continue;
        h += QStringLiteral("<p>%1 %2</p>").arg(severityMark(f.severity), esc(MessageCatalogue::finding(f)));
        if (f.code == QLatin1String(code::PlatformCaMissing)) {
            for (const PlatformFinding& p : w.platforms) {
                if (p.match.platform.name == f.args.value(QStringLiteral("platform")).toString() && p.allRefuse()
                    && !p.cas.first().verdict.fixes.isEmpty())
                    h += fixHtml(p.cas.first().verdict.fixes.first());
            }
        }
        if (f.code == QLatin1String(code::ServedIssuerNotPermitted) && !w.served.verdict.fixes.isEmpty()
            && (d.profiles.isEmpty() || d.profiles.first().key != w.served.profile.key))
            h += fixHtml(w.served.verdict.fixes.first());
    }
    return h;
}

ReportDocument ReportDocument::forDiagnosis(const Diagnosis& d, const QList<OtherCa>& others)
{
    ReportDocument r;
    const QString name = d.request.name.displayText();
    r.m_title = tr("CAA report for %1").arg(name);
    r.m_headerLeft = tr("CAA Doctor · %1").arg(name);
    r.m_headerRight = tr("checked %1 UTC").arg(d.startedUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const bool reopened = !d.reopenedFrom.isEmpty();
    r.m_footerLeft = reopened
        ? tr("Made again offline by CAA Doctor %1 from an evidence bundle").arg(QStringLiteral(CAA_VERSION))
        : tr("CAA Doctor %1 · Qt %2 · c-ares %3")
              .arg(QStringLiteral(CAA_VERSION), QString::fromLatin1(qVersion()), DnsClient::caresVersion());
    r.m_attachment = writeEvidenceBundle(d);

    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(r.m_title));
    QStringList asked;
    if (d.request.name.unicodeText() != d.request.name.text())
        asked.append(tr("shown as %1").arg(esc(d.request.name.unicodeText())));
    if (d.request.name.isWildcard())
        asked.append(tr("a wildcard certificate: issuewild applies"));
    if (!d.request.accountUri.isEmpty())
        asked.append(tr("ACME account %1").arg(mono(d.request.accountUri)));
    if (!d.request.validationMethod.isEmpty())
        asked.append(tr("validation method %1").arg(mono(d.request.validationMethod)));
    if (!asked.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(asked.join(QStringLiteral(" · ")));

    // The verdicts first: what a reader of a ticket wants.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                        "style=\"border-color:#cccccc; border-style:solid\">");
    for (int i = 0; i < d.verdicts.size(); ++i) {
        const Verdict& v = d.verdicts[i];
        const CaProfile& p = d.profiles.value(i);
        h += QStringLiteral("<tr><td width=\"18%\">%1</td><td><b style=\"color:%2\">%3</b><br/>%4</td></tr>")
                 .arg(outcomeCell(int(stateOf(v))), outcomeColour(int(stateOf(v))),
                      esc(MessageCatalogue::verdictHeadline(v, p.displayName, name)),
                      esc(v.findings.isEmpty() ? MessageCatalogue::verdictAction(v)
                                               : MessageCatalogue::finding(v.findings.first(), p.displayName)));
    }
    h += QStringLiteral("</table>");

    // The facts: when, where from, made by what.
    auto fact = [](const QString& label, const QString& html) {
        return QStringLiteral("<tr><td width=\"22%\" class=\"muted\">%1</td><td>%2</td></tr>").arg(esc(label), html);
    };
    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">").arg(esc(tr("Facts")));
    h += fact(tr("Checked"), esc(d.startedUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
    if (d.sourceKind == QLatin1String("zone")) {
        QStringList files;
        for (const ZoneFileProvenance& z : d.zoneFiles)
            files.append(tr("%1<br/><span class=\"small mono\">SHA-256 %2</span>")
                             .arg(mono(QDir::toNativeSeparators(z.path)), esc(z.sha256)));
        if (files.isEmpty())
            files = QStringList(esc(d.sourceDetails.join(QStringLiteral(", "))));
        h += fact(tr("Source"),
                  tr("zone files (offline), nothing asked in live DNS") + QStringLiteral("<br/>")
                      + files.join(QStringLiteral("<br/>")));
    } else {
        h += fact(tr("Source"), tr("live DNS through %1").arg(mono(d.sourceDetails.join(QStringLiteral(", ")))));
    }
    h += fact(tr("Made by"),
              esc(tr("CAA Doctor %1 · Qt %2 · c-ares %3")
                      .arg(reopened ? d.madeByVersion : QStringLiteral(CAA_VERSION),
                           reopened ? d.madeByQt : QString::fromLatin1(qVersion()),
                           reopened ? d.madeByCares : DnsClient::caresVersion())));
    if (reopened)
        h += fact(tr("Made again"),
                  esc(tr("offline from the evidence bundle %1 by CAA Doctor %2: the raw DNS messages were decoded "
                         "again and each CA's rules applied again")
                          .arg(QDir::toNativeSeparators(d.reopenedFrom), QStringLiteral(CAA_VERSION))));
    const QString relevant = d.relevantName();
    QString failedAt;
    for (const LookupResult& n : d.climb.nodes) {
        if (failedAt.isEmpty() && n.isFailure())
            failedAt = n.name;
    }
    h += fact(tr("Relevant name"),
              !relevant.isEmpty()      ? mono(relevant)
                  : failedAt.isEmpty() ? esc(tr("none: no CAA records at the name or above it"))
                                       : esc(tr("none found: the lookup for %1 failed first")).arg(mono(failedAt)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><p class=\"muted\">%2</p>")
             .arg(esc(tr("Tree climb")),
                  esc(tr("RFC 8659 §3: the CA asks for CAA records at the name, then at each parent up to the "
                         "top-level domain; the first name with CAA records decides.")));
    r.m_blocks.append(std::make_shared<Block>(Block { h, nullptr }));
    r.m_blocks.append(std::make_shared<Block>(Block { QString(), std::make_shared<Diagnosis>(d) }));
    h.clear();

    // The relevant record set.
    int relevantNode = -1;
    Climb relevantClimb = d.climb;
    for (const Verdict& v : d.verdicts) {
        if (v.relevantNode >= 0) {
            relevantNode = v.relevantNode;
            relevantClimb = d.climbFor(v);
        }
    }
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Relevant record set")));
    if (relevantNode < 0 || relevantNode >= relevantClimb.nodes.size()
        || relevantClimb.nodes[relevantNode].records.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No CAA records apply: any CA may issue unless a lookup failed.")));
    } else {
        const bool fromFile = d.sourceKind == QLatin1String("zone");
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\" style=\"border-color:#cccccc; "
                            "border-style:solid\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>%6"
                            "</tr></thead>")
                 .arg(esc(tr("Owner")), esc(tr("TTL")), esc(tr("Flags")), esc(tr("Tag")), esc(tr("Value")),
                      fromFile ? QStringLiteral("<th>%1</th>").arg(esc(tr("Line"))) : QString());
        for (const CaaResourceRecord& rec : relevantClimb.nodes[relevantNode].records)
            // One arg() call: a "%1" inside an owner name must not take the next value's place.
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>%6</tr>")
                     .arg(mono(rec.owner), QString::number(rec.ttl), QString::number(rec.rdata.flags),
                          mono(QString::fromLatin1(rec.rdata.tag)),
                          mono(QString::fromLatin1(quoteCharacterString(rec.rdata.value))),
                          fromFile ? QStringLiteral("<td>%1</td>").arg(rec.location.line) : QString());
        h += QStringLiteral("</table>");
    }

    // Each CA: why, the issuer diff, the fixes, the rule.
    for (int i = 0; i < d.verdicts.size(); ++i) {
        const Verdict& v = d.verdicts[i];
        const CaProfile& p = d.profiles.value(i);
        h += QStringLiteral("<h2 style=\"color:%1\">%2</h2>")
                 .arg(outcomeColour(int(stateOf(v))), esc(MessageCatalogue::verdictHeadline(v, p.displayName, name)));
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(MessageCatalogue::verdictAction(v)));
        if (!v.caErrorText.isEmpty())
            h += QStringLiteral("<p>%1<br/>%2</p>")
                     .arg(esc(tr("%1 would report:").arg(p.displayName)), mono(v.caErrorText));
        const Climb climb = d.climbFor(v);
        if (!v.findings.isEmpty()) {
            h += QStringLiteral("<table cellspacing=\"0\" width=\"100%\">");
            for (int fi = 0; fi < v.findings.size(); ++fi) {
                const Finding& f = v.findings[fi];
                h += QStringLiteral("<tr><td width=\"3%\">%1</td><td>%2")
                         .arg(severityMark(f.severity), esc(MessageCatalogue::finding(f, p.displayName)));
                if (const auto row = issuerDiffRow(climb, f, fi, p.displayName)) {
                    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top:4px\">"
                                        "<tr><td class=\"muted\">%1</td><td class=\"mono\">\"%2\"</td></tr>"
                                        "<tr><td class=\"muted\">%3</td><td class=\"mono\" style=\"color:%4\">\"%5\""
                                        "</td></tr></table>")
                             .arg(esc(tr("found")), markedValue(*row), esc(tr("expected")), QLatin1String(kOk),
                                  esc(row->expected));
                }
                h += QStringLiteral("</td></tr>");
            }
            h += QStringLiteral("</table>");
        }
        for (const Fix& fix : v.fixes)
            h += fixHtml(fix);
        h += QStringLiteral("<p class=\"small muted\">%1</p>")
                 .arg(esc(tr("How %1 decides: %2").arg(p.displayName, MessageCatalogue::decisionRule(p))));
    }

    if (!others.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\" border=\"1\" "
                            "style=\"border-color:#cccccc; border-style:solid\">")
                 .arg(esc(tr("Other CAs on the same records")));
        for (const OtherCa& o : others)
            h += QStringLiteral("<tr><td width=\"30%\">%1</td><td width=\"18%\">%2</td><td>%3</td></tr>")
                     .arg(esc(o.profile.displayName), outcomeCell(int(o.verdict.outcome)),
                          esc(o.verdict.findings.isEmpty()
                                  ? MessageCatalogue::verdictAction(o.verdict)
                                  : MessageCatalogue::finding(o.verdict.findings.first(), o.profile.displayName)));
        h += QStringLiteral("</table>");
    }

    if (d.hasNsMatrix && !d.nsMatrix.probes.isEmpty()) {
        const NsMatrix& m = d.nsMatrix;
        h += QStringLiteral("<h2>%1</h2><p class=\"muted\">%2</p>")
                 .arg(esc(tr("Authoritative nameservers")),
                      esc(tr("Every nameserver of each zone asked directly (RD=0) over UDP and TCP.")));
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\" style=\"border-color:#cccccc; "
                            "border-style:solid\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                            "<th>%6</th><th>%7</th></tr></thead>")
                 .arg(esc(tr("Name")), esc(tr("Nameserver")), esc(tr("Address")), esc(tr("UDP")), esc(tr("TCP")),
                      esc(tr("Serial")), esc(tr("ms")));
        for (const NsMatrixRow& row : m.rows()) {
            const NsProbe& p = *row.udp;
            const NsProbe* tcp = row.tcp;
            const QString serial
                = row.server && row.server->serialKnown ? QString::number(row.server->serial) : QString();
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                                "</tr>")
                     .arg(mono(p.name), mono(p.nsName), mono(p.address), esc(MessageCatalogue::probeState(&p)),
                          esc(MessageCatalogue::probeState(tcp)), serial, QString::number(p.latencyMs));
        }
        h += QStringLiteral("</table>");
        if (m.findings.isEmpty())
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(tr("Every authoritative nameserver answers the same, for CAA too.")));
        for (const Finding& f : m.findings)
            h += QStringLiteral("<p>%1 %2</p>").arg(severityMark(f.severity), esc(MessageCatalogue::finding(f)));
    }
    h += whoIssuesHtml(d);
    if (!d.otherResolvers.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Other resolvers")));
        for (const ResolverView& view : d.otherResolvers) {
            QStringList verdicts;
            for (int i = 0; i < view.verdicts.size(); ++i)
                verdicts.append(QStringLiteral("%1: %2").arg(esc(d.profiles.value(i).displayName),
                                                             outcomeCell(int(view.verdicts[i].outcome))));
            h += QStringLiteral("<p>%1 — %2</p>").arg(mono(view.server), verdicts.join(QStringLiteral(", ")));
        }
        if (d.resolverFindings.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("They all give the same answers.")));
        for (const Finding& f : d.resolverFindings)
            h += QStringLiteral("<p>%1 %2</p>").arg(severityMark(f.severity), esc(MessageCatalogue::finding(f)));
    }

    // The evidence: the answers as they came, and how to ask again.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Raw answers and how to reproduce")));
    if (d.sourceKind == QLatin1String("zone")) {
        QString files;
        for (const ZoneFileProvenance& z : d.zoneFiles)
            files += QStringLiteral(" --zone ") + shellQuoted(QDir::toNativeSeparators(z.path));
        h += QStringLiteral("<p>%1</p><pre>caa-doctor-cli check %2%3\ndig +dnssec CAA %4</pre>")
                 .arg(esc(tr("These answers come from zone files. The same check, and the question to ask once the "
                             "zone is published:")),
                      esc(d.request.name.displayText()), esc(files), esc(d.request.name.text()));
    } else {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Each name of the climb as the resolver answered it, with the command that asks the "
                             "same question.")));
    }
    for (const LookupResult& n : d.climb.nodes) {
        QString line = MessageCatalogue::status(n.status);
        if (n.elapsedMs >= 0 && d.sourceKind == QLatin1String("live"))
            line += tr(" · %1 ms").arg(n.elapsedMs);
        if (n.dnssec != DnssecState::Unknown)
            line += QStringLiteral(" · ") + MessageCatalogue::dnssec(n.dnssec);
        for (const ExtendedError& e : n.ede)
            line += tr(" · EDE %1 %2").arg(e.code).arg(e.text);
        if (!n.error.isEmpty())
            line += QStringLiteral(" · ") + n.error;
        h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(mono(n.name), esc(line));
        if (d.sourceKind == QLatin1String("live"))
            h += QStringLiteral("<pre>dig +dnssec CAA %1%2</pre>").arg(esc(n.name), esc(digServer(n.server)));
        if (!n.rawMessage.isEmpty())
            h += QStringLiteral("<p class=\"small muted\">%1</p><pre class=\"small\">%2</pre>")
                     .arg(esc(messageSummary(n.rawMessage)), esc(hexDump(n.rawMessage)));
        for (const CaaResourceRecord& rec : n.records)
            h += QStringLiteral("<p class=\"mono small\">%1</p>")
                     .arg(esc(rec.owner + QStringLiteral(". %1 IN CAA ").arg(rec.ttl) + rec.rdata.toPresentation()));
    }
    h += QStringLiteral("<p class=\"small muted\">%1</p>")
             .arg(esc(tr("CA identifiers: the Common CA Database (CCADB) CAA identifier report, used under "
                         "CDLA-Permissive-2.0. A single report carries its evidence bundle as a PDF attachment "
                         "(caa-evidence.json), which CAA Doctor opens offline.")));
    r.m_blocks.append(std::make_shared<Block>(Block { h, nullptr }));
    return r;
}

ReportDocument ReportDocument::forSummary(const SummaryData& s, const QDateTime& madeUtc)
{
    ReportDocument r;
    r.m_title = s.title;
    r.m_headerLeft = tr("CAA Doctor · %1").arg(s.title);
    r.m_headerRight = tr("made %1 UTC").arg(madeUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    r.m_footerLeft = tr("CAA Doctor %1 · Qt %2 · c-ares %3")
                         .arg(QStringLiteral(CAA_VERSION), QString::fromLatin1(qVersion()), DnsClient::caresVersion());
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(s.title));
    for (const QString& f : s.facts)
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(f));
    // Counts per CA.
    for (int c = 0; c < s.profiles.size(); ++c) {
        std::array<qsizetype, 4> counts {};
        for (const SummaryData::Row& row : s.rows) {
            const int o = row.outcomes.value(c, -1);
            // As the rows read: a CA that cannot check CAA refuses; only "cannot tell" is not known.
            const bool refuses = o == int(VerdictState::Forbid)
                || (o == int(VerdictState::Error) && !MessageCatalogue::cannotTell(row.reasons.value(c)));
            ++counts[o == int(VerdictState::Permit) || o == int(VerdictState::ConditionalPermit) ? 0
                         : refuses                                                               ? 1
                         : o == int(VerdictState::Error)                                         ? 2
                                                                                                 : 3];
        }
        h += QStringLiteral("<p><b>%1</b>: <span style=\"color:%2\">%3</span> · <span style=\"color:%4\">%5</span> · "
                            "<span style=\"color:%6\">%7</span>%8</p>")
                 .arg(esc(s.profiles[c].displayName), QLatin1String(kOk),
                      esc(tr("%n may issue", nullptr, int(counts[0]))), QLatin1String(kError),
                      esc(tr("%n will refuse", nullptr, int(counts[1]))), QLatin1String(kWarning),
                      esc(tr("%n cannot tell", nullptr, int(counts[2]))),
                      counts[3] ? QStringLiteral(" · ") + esc(tr("%n not a name", nullptr, int(counts[3])))
                                : QString());
    }
    const qsizetype shownRows = std::min<qsizetype>(s.rows.size(), kMaxSummaryRows);
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Names (%1)").arg(s.rows.size())));
    if (shownRows < s.rows.size())
        h += QStringLiteral("<p>%1</p>")
                 .arg(
                     esc(tr("The first %1 names are listed; export the table as CSV for all of them.").arg(shownRows)));
    QString head = QStringLiteral("<th>%1</th>").arg(esc(tr("Name")));
    for (const CaProfile& p : s.profiles)
        head += QStringLiteral("<th>%1</th>").arg(esc(p.displayName));
    head += QStringLiteral("<th>%1</th><th>%2</th>").arg(esc(tr("Relevant name")), esc(tr("Details")));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\" style=\"border-color:#cccccc; "
                        "border-style:solid\"><thead><tr>%1</tr></thead>")
             .arg(head);
    for (qsizetype i = 0; i < shownRows; ++i) {
        const SummaryData::Row& row = s.rows[i];
        QString cells = QStringLiteral("<td>%1</td>").arg(mono(row.name));
        for (int c = 0; c < s.profiles.size(); ++c)
            cells += QStringLiteral("<td>%1</td>").arg(outcomeCell(row.outcomes.value(c, -1), row.reasons.value(c)));
        cells += QStringLiteral("<td>%1</td><td>%2</td>")
                     .arg(row.relevant.isEmpty() ? QStringLiteral("–") : mono(row.relevant),
                          row.detail >= 0 ? QStringLiteral("#%1").arg(row.detail + 1) : QString());
        h += QStringLiteral("<tr>%1</tr>").arg(cells);
    }
    h += QStringLiteral("</table>");
    if (!s.details.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><p class=\"muted\">%2</p>")
                 .arg(esc(tr("Details")),
                      esc(tr("One entry per cause; the names it applies to are counted. Open a name in CAA Doctor "
                             "for its full report.")));
        const qsizetype shownDetails = std::min<qsizetype>(s.details.size(), kMaxSummaryDetails);
        for (qsizetype i = 0; i < shownDetails; ++i) {
            const SummaryData::Detail& d = s.details[i];
            QString names = d.names.join(QStringLiteral(", "));
            if (d.count > d.names.size())
                names += tr(" and %n more", nullptr, int(d.count - d.names.size()));
            h += QStringLiteral("<h3>#%1 · <span style=\"color:%2\">%3</span> · %4</h3>")
                     .arg(i + 1)
                     .arg(outcomeColour(d.outcome),
                          esc(d.outcome < 0 ? tr("not a name")
                                            : MessageCatalogue::outcomeShort(VerdictState(d.outcome), d.reason)),
                          esc(tr("%n name(s)", nullptr, int(d.count))));
            h += QStringLiteral("<p class=\"mono small\">%1</p>").arg(esc(names));
            QStringList parts;
            if (!d.ca.isEmpty())
                parts.append(esc(d.ca));
            if (!d.relevant.isEmpty())
                parts.append(tr("relevant records at %1").arg(mono(d.relevant)));
            if (!parts.isEmpty())
                h += QStringLiteral("<p class=\"muted\">%1</p>").arg(parts.join(QStringLiteral(" · ")));
            h += QStringLiteral("<p>%1</p>").arg(esc(d.finding));
            if (!d.fixLines.isEmpty())
                h += QStringLiteral("<p><b>%1</b></p><pre style=\"background-color:#eef7ee\">%2</pre>")
                         .arg(esc(tr("Fix: %1").arg(d.fixTitle)), esc(d.fixLines.join(QLatin1Char('\n'))));
        }
        if (shownDetails < s.details.size())
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(tr("… and %1 more causes, not listed here: export the table as CSV for all of them.")
                                  .arg(s.details.size() - shownDetails)));
    }
    h += QStringLiteral("<p class=\"small muted\">%1</p>")
             .arg(esc(tr("CA identifiers: the Common CA Database (CCADB) CAA identifier report, used under "
                         "CDLA-Permissive-2.0.")));
    r.m_blocks.append(std::make_shared<Block>(Block { h, nullptr }));
    return r;
}

int ReportDocument::render(QPagedPaintDevice* device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const int dpi = device->logicalDpiY();
    const QRect area = device->pageLayout().paintRectPixels(dpi);
    const qreal scale = dpi / 96.0; // HTML lengths and the climb drawing are in 96-dpi pixels

    QFont base = QGuiApplication::font();
    base.setPointSizeF(9);
    // No ligatures: "fi" and "ffl" as single glyphs copy and search badly ("conﬁguration") in PDF viewers.
    base.setStyleStrategy(QFont::PreferNoShaping);
    QFont small = base;
    small.setPointSizeF(7.5);
    const QFontMetricsF smallMetrics(small, device);
    const qreal band = smallMetrics.height() * 2.4; // header and footer
    const QSizeF body(area.width(), area.height() - 2 * band);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultFont(base);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(
        QString::fromLatin1(kStyle)
        + QStringLiteral(".mono { font-family: '%1'; } pre { font-family: '%1'; }").arg(monoFamily()));
    ReportClimbObject climbs(*this, scale, body.height() * 0.95);
    doc.documentLayout()->registerHandler(kClimbObject, &climbs);
    QString html;
    for (int i = 0; i < m_blocks.size(); ++i)
        html += m_blocks[i]->climb ? QStringLiteral("<p><img src=\"caa-climb:%1\"/></p>").arg(i) : m_blocks[i]->html;
    doc.setHtml(html);
    // The placeholders become drawings: same look as the window's climb, vectors not pixels.
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat() || !format.toImageFormat().name().startsWith(QLatin1String("caa-climb:")))
                continue;
            const int index = format.toImageFormat().name().mid(10).toInt();
            QTextCharFormat object;
            object.setObjectType(kClimbObject);
            object.setProperty(QTextFormat::UserProperty, index);
            QTextCursor cursor(&doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(object);
        }
    }
    // Paginated only now that the content is complete: a page size set before the edits above left part of the text
    // without layout (Qt lays out changes lazily).
    doc.setPageSize(body);
    // The layout is lazy: asking for the last block's place lays out all of it, so the page count is final.
    (void)doc.documentLayout()->blockBoundingRect(doc.lastBlock());
    const int pages = doc.pageCount();
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = lightPalette();
    context.palette.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF top(0, 0, area.width(), smallMetrics.height());
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, m_headerLeft);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, m_headerRight);
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), scale * 0.75));
        painter.drawLine(QPointF(0, band * 0.6), QPointF(area.width(), band * 0.6));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF bottom(0, area.height() - smallMetrics.height(), area.width(), smallMetrics.height());
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, m_footerLeft);
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.save();
        painter.translate(0, band - page * body.height());
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        // Frames (table borders) are drawn whole when they touch the page: the clip keeps them off the header.
        painter.setClipRect(context.clip.adjusted(-scale * 4, 0, scale * 4, 0));
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

QByteArray ReportDocument::pdf(const QPageSize& pageSize, int* pages) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
        writer.setTitle(m_title);
        writer.setCreator(tr("CAA Doctor %1").arg(QStringLiteral(CAA_VERSION)));
        if (!m_attachment.isEmpty())
            writer.addFileAttachment(QStringLiteral("caa-evidence.json"), m_attachment,
                                     QStringLiteral("application/json"));
        const int n = render(&writer);
        if (pages)
            *pages = n;
    }
    return buffer.data();
}

bool ReportDocument::writePdf(const QString& path, const QPageSize& pageSize, QString* error, int* pages) const
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("%1 is a folder.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!info.dir().exists()) {
        *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    const QByteArray bytes = pdf(pageSize, pages);
    QString why;
    if (!writeWholeFile(path, bytes, &why)) {
        *error = tr("Cannot write %1: %2. Nothing was written; an earlier file of that name is unchanged.")
                     .arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

} // namespace caa

#include "reportdocument.moc"
