#pragma once

#include "caa/diagnosis.h"

#include <QAbstractTableModel>
#include <QHash>

namespace caa {

// Verdicts of several CAs for the name and its wildcard, judged from one diagnosis with its request's account and
// method (a wildcard request climbs the same names): one row per CA; columns: the CA, the name, *.name.
class VerdictGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        OutcomeRole = Qt::UserRole + 1, // caa::Outcome as int
        ReasonRole, // the finding code that decided
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setDiagnosis(const Diagnosis& diagnosis);
    void setProfiles(const QList<CaProfile>& profiles);
    void addProfile(const CaProfile& profile); // ignored when already listed
    const QList<CaProfile>& profiles() const { return m_profiles; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void recompute();
    void collectRows();
    Diagnosis m_diagnosis;
    bool m_hasDiagnosis = false;
    QList<CaProfile> m_profiles; // the CAs chosen
    QList<CaProfile> m_rows; // those, and the CAs of who issues (the served CA, the platform's)
    QHash<QString, QStringList> m_notes; // per CA key: why it is a row ("issued the certificate in use")
    QList<std::array<Verdict, 2>> m_verdicts; // [plain, wildcard] per profile
};

} // namespace caa
