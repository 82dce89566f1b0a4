#pragma once

#include "issuerdiff.h"

#include <QList>
#include <QWidget>

namespace caa {

// Found and expected issuer values one above the other, character-aligned, with the differing characters boxed and
// labelled (trailing dot, case, quotes, white space, typo, another CA's identifier).
class IssuerDiffView : public QWidget
{
    Q_OBJECT
public:
    using Row = IssuerDiffRow; // computed in app/common, as the PDF and the CLI have them

    explicit IssuerDiffView(QWidget* parent = nullptr);
    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Row> m_rows;
};

} // namespace caa
