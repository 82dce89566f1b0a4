#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace caa {

class Settings;

// The Settings dialog: resolvers, timeout and tries of live DNS, the ACME accounts. It shows the resolvers the window
// uses now when they are not the saved ones (given with --resolver): they stay in use unless the person changes the
// Resolvers field. OK is refused, with the reason beside the fields, while a value is invalid: nothing typed is lost.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `inUse`: the resolvers of this session when they differ from the saved ones (from the command line).
    SettingsDialog(const Settings& settings, const QStringList& inUse, QWidget* parent = nullptr);

    // After OK: writes the values to `settings`.
    void save(Settings& settings) const;
    QStringList resolvers() const { return m_parsed; } // normalised ADDR:PORT; empty: the system's
    // Whether the Resolvers field was changed: only then do the saved resolvers replace the ones in use.
    bool resolversChanged() const { return m_parsed != m_saved; }
    QString productionAccount() const;

private:
    void validate();

    QStringList m_saved;
    QStringList m_parsed;
    QLineEdit* m_resolvers;
    QSpinBox* m_timeout;
    QSpinBox* m_tries;
    QLineEdit* m_production;
    QLineEdit* m_staging;
    QCheckBox* m_readServed;
    QCheckBox* m_askCt;
    QLabel* m_problem;
};

// A resolver as typed in the dialog: normalised, or why not (a URL of DNS over HTTPS or TLS is named as such).
bool parseResolverList(const QString& text, QStringList* normalised, QString* error);

} // namespace caa
