#pragma once

#include <QSettings>
#include <QStringList>
#include <memory>

namespace caa {

// Typed access to the settings, one place for every key and default (KeePassXC's Config, qBittorrent's
// SettingValue). INI format everywhere, so support files look the same on every system.
class Settings
{
public:
    Settings(); // the user's settings file
    explicit Settings(const QString& iniPath); // tests: a file of their own

    QStringList resolvers() const; // empty: the system's
    void setResolvers(const QStringList& resolvers);
    // The folder the Open dialogs start in: the one a file was last opened from (default, or when it is gone: home).
    QString lastOpenFolder() const;
    void setLastOpenFolder(const QString& folder);
    QString lastCa() const; // default "letsencrypt.org"
    void setLastCa(const QString& key); // also puts it first among the recent CAs
    QStringList recentCas() const; // CA keys, most recent first, at most 5
    QStringList recentNames() const;
    void addRecentName(const QString& name); // most recent first, at most 20
    QString accountUriProduction() const;
    void setAccountUriProduction(const QString& uri);
    QString accountUriStaging() const;
    void setAccountUriStaging(const QString& uri);
    int timeoutMs() const; // default 3000
    void setTimeoutMs(int ms);
    int tries() const; // default 2
    void setTries(int tries);
    // Live checks also read the certificate the server presents over TLS (default on).
    bool readServedCertificate() const;
    void setReadServedCertificate(bool on);
    // Live checks also ask crt.sh for the name's recent certificates (default off: it is an internet service).
    bool askCertificateTransparency() const;
    void setAskCertificateTransparency(bool on);
    QString reportPageSize() const; // "a4", "letter", or empty: the locale's
    void setReportPageSize(const QString& size);
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state);
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace caa
