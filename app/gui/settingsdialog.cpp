#include "settingsdialog.h"

#include "caa/dnsclient.h"
#include "settings.h"
#include "statuscolors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>

namespace caa {

bool parseResolverList(const QString& text, QStringList* normalised, QString* error)
{
    normalised->clear();
    for (const QString& typed : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        // DNS over HTTPS/TLS/QUIC is not how CAA Doctor asks (nor how CAs ask): say so rather than "bad port".
        const QUrl url(typed, QUrl::StrictMode);
        if (typed.contains(QLatin1String("://")) && url.isValid() && !url.scheme().isEmpty()) {
            QString address;
            const bool hostIsAddress = DnsClient::normaliseServer(url.host(), &address, nullptr);
            *error = SettingsDialog::tr("“%1” is a URL (DNS over HTTPS or TLS). CAA Doctor asks resolvers over plain "
                                        "DNS, as CAs do: give the resolver's IP address, such as %2.")
                         .arg(typed, hostIsAddress ? url.host() : QStringLiteral("1.1.1.1"));
            return false;
        }
        QString one, why;
        if (!DnsClient::normaliseServer(typed, &one, &why)) {
            *error = why;
            return false;
        }
        if (!normalised->contains(one))
            normalised->append(one);
    }
    return true;
}

SettingsDialog::SettingsDialog(const Settings& settings, const QStringList& inUse, QWidget* parent)
    : QDialog(parent)
    , m_saved(settings.resolvers())
    , m_parsed(settings.resolvers())
{
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Fields wide enough for two IPv6 resolvers or an account URL, whatever the style's default.
    const int wide = fontMetrics().horizontalAdvance(QLatin1Char('m')) * 40;
    m_resolvers = new QLineEdit(m_saved.join(QStringLiteral(", ")), this);
    m_resolvers->setObjectName(QStringLiteral("resolvers"));
    m_resolvers->setMinimumWidth(wide);
    m_resolvers->setPlaceholderText(tr("empty: the system's resolvers"));
    form->addRow(tr("&Resolvers (ADDR[:PORT], comma-separated)"), m_resolvers);
    if (!inUse.isEmpty() && inUse != m_saved) {
        auto* note = new QLabel(tr("In use now: %1, given on the command line (--resolver). They stay in use unless "
                                   "you change the Resolvers field.")
                                    .arg(inUse.join(QStringLiteral(", "))),
                                this);
        note->setObjectName(QStringLiteral("resolversInUse"));
        note->setWordWrap(true);
        form->addRow(QString(), note);
    }
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(50, 600000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(settings.timeoutMs());
    form->addRow(tr("&Timeout of the first try"), m_timeout);
    m_tries = new QSpinBox(this);
    m_tries->setRange(1, 10);
    m_tries->setValue(settings.tries());
    form->addRow(tr("T&ries"), m_tries);
    m_production = new QLineEdit(settings.accountUriProduction(), this);
    m_production->setMinimumWidth(wide);
    m_production->setPlaceholderText(QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/…"));
    form->addRow(tr("ACME account (&production)"), m_production);
    m_staging = new QLineEdit(settings.accountUriStaging(), this);
    m_staging->setMinimumWidth(wide);
    m_staging->setPlaceholderText(QStringLiteral("https://acme-staging-v02.api.letsencrypt.org/acme/acct/…"));
    form->addRow(tr("ACME account (&staging)"), m_staging);
    m_readServed = new QCheckBox(tr("Read the &certificate in use over TLS (port 443) in live checks"), this);
    m_readServed->setObjectName(QStringLiteral("readServed"));
    m_readServed->setChecked(settings.readServedCertificate());
    form->addRow(tr("Who issues"), m_readServed);
    m_askCt
        = new QCheckBox(tr("Ask Certificate Transparency (crt.sh, on the internet) which CAs issued &lately"), this);
    m_askCt->setObjectName(QStringLiteral("askCt"));
    m_askCt->setChecked(settings.askCertificateTransparency());
    form->addRow(QString(), m_askCt);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(StatusColors(palette()).error.name()));
    m_problem->hide();
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::validate()
{
    QString error;
    QStringList parsed;
    if (!parseResolverList(m_resolvers->text(), &parsed, &error)) {
        m_problem->setText(error); // the dialog stays open: nothing is lost
        m_problem->show();
        adjustSize(); // room for the whole sentence (the dialog does not grow by itself)
        m_resolvers->setFocus();
        return;
    }
    m_parsed = parsed;
    accept();
}

QString SettingsDialog::productionAccount() const
{
    return m_production->text().trimmed();
}

void SettingsDialog::save(Settings& settings) const
{
    settings.setResolvers(m_parsed);
    settings.setTimeoutMs(m_timeout->value());
    settings.setTries(m_tries->value());
    settings.setAccountUriProduction(productionAccount());
    settings.setAccountUriStaging(m_staging->text().trimmed());
    settings.setReadServedCertificate(m_readServed->isChecked());
    settings.setAskCertificateTransparency(m_askCt->isChecked());
    settings.sync();
}

} // namespace caa
