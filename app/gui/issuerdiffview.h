#pragma once

#include <QList>
#include <QWidget>

namespace caa {

// Found and expected issuer values one above the other, character-aligned, with the differing characters boxed and
// labelled (trailing dot, case, quotes, white space, typo, another CA's identifier).
class IssuerDiffView : public QWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QString found;
        QString expected;
        QList<qsizetype> highlight; // begin/end pairs in `found`
        QString label; // why they differ
        QString expectedNote; // "Let's Encrypt's CAA identifier (CCADB)"
    };

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
