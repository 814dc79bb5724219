// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapcanvas.h"

#include "model/areaset.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace bib::app {

namespace {

const QColor kBackground(0xf4, 0xf6, 0xf8);
constexpr double kZoomStep = 1.5;
/// Milliseconds without a move before a moved view is drawn anew (until then the last frame moves).
constexpr int kRestDelay = 120;

} // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    mRestTimer = new QTimer(this);
    mRestTimer->setSingleShot(true);
    mRestTimer->setInterval(kRestDelay);
    connect(mRestTimer, &QTimer::timeout, this, [this] {
        mMoving = false;
        update();
    });
}

void MapCanvas::moving()
{
    mMoving = true;
    mRestTimer->start();
}

void MapCanvas::setMapPainter(std::shared_ptr<render::MapPainter> painter, bool keepView)
{
    const bool keep = keepView && mPainter && painter && !mNeedsFit;
    mPainter = std::move(painter);
    mRenderer.reset();
    if (keep)
        refresh();
    else
        zoomToAll();
}

int MapCanvas::selectedRow() const
{
    const auto row = mPainter ? mPainter->selectedRow() : std::nullopt;
    return row ? static_cast<int>(*row) : -1;
}

void MapCanvas::zoomIn()
{
    zoomBy(kZoomStep, QRectF(rect()).center());
}

void MapCanvas::zoomOut()
{
    zoomBy(1.0 / kZoomStep, QRectF(rect()).center());
}

void MapCanvas::zoomToAll()
{
    mNeedsFit = true;
    update();
}

void MapCanvas::zoomToExtent(const core::Envelope& extent)
{
    if (extent.isNull())
        return;
    constexpr double kMinimumMetres = 400.0;
    core::Envelope shown = extent;
    const double growX = std::max(0.0, kMinimumMetres - (extent.maxX - extent.minX)) / 2.0;
    const double growY = std::max(0.0, kMinimumMetres - (extent.maxY - extent.minY)) / 2.0;
    shown.minX -= growX;
    shown.maxX += growX;
    shown.minY -= growY;
    shown.maxY += growY;
    mTransform = render::MapTransform::fit(shown, QRectF(rect()), 0.1);
    mNeedsFit = false;
    update();
}

void MapCanvas::zoomToRow(int row)
{
    if (!mPainter || row < 0 || static_cast<std::size_t>(row) >= mPainter->areas().size())
        return;
    const core::MultiPolygon& shape = mPainter->areas().shape(static_cast<std::size_t>(row));
    if (shape.isEmpty())
        return;
    zoomToExtent(shape.envelope);
    setSelectedRow(row);
}

void MapCanvas::zoomBy(double factor, QPointF around)
{
    mTransform = mTransform.zoomed(factor, around);
    update();
}

void MapCanvas::setSelectedRows(const QList<int>& rows)
{
    setSelectedRow(rows.isEmpty() ? -1 : rows.front());
    if (mPainter)
        mSelectedRows = rows;
    update();
}

core::Envelope MapCanvas::selectionExtent() const
{
    core::Envelope extent;
    for (int row : mSelectedRows)
        extent.expand(mPainter->areas().shape(static_cast<std::size_t>(row)).envelope);
    return extent;
}

void MapCanvas::zoomToSelection()
{
    if (mPainter && !mSelectedRows.isEmpty())
        zoomToExtent(selectionExtent());
}

void MapCanvas::setSelectedRow(int row)
{
    if (!mPainter)
        return;
    const bool valid = row >= 0 && static_cast<std::size_t>(row) < mPainter->areas().size();
    const auto selected = valid ? std::optional<std::size_t>(static_cast<std::size_t>(row)) : std::nullopt;
    mPainter->setSelectedRow(selected);
    mSelectedRows = valid ? QList<int>{row} : QList<int>{};
    if (selected && !mNeedsFit) {
        const core::MultiPolygon& shape = mPainter->areas().shape(*selected);
        const core::Envelope view = mTransform.toWorld(QRectF(rect()));
        if (!shape.isEmpty() && !view.intersects(shape.envelope)) {
            const core::Point centre{(shape.envelope.minX + shape.envelope.maxX) / 2.0,
                                     (shape.envelope.minY + shape.envelope.maxY) / 2.0};
            mTransform = render::MapTransform(centre, mTransform.metresPerPixel(), QRectF(rect()).center());
        }
    }
    update();
}

void MapCanvas::refresh()
{
    update();
}

std::optional<std::size_t> MapCanvas::rowAt(QPointF position) const
{
    if (!mPainter || mNeedsFit)
        return std::nullopt;
    return mPainter->areaAt(mTransform.toWorld(position));
}

void MapCanvas::setHovered(std::optional<std::size_t> row)
{
    if (!mPainter || mPainter->hoveredRow() == row)
        return;
    mPainter->setHoveredRow(row);
    update();
}

QString MapCanvas::tooltipFor(std::size_t row) const
{
    const core::AreaSet& areas = mPainter->areas();
    QString text = QStringLiteral("<b>%1</b><br>%2")
                       .arg(QString::fromStdString(areas.name(row)).toHtmlEscaped(),
                            QString::fromStdString(areas.id(row)).toHtmlEscaped());
    if (mPainter->isCategorical()) {
        const render::CategoricalMap& map = mPainter->categoricalMap();
        const std::vector<render::LegendEntry> legend = map.legend(mPainter->language());
        const int category = map.categoryOfRow(row);
        const std::size_t line = category < 0 ? legend.size() - 1 : static_cast<std::size_t>(category);
        return text + QStringLiteral("<br>%1: <b>%2</b>")
                          .arg(QString::fromStdString(map.columnName()).toHtmlEscaped(),
                               legend[line].label.toHtmlEscaped());
    }
    const core::Column* column = mPainter->hasColumn() ? areas.column(mPainter->column()) : nullptr;
    if (!column)
        return text;
    const double value = column->values[row];
    const QString shown = std::isfinite(value)
                              ? QString::fromStdString(core::formatNumber(
                                    value, mPainter->choropleth().labelDecimals(), mPainter->language()))
                              : tr("no data");
    text += QStringLiteral("<br>%1: <b>%2</b>")
                .arg(QString::fromStdString(column->name).toHtmlEscaped(), shown.toHtmlEscaped());
    if (column->name == "index" && std::isfinite(value))
        text += indexDetails(row);
    return text;
}

QString MapCanvas::indexDetails(std::size_t row) const
{
    const core::AreaSet& areas = mPainter->areas();
    QString text;
    if (const core::Column* rank = areas.column("rank"); rank && std::isfinite(rank->values[row])) {
        const auto ranked = std::count_if(rank->values.begin(), rank->values.end(),
                                          [](double v) { return std::isfinite(v); });
        text += QStringLiteral(" \u2014 ") +
                tr("rank %1 of %2").arg(locale().toString(rank->values[row], 'g', 6)).arg(ranked);
        const core::Column* low = areas.column("rank_p05");
        const core::Column* high = areas.column("rank_p95");
        if (low && high && std::isfinite(low->values[row]) && std::isfinite(high->values[row]))
            // The 5th and 95th percentile of the rank over the uncertainty draws (rank intervals).
            text += QStringLiteral(" ") + tr("(90% interval: rank %1 to %2)")
                                              .arg(locale().toString(low->values[row], 'g', 6),
                                                   locale().toString(high->values[row], 'g', 6));
    }
    if (const core::TextColumn* drivers = areas.textColumn("drivers");
        drivers && !drivers->values[row].empty())
        // On one line: the tooltip would otherwise wrap it to the width of the lines above.
        text += QStringLiteral("<br><i style=\"white-space:nowrap\">%1</i>")
                    .arg(QString::fromStdString(drivers->values[row]).toHtmlEscaped());
    return text;
}

bool MapCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const auto row = mDragging ? std::nullopt : rowAt(help->pos()))
            QToolTip::showText(help->globalPos(), tooltipFor(*row), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void MapCanvas::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);
    if (!mPainter) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No areas loaded"));
        return;
    }
    if (mNeedsFit) {
        mTransform = render::MapTransform::fit(mPainter->extent(), QRectF(rect()), 0.04);
        mNeedsFit = false;
    }
    mRenderer.paint(painter, *mPainter, mTransform, QRectF(rect()), mMoving);
    paintSelection(painter);
}

void MapCanvas::paintSelection(QPainter& painter) const
{
    // The first selected area has the MapPainter's selection outline; the others get the same here.
    const QTransform toDevice = mTransform.toDeviceTransform();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    for (qsizetype i = 1; i < mSelectedRows.size(); ++i) {
        const core::MultiPolygon& shape = mPainter->areas().shape(static_cast<std::size_t>(mSelectedRows[i]));
        QPainterPath path;
        for (const core::Polygon& polygon : shape.polygons)
            for (const core::Ring& ring : polygon.rings) {
                QPolygonF points;
                for (const core::Point& point : ring)
                    points.append(toDevice.map(QPointF(point.x, point.y)));
                path.addPolygon(points);
            }
        painter.setPen(QPen(Qt::white, 4.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        painter.setPen(QPen(Qt::black, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
    }
    if (mBand) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.0, Qt::DashLine));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.drawRect(*mBand);
    }
}

void MapCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    mTransform = mTransform.recentred(QRectF(rect()).center());
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    mPressPosition = event->position().toPoint();
    mLastDragPosition = *mPressPosition;
    mDragging = false;
    if (event->modifiers() & Qt::ShiftModifier)
        mBand = QRect(*mPressPosition, *mPressPosition);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint position = event->position().toPoint();
    const core::Point world = mTransform.toWorld(event->position());
    emit positionChanged(world.x, world.y);
    if (mBand && (event->buttons() & Qt::LeftButton)) {
        mBand = QRect(*mPressPosition, position).normalized();
        update();
        return;
    }
    if (mPressPosition && (event->buttons() & Qt::LeftButton)) {
        if (!mDragging && (position - *mPressPosition).manhattanLength() >= 4) {
            mDragging = true;
            setCursor(Qt::ClosedHandCursor);
            QToolTip::hideText();
        }
        if (mDragging) {
            mTransform = mTransform.panned(QPointF(position - mLastDragPosition));
            mLastDragPosition = position;
            moving();
            update();
        }
        return;
    }
    setHovered(rowAt(event->position()));
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !mPressPosition)
        return QWidget::mouseReleaseEvent(event);
    if (mBand) {
        selectInBand(QRect(*mPressPosition, event->position().toPoint()).normalized());
        mBand.reset();
        mPressPosition.reset();
        update();
        return;
    }
    if (!mDragging) {
        const auto row = rowAt(event->position());
        const int selected = row ? static_cast<int>(*row) : -1;
        setSelectedRow(selected);
        emit areaClicked(selected);
    }
    mPressPosition.reset();
    if (mDragging)
        mRestTimer->start(0);
    mDragging = false;
    setCursor(Qt::OpenHandCursor);
}

void MapCanvas::selectInBand(const QRect& band)
{
    if (!mPainter || mNeedsFit)
        return;
    const core::Envelope world = mTransform.toWorld(QRectF(band));
    QList<int> rows;
    for (std::size_t row = 0; row < mPainter->areas().size(); ++row) {
        const core::Envelope& box = mPainter->areas().shape(row).envelope;
        if (!box.isNull() && world.contains({(box.minX + box.maxX) / 2.0, (box.minY + box.maxY) / 2.0}))
            rows.append(static_cast<int>(row));
    }
    setSelectedRows(rows);
    emit areasSelected(rows);
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0) {
        moving();
        zoomBy(std::pow(1.25, steps), event->position());
    }
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
        zoomToAll();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapCanvas::leaveEvent(QEvent* event)
{
    setHovered(std::nullopt);
    QWidget::leaveEvent(event);
}

} // namespace bib::app
