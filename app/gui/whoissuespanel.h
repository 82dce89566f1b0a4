#pragma once

#include "caa/diagnosis.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace caa {

class FixCard;

// "Who issues" on the Diagnosis page: the certificate in use (issuer, CA identifier, valid until, renewal verdict),
// the hosting platform and its CAs, and the CAs Certificate Transparency lists lately. It shows what the diagnosis
// holds (WhoIssues, judged by Diagnosis::settle()); the fix for a platform whose CAs are all refused is a card like
// the verdict's.
class WhoIssuesPanel : public QFrame
{
    Q_OBJECT
public:
    explicit WhoIssuesPanel(QWidget* parent = nullptr);

    // `reading`: the certificate or CT is still being read. `canApply`: fixes can be written into loaded zone files.
    void show(const Diagnosis* diagnosis, bool reading, bool canApply);
    void clear();

    QLabel* certificateLabel() const { return m_certificate; }
    QLabel* issuerLabel() const { return m_issuer; }
    QLabel* renewalLabel() const { return m_renewal; }
    QLabel* platformLabel() const { return m_platform; }
    QLabel* ctLabel() const { return m_ct; }
    QLabel* findingsLabel() const { return m_findings; }
    FixCard* fixCard() const { return m_card; }
    QPushButton* openCertificateButton() const { return m_open; }
    // Whether the row of this value (its title and the value) is shown when the panel is.
    bool rowShown(const QLabel* value) const;

Q_SIGNALS:
    void openCertificateRequested();
    void applyRequested(const caa::Fix& fix);
    void copied(const QString& what);

private:
    void showFix(const Fix* fix, bool canApply);

    QVBoxLayout* m_layout = nullptr;
    QLabel* m_certificate = nullptr;
    QLabel* m_issuer = nullptr;
    QLabel* m_renewal = nullptr;
    QLabel* m_chain = nullptr;
    QLabel* m_platform = nullptr;
    QLabel* m_ct = nullptr;
    QLabel* m_findings = nullptr;
    QPushButton* m_open = nullptr;
    FixCard* m_card = nullptr;
    QList<QLabel*> m_titles;
};

} // namespace caa
