// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "categoricalmap.h"
#include "choropleth.h"
#include "maptransform.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bib::core {
class AreaSet;
}

namespace bib::render {

/// Where everything sits on a printed page, in device pixels, with the texts as they are drawn
/// (shortened with "…" when a line would not fit the page).
struct PageLayout
{
    QRectF body; ///< the page inside its margins; nothing is drawn outside it
    QFont titleFont;
    QString title; ///< as drawn, on one line
    QRectF titleRect;
    QFont subtitleFont;
    QString subtitle; ///< as drawn, on one line; empty when there is none
    QRectF subtitleRect;
    QRectF frame;           ///< the map's frame
    MapTransform transform; ///< world → page pixels inside the frame
    QRectF legendRect;      ///< empty without a mapped column
    QFont noteFont;
    QStringList noteLines; ///< the note (e.g. the disclosure rule), wrapped to the body's width
    QRectF noteRect;       ///< empty without a note
    QFont footerFont;
    QStringList footerLines; ///< at most two, each fitting the body's width
    QRectF footerRect;
};

/// Paints a choropleth of one numeric column of an AreaSet, or a categorical map of one class
/// column (LISA clusters, hot and cold spots; see CategoricalScheme), with QPainter, into any device: the
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

    /// Maps this numeric column as a choropleth in style(), or this text column in the fixed
    /// colours of its categorical scheme. Throws core::InputError when the areas have neither a
    /// numeric column nor a class column (CategoricalScheme::forColumn()) of that name.
    void setColumn(const std::string& name);
    /// Shows no column: every area gets the plain fill and there is no legend.
    void clearColumn();
    const std::string& column() const;
    bool hasColumn() const { return !column().empty(); }
    /// Whether the mapped column is a class column shown with fixed colours (style() unused).
    bool isCategorical() const { return !mCategorical.columnName().empty(); }
    void setStyle(const ChoroplethStyle& style);
    const ChoroplethStyle& style() const { return mStyle; }
    const Choropleth& choropleth() const { return mChoropleth; }
    const CategoricalMap& categoricalMap() const { return mCategorical; }

    void setTitle(const QString& title) { mTitle = title; }
    const QString& title() const { return mTitle; }
    /// A line under the title on a printed page (e.g. that the data are synthetic); may be empty.
    /// Shortened with "…" when it is wider than the page.
    void setSubtitle(const QString& subtitle) { mSubtitle = subtitle; }
    const QString& subtitle() const { return mSubtitle; }
    /// The legend's heading; empty (the default): the column name.
    void setLegendHeading(const QString& heading) { mLegendHeading = heading; }
    /// File names the map's data came from, for the page footer. Empty (the default): the areas'
    /// file and the mapped column's file.
    void setSources(const QStringList& sources) { mSources = sources; }
    /// Which analysis made the map, e.g. "Recept: Jeugd, sha256 d2a0d10f2ac7", printed in the page
    /// footer after the sources; may be empty.
    void setProvenance(const QString& provenance) { mProvenance = provenance; }
    const QString& provenance() const { return mProvenance; }
    /// The parts of the page footer (joined with " · "), replacing the default sources, provenance
    /// and classification parts; empty (the default): those defaults.
    void setFooterParts(const QStringList& parts) { mFooterParts = parts; }
    /// A note printed in full above the footer of a page, wrapped when long (a '\n' starts a new
    /// line): e.g. the source line and the disclosure rule that was applied. Empty (the default): none.
    void setNote(const QString& note) { mNote = note; }
    const QString& note() const { return mNote; }
    /// Rows whose mapped value the disclosure rules withheld: painted cross-hatched and counted in
    /// their own legend line "onderdrukt" (English "withheld"), never as "geen gegevens" and never
    /// in a class. `rows` has one entry per area (shorter: the rest are not withheld).
    void setWithheldRows(std::vector<bool> rows) { mWithheldRows = std::move(rows); }
    bool isWithheld(std::size_t row) const { return row < mWithheldRows.size() && mWithheldRows[row]; }
    /// When true the legend always lists "geen gegevens" and "onderdrukt", with 0 areas too, as a
    /// printed map does so a reader knows both would be shown. Default false.
    void setListMissingClasses(bool list) { mListMissingClasses = list; }
    /// Language of the legend's labels (decimal comma in Dutch). Defaults to the default QLocale's.
    void setLanguage(core::Language language) { mLanguage = language; }
    core::Language language() const { return mLanguage; }

    void setSelectedRow(std::optional<std::size_t> row) { mSelectedRow = row; }
    std::optional<std::size_t> selectedRow() const { return mSelectedRow; }
    void setHoveredRow(std::optional<std::size_t> row) { mHoveredRow = row; }
    std::optional<std::size_t> hoveredRow() const { return mHoveredRow; }

    /// Union of all shapes, in the working CRS.
    core::Envelope extent() const;
    /// The area whose shape contains the world point (the last painted, i.e. topmost, wins).
    std::optional<std::size_t> areaAt(const core::Point& world) const;
    /// The legend's heading: as set, else the column name.
    QString legendHeading() const;
    std::vector<LegendEntry> legend() const;

    /// Fill colour of an area as painted: its class colour, the no-data or the withheld fill.
    QColor fillOfRow(std::size_t row) const;
    /// Paints the areas (fills, outlines, no-data hatching, hover and selection) inside `clip`.
    void paintAreas(QPainter& painter, const MapTransform& transform, const QRectF& clip) const;
    /// Paints areas plus legend (top left), scale bar (bottom left) and north arrow (top right)
    /// inside `target`, for an on-screen map.
    void paintMap(QPainter& painter, const MapTransform& transform, const QRectF& target) const;
    /// Paints a whole printable page into `page`: title, framed map fitted to the extent, legend
    /// beside it, scale bar, north arrow and a footer with the source of the data.
    void paintPage(QPainter& painter, const QRectF& page) const;
    /// Where paintPage() puts everything on `page` of the painter's device.
    PageLayout pageLayout(const QPainter& painter, const QRectF& page) const;

private:
    void paintArea(QPainter& painter, const QTransform& toDevice, std::size_t row) const;
    void paintOutline(QPainter& painter, const QTransform& toDevice, std::size_t row, const QPen& pen) const;
    QStringList footerParts() const;
    bool isNoData(std::size_t row) const;

    std::shared_ptr<const core::AreaSet> mAreas;
    std::vector<QPainterPath> mPaths;
    Choropleth mChoropleth;
    CategoricalMap mCategorical;
    ChoroplethStyle mStyle;
    QString mTitle;
    QString mSubtitle;
    QString mLegendHeading;
    QStringList mSources;
    QString mProvenance;
    QStringList mFooterParts;
    QString mNote;
    std::vector<bool> mWithheldRows;
    bool mListMissingClasses = false;
    core::Language mLanguage = legendLanguage(QLocale());
    std::optional<std::size_t> mSelectedRow;
    std::optional<std::size_t> mHoveredRow;
};

} // namespace bib::render
