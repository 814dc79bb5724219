// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choropleth.h"
#include "maptransform.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bib::core {
class AreaSet;
}

namespace bib::render {

/// Paints a choropleth of one numeric column of an AreaSet with QPainter, into any device: the
/// workstation's canvas, a QImage for PNG export, later a QPdfWriter or QSvgGenerator. Knows no
/// widget.
///
/// The shapes are turned into QPainterPaths once (world coordinates, even-odd fill so holes stay
/// open); painting maps them to the device, skipping areas outside the visible extent. Not
/// thread-safe; one painter per thread.
class MapPainter
{
    Q_DECLARE_TR_FUNCTIONS(bib::render::MapPainter)

public:
    /// The painter shares the areas; it keeps them alive but never changes them.
    explicit MapPainter(std::shared_ptr<const core::AreaSet> areas);

    const core::AreaSet& areas() const { return *mAreas; }
    std::shared_ptr<const core::AreaSet> sharedAreas() const { return mAreas; }

    /// Maps this numeric column. Throws core::InputError when the areas have no such column.
    void setColumn(const std::string& name);
    /// Shows no column: every area gets the plain fill and there is no legend.
    void clearColumn();
    const std::string& column() const { return mChoropleth.columnName(); }
    bool hasColumn() const { return !mChoropleth.columnName().empty(); }
    void setStyle(const ChoroplethStyle& style);
    const ChoroplethStyle& style() const { return mStyle; }
    const Choropleth& choropleth() const { return mChoropleth; }

    void setTitle(const QString& title) { mTitle = title; }
    const QString& title() const { return mTitle; }
    /// A line under the title on a printed page (e.g. that the data are synthetic); may be empty.
    void setSubtitle(const QString& subtitle) { mSubtitle = subtitle; }
    const QString& subtitle() const { return mSubtitle; }
    /// Locale for the legend's numbers (decimal comma in Dutch).
    void setLocale(const QLocale& locale) { mLocale = locale; }
    const QLocale& locale() const { return mLocale; }

    void setSelectedRow(std::optional<std::size_t> row) { mSelectedRow = row; }
    std::optional<std::size_t> selectedRow() const { return mSelectedRow; }
    void setHoveredRow(std::optional<std::size_t> row) { mHoveredRow = row; }
    std::optional<std::size_t> hoveredRow() const { return mHoveredRow; }

    /// Union of all shapes, in the working CRS.
    core::Envelope extent() const;
    /// The area whose shape contains the world point (the last painted, i.e. topmost, wins).
    std::optional<std::size_t> areaAt(const core::Point& world) const;
    /// The legend's heading: the column name.
    QString legendHeading() const;
    std::vector<LegendEntry> legend() const { return mChoropleth.legend(mLocale); }

    /// Paints the areas (fills, outlines, no-data hatching, hover and selection) inside `clip`.
    void paintAreas(QPainter& painter, const MapTransform& transform, const QRectF& clip) const;
    /// Paints areas plus legend (top left), scale bar (bottom left) and north arrow (top right)
    /// inside `target`, for an on-screen map.
    void paintMap(QPainter& painter, const MapTransform& transform, const QRectF& target) const;
    /// Paints a whole printable page into `page`: title, framed map fitted to the extent, legend
    /// beside it, scale bar, north arrow and a footer with the source of the data.
    void paintPage(QPainter& painter, const QRectF& page) const;

private:
    void paintArea(QPainter& painter, const QTransform& toDevice, std::size_t row) const;
    void paintOutline(QPainter& painter, const QTransform& toDevice, std::size_t row, const QPen& pen) const;
    QString footerText() const;

    std::shared_ptr<const core::AreaSet> mAreas;
    std::vector<QPainterPath> mPaths;
    Choropleth mChoropleth;
    ChoroplethStyle mStyle;
    QString mTitle;
    QString mSubtitle;
    QLocale mLocale;
    std::optional<std::size_t> mSelectedRow;
    std::optional<std::size_t> mHoveredRow;
};

} // namespace bib::render
