#include "settings.h"

#include <QDir>
#include <QFileInfo>

namespace caa {

namespace key {
constexpr char Resolvers[] = "dns/resolvers";
constexpr char TimeoutMs[] = "dns/timeoutMs";
constexpr char Tries[] = "dns/tries";
constexpr char ReportPageSize[] = "report/pageSize";
constexpr char LastCa[] = "check/lastCa";
constexpr char RecentCas[] = "check/recentCas";
constexpr char RecentNames[] = "check/recentNames";
constexpr char AccountProduction[] = "acme/accountUriProduction";
constexpr char AccountStaging[] = "acme/accountUriStaging";
constexpr char Geometry[] = "window/geometry";
constexpr char State[] = "window/state";
constexpr char LastOpenFolder[] = "files/lastOpenFolder";
constexpr char ReadServed[] = "check/readServedCertificate";
constexpr char AskCt[] = "check/askCertificateTransparency";
} // namespace key

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("CAA Doctor"),
                                             QStringLiteral("CAA Doctor")))
{
}

Settings::Settings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

QStringList Settings::resolvers() const
{
    return m_settings->value(QLatin1String(key::Resolvers)).toStringList();
}

void Settings::setResolvers(const QStringList& resolvers)
{
    if (resolvers.isEmpty()) // an empty list would be written as "@Invalid()"
        m_settings->remove(QLatin1String(key::Resolvers));
    else
        m_settings->setValue(QLatin1String(key::Resolvers), resolvers);
}

QString Settings::lastOpenFolder() const
{
    const QString folder = m_settings->value(QLatin1String(key::LastOpenFolder)).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void Settings::setLastOpenFolder(const QString& folder)
{
    m_settings->setValue(QLatin1String(key::LastOpenFolder), folder);
}

QString Settings::lastCa() const
{
    return m_settings->value(QLatin1String(key::LastCa), QStringLiteral("letsencrypt.org")).toString();
}

void Settings::setLastCa(const QString& key)
{
    m_settings->setValue(QLatin1String(key::LastCa), key);
    QStringList cas = recentCas();
    cas.removeAll(key);
    cas.prepend(key);
    m_settings->setValue(QLatin1String(key::RecentCas), cas.mid(0, 5));
}

QStringList Settings::recentCas() const
{
    return m_settings->value(QLatin1String(key::RecentCas)).toStringList();
}

QStringList Settings::recentNames() const
{
    return m_settings->value(QLatin1String(key::RecentNames)).toStringList();
}

void Settings::addRecentName(const QString& name)
{
    QStringList names = recentNames();
    names.removeAll(name);
    names.prepend(name);
    m_settings->setValue(QLatin1String(key::RecentNames), names.mid(0, 20));
}

QString Settings::accountUriProduction() const
{
    return m_settings->value(QLatin1String(key::AccountProduction)).toString();
}

void Settings::setAccountUriProduction(const QString& uri)
{
    m_settings->setValue(QLatin1String(key::AccountProduction), uri);
}

QString Settings::accountUriStaging() const
{
    return m_settings->value(QLatin1String(key::AccountStaging)).toString();
}

void Settings::setAccountUriStaging(const QString& uri)
{
    m_settings->setValue(QLatin1String(key::AccountStaging), uri);
}

int Settings::timeoutMs() const
{
    return std::clamp(m_settings->value(QLatin1String(key::TimeoutMs), 3000).toInt(), 50, 600000);
}

void Settings::setTimeoutMs(int ms)
{
    m_settings->setValue(QLatin1String(key::TimeoutMs), ms);
}

int Settings::tries() const
{
    return std::clamp(m_settings->value(QLatin1String(key::Tries), 2).toInt(), 1, 10);
}

void Settings::setTries(int tries)
{
    m_settings->setValue(QLatin1String(key::Tries), tries);
}

bool Settings::readServedCertificate() const
{
    return m_settings->value(QLatin1String(key::ReadServed), true).toBool();
}

void Settings::setReadServedCertificate(bool on)
{
    m_settings->setValue(QLatin1String(key::ReadServed), on);
}

bool Settings::askCertificateTransparency() const
{
    return m_settings->value(QLatin1String(key::AskCt), false).toBool();
}

void Settings::setAskCertificateTransparency(bool on)
{
    m_settings->setValue(QLatin1String(key::AskCt), on);
}

QString Settings::reportPageSize() const
{
    const QString size = m_settings->value(QLatin1String(key::ReportPageSize)).toString();
    return size == QLatin1String("a4") || size == QLatin1String("letter") ? size : QString();
}

void Settings::setReportPageSize(const QString& size)
{
    m_settings->setValue(QLatin1String(key::ReportPageSize), size);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(QLatin1String(key::Geometry)).toByteArray();
}

QByteArray Settings::windowState() const
{
    return m_settings->value(QLatin1String(key::State)).toByteArray();
}

void Settings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    m_settings->setValue(QLatin1String(key::Geometry), geometry);
    m_settings->setValue(QLatin1String(key::State), state);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace caa
