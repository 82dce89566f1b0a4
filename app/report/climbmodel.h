#pragma once

#include "caa/diagnosis.h"

#include <QAbstractListModel>

namespace caa {

// The rungs of the tree climb: one row per name, the queried name first, the TLD last. Filled as answers arrive.
class ClimbModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        StatusRole, // LookupStatus
        SummaryRole, // "2 CAA records · DNSSEC secure · TTL 3600 · 21 ms"
        RecordsRole, // the records in zone-file form, one per line
        StateRole, // RungState
        DnssecRole, // DnssecState
        AliasesRole, // QStringList
        DnameOwnerRole, // QString: the DNAME that redirected the name, empty for a CNAME chain
    };
    enum class RungState
    {
        Waiting,
        Unanswered, // still waiting when the check was cancelled
        Empty,
        Blocks, // the relevant set, refusing the first CA
        Allows, // the relevant set, allowing the first CA
        DependsOnServer, // the relevant set, which the nameservers serve differently: the CA's answer depends on them
        Failed, // a lookup failure that decided the verdict
        NotConsulted // above the deciding rung
    };
    Q_ENUM(RungState)

    using QAbstractListModel::QAbstractListModel;

    void setDiagnosis(const Diagnosis& diagnosis);
    // The check was cancelled: names still waiting are shown as not answered, not "asking…" for ever. A diagnosis of
    // another name clears it.
    void setCancelled(bool cancelled);
    const Diagnosis& diagnosis() const { return m_diagnosis; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    RungState stateOf(int row) const;
    Diagnosis m_diagnosis;
    bool m_cancelled = false;
};

} // namespace caa
