#pragma once

#include "caa/evaluator.h"
#include "providerforms.h"

#include <QFrame>

class QLineEdit;
class QPushButton;
class QToolButton;

namespace caa {

// One fix: what to do, the corrected record, and one click to copy it as a zone-file line, in RFC 3597 generic form,
// or as the fields a DNS provider's web form asks for.
class FixCard : public QFrame
{
    Q_OBJECT
public:
    // `canApply`: the records came from a loaded zone file, so the fix can be written into it.
    FixCard(const Fix& fix, bool canApply, QWidget* parent = nullptr);

    QString zoneText() const;
    QString genericText() const;
    QString formFieldsText(ProviderForms::Provider provider = ProviderForms::Generic) const;
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* applyButton() const { return m_apply; }

    const Fix& fix() const { return m_fix; }
    // Copies the corrected zone-file lines (Edit ▸ Copy Fix does this for the first card).
    void copyZoneLines();
    // The card's buttons in Tab order: Copy, Copy as, Apply to Zone File (when it can apply).
    QList<QWidget*> focusOrder() const;

Q_SIGNALS:
    void copied(const QString& what);
    void applyRequested(const caa::Fix& fix);

private:
    void copy(const QString& text, const QString& what);
    Fix m_fix;
    QPushButton* m_copy = nullptr;
    QPushButton* m_apply = nullptr;
    QToolButton* m_copyAs = nullptr;
};

} // namespace caa
