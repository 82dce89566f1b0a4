#include "fixcard.h"

#include "icons.h"
#include "messagecatalogue.h"
#include "statuscolors.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace caa {

FixCard::FixCard(const Fix& fix, bool canApply, QWidget* parent)
    : QFrame(parent)
    , m_fix(fix)
{
    setObjectName(QStringLiteral("fixCard"));
    const StatusColors colors(palette());
    setStyleSheet(
        QStringLiteral("#fixCard { border: 1px solid %1; border-radius: 6px; background: %2; }")
            .arg(colors.ok.name(), StatusColors::tint(colors.ok, palette().color(QPalette::Base), 0.08).name()));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(MessageCatalogue::fixTitle(fix).toHtmlEscaped()), this);
    title->setStyleSheet(QStringLiteral("color: %1;").arg(colors.ok.name()));
    layout->addWidget(title);
    if (fix.edits.isEmpty()) {
        // Not a record change (a stale server to repair): what to do, in words.
        auto* what = new QLabel(MessageCatalogue::fixDescription(fix), this);
        what->setTextFormat(Qt::PlainText);
        what->setWordWrap(true);
        what->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(what);
        return;
    }
    if (const QString caveat = MessageCatalogue::fixCaveat(fix); !caveat.isEmpty()) {
        // A parameter the fix leaves out is said, never dropped silently.
        auto* note = new QLabel(caveat, this);
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        note->setObjectName(QStringLiteral("fixCaveat"));
        layout->addWidget(note);
    }
    auto* row = new QHBoxLayout;
    // One line per record (a name's own set can hold several), at most four shown before it scrolls.
    auto* record = new QPlainTextEdit(zoneText(), this);
    record->setReadOnly(true);
    record->setLineWrapMode(QPlainTextEdit::NoWrap);
    record->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    record->setAccessibleName(tr("Corrected record"));
    record->setTabChangesFocus(true);
    const int lines = std::clamp(int(fix.zoneLines().size()), 1, 4);
    record->setFixedHeight(QFontMetrics(record->font()).lineSpacing() * lines
                           + 2 * (record->frameWidth() + int(record->document()->documentMargin())) + 2);
    record->setVerticalScrollBarPolicy(fix.zoneLines().size() > 4 ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    row->addWidget(record, 1);
    m_copy = new QPushButton(themedIcon(QStringLiteral("edit-copy")), tr("Copy"), this);
    m_copy->setAccessibleName(tr("Copy the corrected record"));
    connect(m_copy, &QPushButton::clicked, this, [this] { copy(zoneText(), tr("zone-file line")); });
    row->addWidget(m_copy);
    m_copyAs = new QToolButton(this);
    m_copyAs->setText(tr("Copy as"));
    m_copyAs->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_copyAs);
    menu->addAction(tr("Zone-file line"), this, [this] { copy(zoneText(), tr("zone-file line")); });
    menu->addAction(tr("RFC 3597 generic (old BIND, NSD, Windows DNS)"), this,
                    [this] { copy(genericText(), tr("RFC 3597 form")); });
    // A DNS provider's web form: its field names, its quoting, its pitfalls.
    QMenu* forms = menu->addMenu(tr("Web form fields for"));
    for (const ProviderForms::Provider provider : ProviderForms::all()) {
        QAction* action = forms->addAction(ProviderForms::name(provider), this, [this, provider] {
            copy(formFieldsText(provider), tr("form fields for %1").arg(ProviderForms::name(provider)));
        });
        action->setToolTip(ProviderForms::notes(provider, m_fix).join(u' '));
    }
    forms->setToolTipsVisible(true);
    m_copyAs->setMenu(menu);
    // The popup arrow is drawn inside the button: room for it, or it runs into "as".
    m_copyAs->setMinimumWidth(m_copyAs->sizeHint().width()
                              + m_copyAs->fontMetrics().horizontalAdvance(QStringLiteral("   ")));
    row->addWidget(m_copyAs);
    layout->addLayout(row);
    if (canApply) {
        auto* applyRow = new QHBoxLayout;
        applyRow->addStretch();
        m_apply = new QPushButton(tr("Apply to Zone File"), this);
        m_apply->setToolTip(tr("Edits only this record in the zone file; you review the change before it is saved, "
                               "and Undo takes it back."));
        connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(m_fix); });
        applyRow->addWidget(m_apply);
        layout->addLayout(applyRow);
    }
}

QString FixCard::zoneText() const
{
    return m_fix.zoneLines().join(QLatin1Char('\n'));
}

QString FixCard::genericText() const
{
    return m_fix.genericLines().join(QLatin1Char('\n'));
}

QString FixCard::formFieldsText(ProviderForms::Provider provider) const
{
    return ProviderForms::formText(provider, m_fix);
}

void FixCard::copyZoneLines()
{
    copy(zoneText(), tr("zone-file line"));
}

QList<QWidget*> FixCard::focusOrder() const
{
    QList<QWidget*> order { m_copy, m_copyAs };
    if (m_apply)
        order.append(m_apply);
    return order;
}

void FixCard::copy(const QString& text, const QString& what)
{
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied(what);
}

} // namespace caa
