#include "whoissuespanel.h"

#include "fixcard.h"
#include "messagecatalogue.h"
#include "statuscolors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace caa {

namespace {

QString coloured(const QColor& colour, const QString& text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), text.toHtmlEscaped());
}

} // namespace

WhoIssuesPanel::WhoIssuesPanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("whoIssues"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Who issues").toHtmlEscaped()), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    heading->setFont(f);
    top->addWidget(heading, 1);
    m_open = new QPushButton(tr("Certificate &File…"), this);
    m_open->setObjectName(QStringLiteral("openCertificate"));
    m_open->setToolTip(tr("Read the certificate in use from a PEM or DER file (or drop one on this page)"));
    connect(m_open, &QPushButton::clicked, this, &WhoIssuesPanel::openCertificateRequested);
    top->addWidget(m_open, 0, Qt::AlignTop);
    m_layout->addLayout(top);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->addLayout(form);
    auto add = [&](const QString& title, const char* name) {
        auto* value = new QLabel(this);
        value->setObjectName(QLatin1String(name));
        value->setWordWrap(true);
        value->setTextFormat(Qt::RichText);
        value->setTextInteractionFlags(Qt::TextBrowserInteraction);
        value->setOpenExternalLinks(true);
        value->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 20);
        auto* label = new QLabel(title, this);
        form->addRow(label, value);
        m_titles.append(label);
        return value;
    };
    m_certificate = add(tr("Certificate in use"), "servedCertificate");
    m_issuer = add(tr("Issued by"), "servedIssuer");
    m_renewal = add(tr("Renewal"), "servedRenewal");
    m_chain = add(tr("Chain"), "servedChain");
    m_platform = add(tr("Platform"), "platform");
    m_ct = add(tr("Issued lately"), "ctIssuers");
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("whoFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_layout->addWidget(m_findings);
    clear();
}

void WhoIssuesPanel::clear()
{
    show(nullptr, false, false);
}

void WhoIssuesPanel::show(const Diagnosis* d, bool reading, bool canApply)
{
    const StatusColors colours(palette());
    auto setRow = [](QLabel* value, const QString& html) {
        value->setText(html);
        value->setVisible(!html.isEmpty());
    };
    if (!d) {
        for (QLabel* l : { m_certificate, m_issuer, m_renewal, m_chain, m_platform, m_ct })
            l->clear();
        m_findings->clear();
        showFix(nullptr, false);
        setVisible(false);
        return;
    }
    const WhoIssues& w = d->who;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString certificate, issuer, renewal, chain, platform, ct;
    if (w.hasChain()) {
        const CertificateFacts& leaf = w.probe.chain.leaf();
        const QString names = leaf.dnsNames.isEmpty() ? tr("no subjectAltName")
                                                      : tr("for %1").arg(leaf.dnsNames.join(QStringLiteral(", ")));
        certificate
            = (w.origin == WhoIssues::Origin::File
                   ? tr("%1 (%2), from the file %3").arg(leaf.subject, names, w.file)
                   : tr("%1 (%2), served by %3 port %4").arg(leaf.subject, names, w.probe.address).arg(w.probe.port))
                  .toHtmlEscaped();
        issuer = w.issuer.isKnown()
            ? tr("%1 (issuing CA %2; CAA identifier %3)")
                  .arg(w.issuer.caName.isEmpty() ? w.issuer.identifiers.first() : w.issuer.caName,
                       leaf.issuerCommonName, w.issuer.identifiers.first())
                  .toHtmlEscaped()
            : coloured(colours.warning, tr("%1 (not a CA CAA Doctor knows)").arg(leaf.issuer));
        const QString outlook = MessageCatalogue::renewalOutlook(w, now);
        const QColor tone = !w.hasServedVerdict || w.expired(now) ? colours.warning
            : w.served.verdict.outcome == Outcome::Permit         ? colours.ok
            : w.served.verdict.outcome == Outcome::Forbid         ? colours.error
                                                                  : colours.warning;
        renewal = coloured(tone, outlook);
        if (w.origin == WhoIssues::Origin::Live)
            chain = w.probe.verified() ? tr("verifies to a trusted root for %1").arg(w.probe.sniName).toHtmlEscaped()
                                       : coloured(colours.warning,
                                                  tr("does not verify (%1); read and described anyway")
                                                      .arg(w.probe.verificationErrors.join(QStringLiteral("; "))));
    } else if (reading && w.origin == WhoIssues::Origin::Live) {
        certificate = tr("Reading the certificate served for %1…")
                          .arg(w.probe.sniName.isEmpty() ? d->request.name.displayText() : w.probe.sniName)
                          .toHtmlEscaped();
    } else if (w.origin == WhoIssues::Origin::Live && w.probe.status != TlsProbeResult::Status::NotRun) {
        certificate = MessageCatalogue::servedFailure(w.probe).toHtmlEscaped();
    } else if (d->sourceKind == QLatin1String("zone")) {
        certificate
            = tr("Not read for zone files: open the certificate's file, or drop it on this page.").toHtmlEscaped();
    } else {
        certificate = tr("Not read (turned off in Settings): open the certificate's file, or drop it on this page.")
                          .toHtmlEscaped();
    }
    QStringList platforms;
    for (const PlatformFinding& p : w.platforms) {
        QStringList cas;
        for (const PlatformCa& ca : p.cas) {
            const QColor tone = ca.verdict.outcome == Outcome::Permit ? colours.ok
                : ca.verdict.outcome == Outcome::Forbid               ? colours.error
                                                                      : colours.warning;
            cas.append(coloured(tone,
                                QStringLiteral("%1 %2").arg(ca.profile.recommendedIdentifier(),
                                                            MessageCatalogue::outcomeShort(ca.verdict))));
        }
        platforms.append(tr("<b>%1</b> (%2). It issues with: %3.")
                             .arg(p.match.platform.name.toHtmlEscaped(),
                                  MessageCatalogue::platformEvidence(p.match).toHtmlEscaped(),
                                  cas.join(QStringLiteral(", ")))
                         + QStringLiteral("<br><small>%1 <a href=\"%2\">%3</a></small>")
                               .arg(p.match.platform.behaviour.toHtmlEscaped(), p.match.platform.source.toHtmlEscaped(),
                                    tr("Source, read %1").arg(p.match.platform.read).toHtmlEscaped()));
    }
    platform = platforms.join(QStringLiteral("<br>"));
    if (w.ct.status != CtAnswer::Status::NotAsked)
        ct = MessageCatalogue::ctSummary(w.ct).toHtmlEscaped();
    setRow(m_certificate, certificate);
    setRow(m_issuer, issuer);
    setRow(m_renewal, renewal);
    setRow(m_chain, chain);
    setRow(m_platform, platform);
    setRow(m_ct, ct);
    // A row's title goes with its value.
    const QList<QLabel*> values { m_certificate, m_issuer, m_renewal, m_chain, m_platform, m_ct };
    for (int i = 0; i < values.size() && i < m_titles.size(); ++i)
        m_titles[i]->setVisible(!values[i]->isHidden()); // not isVisible(): the panel itself may be hidden now
    QStringList findings;
    const Fix* fix = nullptr;
    for (const Finding& f : w.findings) {
        if (f.code == QLatin1String(code::ServedNotRead))
            continue; // the certificate row says it
        const QColor tone = f.severity == Severity::Error ? colours.error
            : f.severity == Severity::Warning             ? colours.warning
                                                          : palette().color(QPalette::Text);
        findings.append(coloured(tone, MessageCatalogue::finding(f)));
        if (!fix && f.code == QLatin1String(code::PlatformCaMissing)) {
            for (const PlatformFinding& p : w.platforms) {
                if (p.match.platform.name == f.args.value(QStringLiteral("platform")).toString() && p.allRefuse()
                    && !p.cas.first().verdict.fixes.isEmpty())
                    fix = &p.cas.first().verdict.fixes.first();
            }
        }
        // The fix for the served CA when it is not the CA asked about (that one's fix is with the verdict).
        if (!fix && f.code == QLatin1String(code::ServedIssuerNotPermitted) && !w.served.verdict.fixes.isEmpty()
            && (d->profiles.isEmpty() || d->profiles.first().key != w.served.profile.key))
            fix = &w.served.verdict.fixes.first();
    }
    m_findings->setText(findings.join(QStringLiteral("<br>")));
    m_findings->setVisible(!findings.isEmpty());
    showFix(fix, canApply);
    setVisible(!d->request.name.isIpAddress());
}

bool WhoIssuesPanel::rowShown(const QLabel* value) const
{
    const QList<const QLabel*> values { m_certificate, m_issuer, m_renewal, m_chain, m_platform, m_ct };
    const qsizetype i = values.indexOf(value);
    return i >= 0 && i < m_titles.size() && !value->isHidden() && !m_titles[i]->isHidden();
}

void WhoIssuesPanel::showFix(const Fix* fix, bool canApply)
{
    if (!fix) {
        delete m_card;
        m_card = nullptr;
        return;
    }
    bool apply = canApply && !fix->edits.isEmpty();
    for (const RecordEdit& e : fix->edits)
        apply = apply && e.location.isValid();
    if (m_card) {
        m_card->setFix(*fix, apply);
        return;
    }
    m_card = new FixCard(*fix, apply, this);
    m_card->setObjectName(QStringLiteral("whoIssuesFix"));
    connect(m_card, &FixCard::applyRequested, this, &WhoIssuesPanel::applyRequested);
    connect(m_card, &FixCard::copied, this, &WhoIssuesPanel::copied);
    m_layout->addWidget(m_card);
}

} // namespace caa
