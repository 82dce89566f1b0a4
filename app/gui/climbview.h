#pragma once

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace caa {

struct ClimbPainter;

// The RFC 8659 tree climb, painted: one rung per name from the queried name down to the TLD, the root shown as never
// queried. Each rung says its state in words as well as colour; the relevant rung stands out. Up/Down select a rung.
class ClimbView : public QWidget
{
    Q_OBJECT
public:
    explicit ClimbView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    // What the empty view says (empty: how to start a check).
    void setPlaceholderText(const QString& text);
    QString placeholderText() const;
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QRect rungRect(int row) const;

Q_SIGNALS:
    void currentRowChanged(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    ClimbPainter painter() const;
    qreal fadeOf(int row) const; // 0..1 while a freshly answered rung fades in
    void noteAnswers();

    QPointer<QAbstractItemModel> m_model;
    int m_current = -1;
    QElapsedTimer m_clock;
    QHash<int, qint64> m_answeredAt; // row -> when its answer arrived (ms on m_clock)
    QTimer m_animation;
    QString m_placeholder;
};

} // namespace caa
