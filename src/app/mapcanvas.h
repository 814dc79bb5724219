// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mappainter.h"
#include "maptransform.h"

#include <QPoint>
#include <QWidget>

#include <memory>
#include <optional>

namespace bib::app {

/// The interactive map: paints with render::MapPainter; drag to pan, wheel or +/- to zoom,
/// hover for a tooltip with name, code and value (for a recipe's index also rank and drivers),
/// click to select an area.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit MapCanvas(QWidget* parent = nullptr);

    /// Shows the painter's map (nullptr: an empty canvas with a hint) and zooms to all; with
    /// `keepView`, keeps the current view (for the same areas with new columns).
    void setMapPainter(std::shared_ptr<render::MapPainter> painter, bool keepView = false);
    render::MapPainter* mapPainter() const { return mPainter.get(); }
    const render::MapTransform& transform() const { return mTransform; }
    /// The selected area row, -1 for none.
    int selectedRow() const;
    /// The hover tooltip of an area row (rich text).
    QString tooltipFor(std::size_t row) const;

    QSize sizeHint() const override { return {900, 600}; }
    QSize minimumSizeHint() const override { return {200, 150}; }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToAll();
    /// Selects an area row (-1: none) without emitting areaClicked; pans to it when it is outside
    /// the view.
    void setSelectedRow(int row);
    /// Repaints after the painter's column or style changed.
    void refresh();

signals:
    /// The user clicked the map: the area row under the mouse, -1 outside every area.
    void areaClicked(int row);
    /// The mouse is over this point of the working CRS (metres).
    void positionChanged(double x, double y);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    std::optional<std::size_t> rowAt(QPointF position) const;
    void setHovered(std::optional<std::size_t> row);
    void zoomBy(double factor, QPointF around);
    /// For a composite index: " — rank 3 of 114" and the drivers sentence, when the areas have them.
    QString indexDetails(std::size_t row) const;

    std::shared_ptr<render::MapPainter> mPainter;
    render::MapTransform mTransform;
    bool mNeedsFit = true;
    std::optional<QPoint> mPressPosition;
    QPoint mLastDragPosition;
    bool mDragging = false;
};

} // namespace bib::app
