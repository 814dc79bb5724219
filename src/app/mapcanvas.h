// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvasrenderer.h"
#include "mappainter.h"
#include "maptransform.h"

#include <QList>
#include <QPoint>
#include <QRect>
#include <QWidget>

#include <memory>
#include <optional>

class QPainter;
class QTimer;

namespace bib::app {

/// The interactive map: paints what render::MapPainter would, through a CanvasRenderer (cached
/// per view; a weight change only recolours); drag to pan, wheel or +/- to zoom (the last frame
/// moves along, the map is drawn anew when the gesture rests), hover for a tooltip with name,
/// code and value (for a recipe's index also rank and drivers), click to select an area, Shift+drag
/// to select the areas in a rectangle.
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
    /// The selected area row, -1 for none (with several, the first).
    int selectedRow() const;
    /// Every selected area row (a click selects one, Shift+drag a rectangle's worth).
    const QList<int>& selectedRows() const { return mSelectedRows; }
    /// The world extent of the selected areas (null without a selection).
    core::Envelope selectionExtent() const;
    /// The hover tooltip of an area row (rich text).
    QString tooltipFor(std::size_t row) const;

    QSize sizeHint() const override { return {900, 600}; }
    QSize minimumSizeHint() const override { return {200, 150}; }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToAll();
    /// Shows `extent` (working CRS) with a margin; a small extent is shown at least 400 m wide, so
    /// one small buurt is seen with its neighbours.
    void zoomToExtent(const core::Envelope& extent);
    /// Zooms to an area row and selects it (no areaClicked); nothing for a row without a shape.
    void zoomToRow(int row);
    /// Selects an area row (-1: none) without emitting areaClicked; pans to it when it is outside
    /// the view.
    void setSelectedRow(int row);
    /// Selects these rows (the first also becomes the selected row) without emitting a signal.
    void setSelectedRows(const QList<int>& rows);
    /// Zooms to the selected areas; nothing without a selection.
    void zoomToSelection();
    /// Repaints after the painter's column or style changed.
    void refresh();

signals:
    /// The user clicked the map: the area row under the mouse, -1 outside every area.
    void areaClicked(int row);
    /// The user dragged a rectangle with Shift held: the rows of the areas whose centre of the
    /// bounding box lies inside it (possibly none).
    void areasSelected(const QList<int>& rows);
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
    /// A gesture (drag, wheel) moved the view: preview frames until it rests.
    void moving();
    void paintSelection(QPainter& painter) const;
    void selectInBand(const QRect& band);
    /// For a composite index: " — rank 3 of 114" and the drivers sentence, when the areas have them.
    QString indexDetails(std::size_t row) const;

    std::shared_ptr<render::MapPainter> mPainter;
    render::MapTransform mTransform;
    bool mNeedsFit = true;
    std::optional<QPoint> mPressPosition;
    QPoint mLastDragPosition;
    bool mDragging = false;
    CanvasRenderer mRenderer;
    QTimer* mRestTimer = nullptr;
    bool mMoving = false;
    QList<int> mSelectedRows;
    std::optional<QRect> mBand; ///< the Shift+drag rectangle while it is drawn
};

} // namespace bib::app
