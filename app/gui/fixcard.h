#pragma once

#include "caa/evaluator.h"
#include "providerforms.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
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
    // Another fix (or the same one judged again) in this card: what changed is redrawn, nothing else, so a refresh
    // while answers arrive neither flickers nor takes the focus away.
    void setFix(const Fix& fix, bool canApply);
    QPushButton* copyButton() const { return m_fix.edits.isEmpty() ? nullptr : m_copy; }
    QPushButton* applyButton() const { return m_canApply ? m_apply : nullptr; }

    const Fix& fix() const { return m_fix; }
    // Copies the corrected zone-file lines (Edit ▸ Copy Fix does this for the first card).
    void copyZoneLines();
    // The card's buttons in Tab order: Copy, Copy as, Apply to Zone File (when it can apply).
    QList<QWidget*> focusOrder() const;
    QPlainTextEdit* recordView() const { return m_record; }

Q_SIGNALS:
    void copied(const QString& what);
    void applyRequested(const caa::Fix& fix);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitRecordHeight();
    void copy(const QString& text, const QString& what);
    Fix m_fix;
    bool m_canApply = false;
    bool m_shown = false;
    QString m_shownTitle;
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_caveat = nullptr;
    QPlainTextEdit* m_record = nullptr;
    QPushButton* m_copy = nullptr;
    QToolButton* m_copyAs = nullptr;
    QMenu* m_forms = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace caa
