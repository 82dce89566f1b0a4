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
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace caa {

FixCard::FixCard(const Fix& fix, bool canApply, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("fixCard"));
    const StatusColors colors(palette());
    setStyleSheet(
        QStringLiteral("#fixCard { border: 1px solid %1; border-radius: 6px; background: %2; }")
            .arg(colors.ok.name(), StatusColors::tint(colors.ok, palette().color(QPalette::Base), 0.08).name()));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("color: %1;").arg(colors.ok.name()));
    layout->addWidget(m_title);
    // Not a record change (a stale server to repair): what to do, in words.
    m_description = new QLabel(this);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_description);
    // A parameter the fix leaves out is said, never dropped silently.
    m_caveat = new QLabel(this);
    m_caveat->setTextFormat(Qt::PlainText);
    m_caveat->setWordWrap(true);
    m_caveat->setObjectName(QStringLiteral("fixCaveat"));
    layout->addWidget(m_caveat);
    auto* row = new QHBoxLayout;
    // One line per record (a name's own set can hold several), at most four shown before it scrolls.
    m_record = new QPlainTextEdit(this);
    m_record->setReadOnly(true);
    m_record->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_record->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_record->setAccessibleName(tr("Corrected record"));
    m_record->setTabChangesFocus(true);
    m_record->installEventFilter(this); // its height follows its width (see fitRecordHeight)
    row->addWidget(m_record, 1);
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
    m_forms = menu->addMenu(tr("Web form fields for"));
    for (const ProviderForms::Provider provider : ProviderForms::all()) {
        m_forms->addAction(ProviderForms::name(provider), this, [this, provider] {
            copy(formFieldsText(provider), tr("form fields for %1").arg(ProviderForms::name(provider)));
        });
    }
    m_forms->setToolTipsVisible(true);
    m_copyAs->setMenu(menu);
    // The popup arrow is drawn inside the button: room for it, or it runs into "as".
    m_copyAs->setMinimumWidth(m_copyAs->sizeHint().width()
                              + m_copyAs->fontMetrics().horizontalAdvance(QStringLiteral("   ")));
    row->addWidget(m_copyAs);
    layout->addLayout(row);
    auto* applyRow = new QHBoxLayout;
    applyRow->addStretch();
    m_apply = new QPushButton(tr("Apply to Zone File"), this);
    m_apply->setToolTip(tr("Edits only this record in the zone file; you review the change before it is saved, and "
                           "Undo takes it back."));
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(m_fix); });
    applyRow->addWidget(m_apply);
    layout->addLayout(applyRow);
    setFix(fix, canApply);
}

void FixCard::setFix(const Fix& fix, bool canApply)
{
    const QString title = MessageCatalogue::fixTitle(fix);
    const QString zone = fix.zoneLines().join(QLatin1Char('\n'));
    const QString caveat = fix.edits.isEmpty() ? QString() : MessageCatalogue::fixCaveat(fix);
    const QString description = fix.edits.isEmpty() ? MessageCatalogue::fixDescription(fix) : QString();
    if (m_shown && title == m_shownTitle && zone == zoneText() && caveat == m_caveat->text()
        && description == m_description->text() && (canApply && !fix.edits.isEmpty()) == m_canApply) {
        m_fix = fix; // the same card: nothing on screen moves, focus and selection stay
        return;
    }
    m_fix = fix;
    m_shown = true;
    m_shownTitle = title;
    m_canApply = canApply && !fix.edits.isEmpty();
    m_title->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    m_description->setText(description);
    m_description->setVisible(fix.edits.isEmpty());
    m_caveat->setText(caveat);
    m_caveat->setVisible(!caveat.isEmpty());
    for (QWidget* w : std::initializer_list<QWidget*> { m_record, m_copy, m_copyAs })
        w->setVisible(!fix.edits.isEmpty());
    m_record->setPlainText(zoneText());
    m_record->setVerticalScrollBarPolicy(fix.zoneLines().size() > 4 ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    fitRecordHeight();
    const QList<ProviderForms::Provider> providers = ProviderForms::all();
    const QList<QAction*> formActions = m_forms->actions();
    for (int i = 0; i < formActions.size() && i < providers.size(); ++i)
        formActions[i]->setToolTip(ProviderForms::notes(providers[i], m_fix).join(u' '));
    m_apply->setVisible(m_canApply);
}

void FixCard::fitRecordHeight()
{
    // Up to four lines, and room for the horizontal scroll bar when a line is wider than the box: otherwise the bar
    // covers the only line (a long record in a narrow window).
    const QStringList lines = m_fix.zoneLines();
    const QFontMetrics metrics(m_record->font());
    const int margins = 2 * (m_record->frameWidth() + int(m_record->document()->documentMargin()));
    int height = metrics.lineSpacing() * std::clamp(int(lines.size()), 1, 4) + margins + 2;
    int widest = 0;
    for (const QString& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    const int room = m_record->width() - margins
        - (m_record->verticalScrollBar()->isVisibleTo(m_record) ? m_record->verticalScrollBar()->width() : 0);
    if (widest > room)
        height += m_record->horizontalScrollBar()->sizeHint().height();
    if (m_record->height() != height || m_record->minimumHeight() != height)
        m_record->setFixedHeight(height);
}

bool FixCard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_record && event->type() == QEvent::Resize)
        fitRecordHeight();
    return QFrame::eventFilter(watched, event);
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
    if (m_fix.edits.isEmpty())
        return {};
    QList<QWidget*> order { m_copy, m_copyAs };
    if (m_canApply)
        order.append(m_apply);
    return order;
}

void FixCard::copy(const QString& text, const QString& what)
{
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied(what);
}

} // namespace caa
