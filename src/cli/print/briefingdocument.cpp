// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingdocument.h"

#include "guisession.h"
#include "index/compositeindex.h"
#include "index/explain.h"
#include "index/referencefigures.h"
#include "mapdecorations.h"
#include "mapdocument.h"
#include "mappainter.h"
#include "model/geometry.h"
#include "seriespainter.h"
#include "util/atomicfile.h"
#include "util/error.h"

#include <QDate>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <utility>

namespace bib::print {

namespace {

constexpr int kResolution = 300; // PDF coordinate unit 1/300 inch: fine enough for vector maps
constexpr double kPageWidth = 210.0;
constexpr double kPageHeight = 297.0;
constexpr double kMargin = 15.0;
constexpr double kBodyWidth = kPageWidth - 2 * kMargin;
constexpr double kFooterTop = kPageHeight - kMargin - 9.0;
/// Height (mm) of a row of the area page's indicator table (paintTable and the page planner).
constexpr double kTableRowHeight = 4.6;
constexpr double kContentsLine = 3.7;
constexpr int kContentsColumns = 3;
constexpr double kCoverContentsTop = 178.0;
constexpr double kMoreContentsTop = 32.0;

const QColor kInk(0x26, 0x26, 0x26);
const QColor kMuted(0x6e, 0x6e, 0x6e);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kCity(0xb0, 0xb0, 0xb0);
const QColor kRule(0xd0, 0xd0, 0xd0);
const QColor kNeighbour(0xdc, 0xdc, 0xdc);
const QColor kReference(0x8c, 0x6d, 0x31);

const double kNaN = std::numeric_limits<double>::quiet_NaN();

/// One indicator of one area as printed: its value (a rate for per1000 indicators), the
/// municipality's from published values only, and the recipe's reference (the Netherlands) when
/// it has one; see index/referencefigures.h.
struct Figure
{
    QString label;
    QString unit;
    double value = kNaN;
    double municipality = kNaN;
    double reference = kNaN;
    bool withheld = false;
    double weight = 0.0;
};

/// One wijk of an atlas per wijk: its code, its name as printed and its buurten (rows, layer order).
struct Wijk
{
    std::string code;
    QString title;
    std::vector<std::size_t> rows;
};

/// The pages of one entry of the contents (an area or a wijk): its first page and, when its
/// Signalen block and charts do not fit on that page, one continuation page each holding
/// `charts[k]` charts (the first one also the Signalen block).
struct EntryPages
{
    std::size_t first = 0;
    std::vector<std::size_t> charts;
    double signalsTop = 0.0; ///< mm; where the area page's Signalen block begins
};

bool isCbsBuurtCode(const std::string& id)
{
    return id.size() == 10 && id.compare(0, 2, "BU") == 0 &&
           std::all_of(id.begin() + 2, id.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

/// The areas grouped by wijk, ordered by wijk code: wk_code where the areas have it filled in,
/// else WKggggww from a CBS buurt code BUggggwwbb.
std::vector<Wijk> wijkenOf(const core::AreaSet& areas, core::Language language)
{
    const core::TextColumn* codes = areas.textColumn("wk_code");
    const core::TextColumn* names = areas.textColumn("wk_naam");
    std::map<std::string, Wijk> byCode;
    std::vector<std::string> without;
    for (std::size_t row = 0; row < areas.size(); ++row) {
        std::string code = codes ? codes->values[row] : std::string();
        if (code.empty() && isCbsBuurtCode(areas.id(row)))
            code = "WK" + areas.id(row).substr(2, 6);
        if (code.empty()) {
            without.push_back("'" + areas.id(row) + "'");
            continue;
        }
        Wijk& wijk = byCode[code];
        if (wijk.code.empty()) {
            wijk.code = code;
            const std::string name = names ? names->values[row] : std::string();
            wijk.title = name.empty() ? say(language, "Wijk %1", "Wijk %1").arg(QString::fromStdString(code))
                                      : QString::fromStdString(name);
        }
        wijk.rows.push_back(row);
    }
    if (!without.empty()) {
        std::string listed;
        for (std::size_t i = 0; i < without.size() && i < 5; ++i)
            listed += (i ? ", " : "") + without[i];
        if (without.size() > 5)
            listed += " and " + std::to_string(without.size() - 5) + " more";
        throw core::InputError(
            "--level wijk: " + std::to_string(without.size()) + " of " + std::to_string(areas.size()) +
            " areas have no wijk (" + listed + "): their code is no CBS buurt code (BUggggwwbb, wijk " +
            "WKggggww) and the area layer has no filled-in wk_code field; add a wk_code field to the " +
            "area layer, or print one page per area with --level buurt");
    }
    std::vector<Wijk> out;
    for (auto& [code, wijk] : byCode)
        out.push_back(std::move(wijk));
    return out;
}

/// "week van 19-02-2024" / "week of 2024-02-19": the reference period of an events source.
QString periodText(core::Period period, const std::string& start, core::Language language)
{
    const QDate date = QDate::fromString(QString::fromStdString(start), Qt::ISODate);
    const QString day =
        date.isValid() ? date.toString(language == core::Language::English ? QStringLiteral("yyyy-MM-dd")
                                                                           : QStringLiteral("dd-MM-yyyy"))
                       : QString::fromStdString(start);
    switch (period) {
    case core::Period::Day:
        return say(language, "dag %1", "day %1").arg(day);
    case core::Period::Week:
        return say(language, "week van %1", "week of %1").arg(day);
    case core::Period::Month:
        return say(language, "maand van %1", "month of %1").arg(day);
    case core::Period::Quarter:
        return say(language, "kwartaal van %1", "quarter of %1").arg(day);
    case core::Period::Year:
        return say(language, "jaar van %1", "year of %1").arg(day);
    }
    return day;
}

int decimalsFor(double magnitude)
{
    const double a = std::fabs(magnitude);
    return a >= 100 ? 0 : a >= 10 ? 1 : 2;
}

std::size_t entriesOnCover()
{
    return static_cast<std::size_t>((kFooterTop - 12.0 - kCoverContentsTop - 8.0) / kContentsLine) *
           kContentsColumns;
}

std::size_t entriesPerContentsPage()
{
    return static_cast<std::size_t>((kFooterTop - 6.0 - kMoreContentsTop - 8.0) / kContentsLine) *
           kContentsColumns;
}

class BriefingWriter
{
public:
    BriefingWriter(const PrintData& data, const BriefingRequest& request, std::vector<std::size_t> rows,
                   std::vector<Wijk> wijken, QPainter& painter, core::Feedback& feedback)
        : mData(data), mRequest(request), mLanguage(request.language), mRows(std::move(rows)),
          mWijken(std::move(wijken)), mPainter(painter), mMillimetre(kResolution / 25.4), mFeedback(feedback)
    {
        mPrepared = core::prepareIndex(data.raw, data.recipe, feedback);
        mWeights = core::recipeWeights(mPrepared);
        mMap = printMapPainter(data, "index", mLanguage, request.sources);
        const std::size_t entries = entryCount();
        const std::size_t rest = entries > entriesOnCover() ? entries - entriesOnCover() : 0;
        mFrontPages = 1 + (rest + entriesPerContentsPage() - 1) / entriesPerContentsPage();
        mMunicipality = core::referenceFigures(*data.publishedAreas, data.recipe);
        if (data.recipe.reference)
            mReference =
                core::referenceTableFigures(core::readReferenceTable(data.recipe, feedback), data.recipe);
        planPages();
    }

    std::size_t pageCount() const { return mPageCount; }

    /// Paints every page; `newPage` starts the next one.
    template <typename NewPage> std::size_t paint(NewPage newPage)
    {
        paintCover();
        std::size_t entry = std::min(entryCount(), entriesOnCover());
        for (std::size_t page = 2; page <= mFrontPages; ++page) {
            newPage();
            text(QRectF(kMargin, kMargin, kBodyWidth, 9.0),
                 say(mLanguage, "Inhoud (vervolg)", "Contents (continued)"), font(14, true));
            const std::size_t count = std::min(entryCount() - entry, entriesPerContentsPage());
            paintContents(entry, count, kMoreContentsTop);
            entry += count;
            paintFooter(page);
        }
        std::size_t withheld = 0;
        if (byWijk()) {
            for (std::size_t i = 0; i < mWijken.size(); ++i) {
                mFeedback.throwIfCancelled();
                newPage();
                withheld += paintWijkPage(mWijken[i], mPlan[i].first) ? 1 : 0;
            }
            return withheld;
        }
        for (std::size_t i = 0; i < mRows.size(); ++i) {
            mFeedback.throwIfCancelled();
            newPage();
            withheld += paintAreaPage(mRows[i], mPlan[i]) ? 1 : 0;
            for (std::size_t k = 0; k < mPlan[i].charts.size(); ++k) {
                newPage();
                paintContinuationPage(mRows[i], mPlan[i], k);
            }
        }
        return withheld;
    }

private:
    bool byWijk() const { return mRequest.level == BriefingLevel::Wijk; }
    std::size_t entryCount() const { return byWijk() ? mWijken.size() : mRows.size(); }
    QString entryName(std::size_t entry) const
    {
        return byWijk() ? mWijken[entry].title : areaName(mRows[entry]);
    }

    QRectF box(double x, double y, double width, double height) const
    {
        return {x * mMillimetre, y * mMillimetre, width * mMillimetre, height * mMillimetre};
    }

    static QFont font(double points, bool bold = false)
    {
        return render::MapDecorations::mapFont(points, bold);
    }

    void text(const QRectF& rect, const QString& content, const QFont& f, QColor colour = kInk,
              int flags = Qt::AlignLeft | Qt::AlignVCenter)
    {
        mPainter.setFont(f);
        mPainter.setPen(colour);
        mPainter.drawText(rect, flags, content);
    }

    QString elided(const QString& content, const QFont& f, double widthMillimetres) const
    {
        return QFontMetricsF(f, mPainter.device())
            .elidedText(content, Qt::ElideRight, widthMillimetres * mMillimetre);
    }

    QString areaName(std::size_t row) const
    {
        const core::AreaSet& areas = *mData.publishedAreas;
        return QString::fromStdString(areas.name(row).empty() ? areas.id(row) : areas.name(row));
    }

    double published(const std::string& column, std::size_t row) const
    {
        const core::Column* c = mData.publishedAreas->column(column);
        return c ? c->values[row] : kNaN;
    }

    double indicatorValue(const core::IndicatorSpec& indicator, std::size_t row) const
    {
        const double value = published(indicator.field, row);
        if (indicator.transform.kind != core::TransformKind::Per1000)
            return value;
        const double denominator = published(indicator.transform.denominator, row);
        return denominator > 0 ? value / denominator * 1000.0 : kNaN;
    }

    std::vector<Figure> figures(std::size_t row) const
    {
        std::vector<Figure> out;
        for (std::size_t i = 0; i < mData.recipe.indicators.size(); ++i) {
            const core::IndicatorSpec& indicator = mData.recipe.indicators[i];
            Figure f;
            f.label = QString::fromStdString(indicator.label.empty() ? indicator.field : indicator.label);
            f.unit = QString::fromStdString(indicator.unit);
            f.withheld = mData.published.isWithheld(indicator.field, row);
            f.value = f.withheld ? kNaN : indicatorValue(indicator, row);
            f.municipality = mMunicipality[i];
            f.reference = mReference.empty() ? kNaN : mReference[i];
            f.weight = indicator.weight;
            out.push_back(f);
        }
        return out;
    }

    QString valueText(double value, bool withheld) const
    {
        if (withheld)
            return QString::fromUtf8(core::suppressedText);
        if (std::isnan(value))
            return QString::fromStdString(core::noDataLabel(mLanguage));
        return number(value, decimalsFor(value), mLanguage);
    }

    void paintFooter(std::size_t page)
    {
        mPainter.setPen(QPen(kRule, 0.2 * mMillimetre));
        mPainter.drawLine(box(kMargin, kFooterTop, 0, 0).topLeft(),
                          box(kMargin + kBodyWidth, kFooterTop, 0, 0).topLeft());
        const QFont f = font(6.5);
        const QString recipe = say(mLanguage, "Recept '%1' (sha %2)", "Recipe '%1' (sha %2)")
                                   .arg(QString::fromStdString(mData.recipe.name),
                                        QString::fromStdString(mData.recipe.sha256.substr(0, 12)));
        const QString vintage = say(mLanguage, "Gegevens: %1", "Data: %1")
                                    .arg(mRequest.sources.isEmpty() ? dataVintage(mData) : mRequest.sources);
        const QString pageText =
            say(mLanguage, "pagina %1 van %2", "page %1 of %2").arg(page).arg(mPageCount);
        text(box(kMargin, kFooterTop + 0.8, kBodyWidth - 25.0, 3.2),
             elided(recipe + QStringLiteral(" \u00b7 ") + vintage, f, kBodyWidth - 25.0), f, kMuted);
        text(box(kMargin, kFooterTop + 4.2, kBodyWidth - 25.0, 3.2),
             elided(disclosureNote(mData, mLanguage), f, kBodyWidth - 25.0), f, kMuted);
        text(box(kMargin + kBodyWidth - 25.0, kFooterTop + 0.8, 25.0, 3.2), pageText, font(7), kInk,
             Qt::AlignRight | Qt::AlignVCenter);
    }

    void paintContents(std::size_t first, std::size_t count, double top)
    {
        const double columnWidth = (kBodyWidth - 6.0) / kContentsColumns;
        const std::size_t perColumn = static_cast<std::size_t>((kFooterTop - 6.0 - top) / kContentsLine);
        const QFont f = font(7.5);
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t index = first + k;
            const double x = kMargin + static_cast<double>(k / perColumn) * (columnWidth + 3.0);
            const double y = top + static_cast<double>(k % perColumn) * kContentsLine;
            text(box(x, y, columnWidth - 8.0, kContentsLine), elided(entryName(index), f, columnWidth - 9.0),
                 f);
            text(box(x + columnWidth - 8.0, y, 8.0, kContentsLine), QString::number(mPlan[index].first), f,
                 kMuted, Qt::AlignRight | Qt::AlignVCenter);
        }
    }

    void paintCover()
    {
        const QString title =
            say(mLanguage, "Briefing: %1", "Briefing: %1").arg(QString::fromStdString(mData.recipe.name));
        QFont titleFont = font(18, true);
        while (titleFont.pointSizeF() > 12.0 &&
               QFontMetricsF(titleFont, mPainter.device()).horizontalAdvance(title) >
                   kBodyWidth * mMillimetre)
            titleFont.setPointSizeF(titleFont.pointSizeF() - 1.0);
        text(box(kMargin, kMargin, kBodyWidth, 10.0), elided(title, titleFont, kBodyWidth), titleFont);
        const QString subtitle =
            (byWijk() ? say(mLanguage, "%1 wijken \u00b7 gemaakt %2", "%1 wijken \u00b7 made %2")
                      : say(mLanguage, "%1 gebieden \u00b7 gemaakt %2", "%1 areas \u00b7 made %2"))
                .arg(entryCount())
                .arg(QDate::currentDate().toString(mLanguage == core::Language::English
                                                       ? QStringLiteral("yyyy-MM-dd")
                                                       : QStringLiteral("dd-MM-yyyy")));
        text(box(kMargin, kMargin + 10.5, kBodyWidth, 6.0), subtitle, font(10), kMuted);
        const QRectF mapRect = box(kMargin, kMargin + 19.0, kBodyWidth, kCoverContentsTop - kMargin - 31.0);
        mMap->setSelectedRow(std::nullopt);
        mMap->paintMap(mPainter, render::MapTransform::fit(mMap->extent(), mapRect, 0.03), mapRect);
        mPainter.setPen(QPen(kRule, 0.25 * mMillimetre));
        mPainter.setBrush(Qt::NoBrush);
        mPainter.drawRect(mapRect);
        text(box(kMargin, kCoverContentsTop - 9.0, kBodyWidth, 7.0), say(mLanguage, "Inhoud", "Contents"),
             font(12, true));
        paintContents(0, std::min(entryCount(), entriesOnCover()), kCoverContentsTop);
        paintFooter(1);
    }

    /// The municipality with the area marked, then the area with its neighbours.
    void paintMaps(std::size_t row, double top, double height)
    {
        mMap->setSelectedRow(row);
        const QRectF locator = box(kMargin, top, 52.0, height);
        mMap->paintAreas(mPainter, render::MapTransform::fit(mMap->extent(), locator, 0.04), locator);
        const std::vector<render::LegendEntry> legend = mMap->legend();
        const QSizeF legendSize = render::MapDecorations::legendSize(mPainter, mMap->legendHeading(), legend);
        const double legendX = kMargin + kBodyWidth - legendSize.width() / mMillimetre;
        const QRectF zoom = box(kMargin + 55.0, top, legendX - 3.0 - kMargin - 55.0, height);
        core::Envelope extent = mData.publishedAreas->shape(row).envelope;
        const double pad = std::max({extent.maxX - extent.minX, extent.maxY - extent.minY, 400.0}) * 0.6;
        extent.minX -= pad;
        extent.maxX += pad;
        extent.minY -= pad;
        extent.maxY += pad;
        const render::MapTransform zoomTransform = render::MapTransform::fit(extent, zoom, 0.0);
        mMap->paintAreas(mPainter, zoomTransform, zoom);
        paintZoomLabels(row, zoom, zoomTransform);
        paintMapFrames(locator, zoom, zoomTransform, legend, legendX, top);
    }

    /// A name on the zoomed map, centred on `at` with a white halo and elided to `maxWidth` (device
    /// units), unless it would leave `inside` or overlap a rectangle of `taken` (to which it is then
    /// added). True when painted.
    bool paintMapLabel(const QString& name, const QPointF& at, const QFont& pointFont, double maxWidth,
                       const QRectF& inside, std::vector<QRectF>& taken)
    {
        // Pixel-sized, so the halo path (QPainterPath::addText knows no device) and the text match.
        QFont f = pointFont;
        f.setPixelSize(
            std::max(1, static_cast<int>(std::lround(pointFont.pointSizeF() * kResolution / 72.0))));
        const QFontMetricsF metrics(f);
        const QString shown = metrics.elidedText(name, Qt::ElideRight, maxWidth);
        const QRectF rect(at.x() - metrics.horizontalAdvance(shown) / 2, at.y() - metrics.height() / 2,
                          metrics.horizontalAdvance(shown), metrics.height());
        const double gap = 0.8 * mMillimetre;
        if (!inside.contains(rect))
            return false;
        for (const QRectF& other : taken)
            if (other.intersects(rect.adjusted(-gap, -gap, gap, gap)))
                return false;
        taken.push_back(rect);
        const QPointF baseline(rect.left(), rect.top() + metrics.ascent());
        QPainterPath halo;
        halo.addText(baseline, f, shown);
        mPainter.strokePath(halo, QPen(QColor(255, 255, 255, 230), 0.7 * mMillimetre, Qt::SolidLine,
                                       Qt::RoundCap, Qt::RoundJoin));
        mPainter.setFont(f);
        mPainter.setPen(kInk);
        mPainter.drawText(baseline, shown);
        return true;
    }

    /// The area's own name (bold) and its neighbours' names on the zoomed map, each at a point
    /// inside its shape. The area's name goes first, then larger areas before smaller ones; a name
    /// that would overlap one already placed, the scale bar or the north arrow, or cross the frame,
    /// is left out, and so are areas drawn smaller than 3 mm.
    void paintZoomLabels(std::size_t selected, const QRectF& zoom, const render::MapTransform& transform)
    {
        const double mm = mMillimetre;
        const core::AreaSet& areas = *mData.publishedAreas;
        const core::Envelope shown = transform.toWorld(zoom);
        const QTransform toDevice = transform.toDeviceTransform();
        std::vector<std::pair<double, std::size_t>> neighbours; // (−drawn size, row)
        for (std::size_t row = 0; row < areas.size(); ++row) {
            const core::Envelope& e = areas.shape(row).envelope;
            if (row == selected || e.isNull() || e.maxX < shown.minX || e.minX > shown.maxX ||
                e.maxY < shown.minY || e.minY > shown.maxY)
                continue;
            const QRectF drawn = toDevice.mapRect(QRectF(e.minX, e.minY, e.maxX - e.minX, e.maxY - e.minY));
            if (drawn.width() >= 3.0 * mm || drawn.height() >= 3.0 * mm)
                neighbours.emplace_back(-drawn.width() * drawn.height(), row);
        }
        std::sort(neighbours.begin(), neighbours.end());
        // The scale bar (bottom left) and north arrow (top right) as paintMapFrames draws them.
        std::vector<QRectF> taken = {
            QRectF(zoom.left(), zoom.bottom() - 11.0 * mm, zoom.width() / 3.0 + 14.0 * mm, 11.0 * mm),
            QRectF(zoom.right() - 9.0 * mm, zoom.top(), 9.0 * mm, 14.0 * mm)};
        const QRectF inside = zoom.adjusted(mm, mm, -mm, -mm);
        mPainter.save();
        mPainter.setClipRect(zoom);
        const auto label = [&](std::size_t row, const QFont& f, double maxWidth) {
            const core::Point p = core::pointOnSurface(areas.shape(row));
            if (!std::isnan(p.x))
                paintMapLabel(areaName(row), toDevice.map(QPointF(p.x, p.y)), f, maxWidth, inside, taken);
        };
        label(selected, font(7.5, true), inside.width());
        for (const auto& [size, row] : neighbours)
            label(row, font(6.0), 30.0 * mm);
        mPainter.restore();
    }

    /// What the area and wijk pages draw around their two maps: the zoomed map's scale bar and
    /// north arrow, a frame round both maps, and the legend at (legendX, top) in millimetres.
    void paintMapFrames(const QRectF& locator, const QRectF& zoom, const render::MapTransform& zoomTransform,
                        const std::vector<render::LegendEntry>& legend, double legendX, double top)
    {
        const double mm = mMillimetre;
        render::MapDecorations::paintScaleBar(mPainter, zoom.bottomLeft() + QPointF(2.0 * mm, -2.0 * mm),
                                              zoomTransform, zoom.width() / 3.0);
        render::MapDecorations::paintNorthArrow(
            mPainter, QRectF(zoom.right() - 8.0 * mm, zoom.top() + 2.0 * mm, 6.0 * mm, 11.0 * mm));
        mPainter.setPen(QPen(kRule, 0.25 * mm));
        mPainter.setBrush(Qt::NoBrush);
        mPainter.drawRect(locator);
        mPainter.drawRect(zoom);
        render::MapDecorations::paintLegend(mPainter, QPointF(legendX * mm, top * mm), mMap->legendHeading(),
                                            legend, mMap->choropleth().noDataHatch());
    }

    bool hasReference() const { return !mReference.empty(); }
    QString referenceLabel() const
    {
        return hasReference() ? QString::fromStdString(mData.recipe.reference->label) : QString();
    }

    /// Horizontal bars per indicator: the area against the municipality (and the recipe's
    /// reference, when it has one), each row on its own scale.
    double paintProfile(const std::vector<Figure>& figures, double top)
    {
        const QString heading = hasReference() ? say(mLanguage, "Profiel: dit gebied, de gemeente en %1",
                                                     "Profile: this area, the municipality and %1")
                                                     .arg(referenceLabel())
                                               : say(mLanguage, "Profiel: dit gebied en de gemeente",
                                                     "Profile: this area and the municipality");
        text(box(kMargin, top, kBodyWidth, 6.0), elided(heading, font(11, true), kBodyWidth), font(11, true));
        top += 7.0;
        const double labelWidth = 52.0;
        const double barLeft = kMargin + labelWidth;
        const double barWidth = kBodyWidth - labelWidth - 24.0;
        const double barHeight = hasReference() ? 2.2 : 2.8;
        const double barStep = hasReference() ? 2.7 : 3.2;
        const double rowHeight = profileRowHeight();
        const QFont f = font(7.5);
        for (const Figure& figure : figures) {
            text(box(kMargin, top, labelWidth - 2.0, rowHeight),
                 elided(figure.label + (figure.unit.isEmpty()
                                            ? QString()
                                            : QStringLiteral(" (") + figure.unit + QLatin1Char(')')),
                        f, labelWidth - 2.0),
                 f);
            double scale = 1e-12;
            for (double v : {figure.value, figure.municipality, figure.reference})
                scale = std::isnan(v) ? scale : std::max(scale, std::fabs(v));
            const auto bar = [&](double value, double y, QColor colour) {
                if (std::isnan(value))
                    return;
                const double width = barWidth * std::fabs(value) / scale;
                mPainter.fillRect(box(barLeft, y, width, barHeight), colour);
                text(box(barLeft + width + 1.0, y + barHeight / 2 - 1.8, 22.0, 3.6),
                     number(value, decimalsFor(value), mLanguage), font(6.5), kInk);
            };
            if (std::isnan(figure.value))
                text(box(barLeft, top + 0.4, barWidth, 3.2), valueText(figure.value, figure.withheld),
                     font(6.5), kMuted);
            else
                bar(figure.value, top + 0.6, kAccent);
            bar(figure.municipality, top + 0.6 + barStep, kCity);
            if (hasReference())
                bar(figure.reference, top + 0.6 + 2 * barStep, kReference);
            top += rowHeight;
        }
        paintProfileLegend(barLeft, top);
        return top + 6.0;
    }

    void paintProfileLegend(double left, double top)
    {
        const QFont legendFont = font(6.5);
        const auto entry = [&](double x, double width, QColor colour, const QString& label) {
            mPainter.fillRect(box(x, top + 0.8, 4.0, 2.4), colour);
            text(box(x + 5.0, top, width, 4.0), elided(label, legendFont, width), legendFont, kMuted);
        };
        entry(left, 24.0, kAccent, say(mLanguage, "dit gebied", "this area"));
        entry(left + 30.0, 58.0, kCity,
              say(mLanguage, "gemeente (uit gepubliceerde waarden)", "municipality (from published values)"));
        if (hasReference())
            entry(left + 96.0, 28.0, kReference, referenceLabel());
    }

    /// The sentence under "Wat de index drijft": the top drivers of the area, or why there are none.
    QString driversSentence(std::size_t row) const
    {
        const double index = published("index", row);
        if (mData.published.isWithheld("drivers", row) || mData.published.isWithheld("index", row))
            return say(mLanguage,
                       "De verklaring is %1: het gebied heeft te weinig inwoners of een te klein aantal.",
                       "The explanation is withheld (%1): the area has too few inhabitants or too small "
                       "a count.")
                .arg(QString::fromUtf8(core::suppressedText));
        if (std::isnan(index))
            return say(mLanguage, "Dit gebied heeft geen index (geen gegevens).",
                       "This area has no index (no data).");
        const auto drivers = core::topDrivers(mPrepared, mWeights, row, 3);
        if (drivers.empty())
            return say(mLanguage, "Geen indicator ligt in %1 boven het gemiddelde van de gebieden.",
                       "No indicator in %1 lies above the average of the areas.")
                .arg(areaName(row));
        return say(mLanguage, "Wat de index van %1 vooral bepaalt, vergeleken met de andere gebieden: %2.",
                   "What mostly sets the index of %1, compared with the other areas: %2.")
            .arg(areaName(row), QString::fromStdString(core::driverSentence(mPrepared, drivers, mLanguage)));
    }

    static constexpr int kDriversFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

    /// Height (mm) of the drivers sentence as paintDrivers wraps it; the page plan uses it too.
    double driversTextHeight(const QString& sentence) const
    {
        return QFontMetricsF(font(8.5), mPainter.device())
                   .boundingRect(box(kMargin, 0.0, kBodyWidth, 14.0), kDriversFlags, sentence)
                   .height() /
               mMillimetre;
    }

    double paintDrivers(std::size_t row, double top, const QString& heading = {})
    {
        text(box(kMargin, top, kBodyWidth, 6.0),
             elided(heading.isEmpty() ? say(mLanguage, "Wat de index drijft", "What drives the index")
                                      : heading,
                    font(11, true), kBodyWidth),
             font(11, true));
        top += 7.0;
        const QString sentence = driversSentence(row);
        mPainter.setFont(font(8.5));
        mPainter.setPen(kInk);
        mPainter.drawText(box(kMargin, top, kBodyWidth, 14.0), kDriversFlags, sentence);
        return top + driversTextHeight(sentence) + 4.0;
    }

    /// Indicator, unit, value, municipality, the reference (when the recipe has one) and weight.
    double paintTable(const std::vector<Figure>& figures, double top)
    {
        text(box(kMargin, top, kBodyWidth, 6.0), say(mLanguage, "Indicatoren", "Indicators"), font(11, true));
        top += 7.0;
        struct TableColumn
        {
            QString heading;
            double width;
            std::function<QString(const Figure&)> cell;
        };
        std::vector<TableColumn> columns = {
            {say(mLanguage, "Indicator", "Indicator"), hasReference() ? 50.0 : 60.0,
             [](const Figure& f) { return f.label; }},
            {say(mLanguage, "Eenheid", "Unit"), hasReference() ? 28.0 : 36.0,
             [](const Figure& f) { return f.unit; }},
            {say(mLanguage, "Waarde", "Value"), hasReference() ? 24.0 : 26.0,
             [this](const Figure& f) { return valueText(f.value, f.withheld); }},
            {say(mLanguage, "Gemeente", "Municipality"), hasReference() ? 24.0 : 26.0,
             [this](const Figure& f) { return valueText(f.municipality, false); }}};
        if (hasReference())
            columns.push_back(
                {referenceLabel(), 24.0, [this](const Figure& f) { return valueText(f.reference, false); }});
        columns.push_back({say(mLanguage, "Gewicht", "Weight"), hasReference() ? 20.0 : 24.0,
                           [this](const Figure& f) { return number(f.weight, 1, mLanguage); }});
        const QFont head = font(7.5, true);
        const QFont body = font(7.5);
        const double rowHeight = kTableRowHeight;
        const auto row = [&](const QFont& f, const std::function<QString(const TableColumn&)>& cell) {
            double x = kMargin;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                text(box(x, top, columns[c].width, rowHeight), elided(cell(columns[c]), f, columns[c].width),
                     f, kInk, (c >= 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
                x += columns[c].width + 2.0;
            }
            top += rowHeight;
        };
        row(head, [](const TableColumn& c) { return c.heading; });
        mPainter.setPen(QPen(kRule, 0.2 * mMillimetre));
        mPainter.drawLine(box(kMargin, top, 0, 0).topLeft(), box(kMargin + kBodyWidth, top, 0, 0).topLeft());
        for (const Figure& figure : figures)
            row(body, [&](const TableColumn& c) { return c.cell(figure); });
        return top + 3.0;
    }

    QString keyFigures(std::size_t row) const
    {
        const auto& p = mData.published;
        const double index = published("index", row);
        if (p.isWithheld("index", row))
            return say(mLanguage, "Index: %1 (te weinig inwoners)",
                       "Index: withheld, %1 (too few inhabitants)")
                .arg(QString::fromUtf8(core::suppressedText));
        if (std::isnan(index))
            return say(mLanguage, "Index: geen gegevens", "Index: no data");
        std::size_t ranked = 0;
        for (std::size_t r = 0; r < mData.publishedAreas->size(); ++r)
            ranked += std::isnan(published("rank", r)) ? 0 : 1;
        QString line = say(mLanguage, "Index %1 \u00b7 rang %2 van %3", "Index %1 \u00b7 rank %2 of %3")
                           .arg(number(index, 2, mLanguage))
                           .arg(static_cast<long long>(published("rank", row)))
                           .arg(ranked);
        const double low = published("rank_p05", row);
        const double high = published("rank_p95", row);
        if (!std::isnan(low) && !std::isnan(high) && mData.run.robustness)
            line += say(mLanguage, " \u00b7 rangbereik %1\u2013%2 (5\u201395%, %3 trekkingen)",
                        " \u00b7 rank interval %1\u2013%2 (5\u201395%, %3 draws)")
                        .arg(static_cast<long long>(std::lround(low)))
                        .arg(static_cast<long long>(std::lround(high)))
                        .arg(mData.run.robustness->options.draws);
        return line;
    }

    /// The alarm and score of the reference period per signal/alarm column of the events sources:
    /// "week van 19-02-2024: alarm, score 7,0 (meldingen.csv, alarm)". No count is printed.
    std::vector<QString> signalLines(std::size_t row) const
    {
        std::vector<QString> lines;
        for (std::size_t s = 0; s < mData.recipe.events.size(); ++s) {
            const core::EventSourceSpec& source = mData.recipe.events[s];
            const std::string reference = s < mData.events.size() ? mData.events[s].referencePeriod : "";
            const QString when = periodText(source.period, reference, mLanguage);
            const QString file =
                QString::fromStdString(std::filesystem::path(source.path).filename().string());
            std::vector<bool> used(source.columns.size(), false);
            const auto line = [&](const core::EventColumnSpec* alarm, const core::EventColumnSpec* signal) {
                QStringList parts;
                if (alarm) {
                    const double value = published(alarm->name, row);
                    if (mData.published.isWithheld(alarm->name, row))
                        parts << say(mLanguage, "alarm %1", "alarm %1")
                                     .arg(QString::fromUtf8(core::suppressedText));
                    else if (std::isnan(value))
                        parts << say(mLanguage, "alarm: geen gegevens", "alarm: no data");
                    else
                        parts << (value > 0.5 ? say(mLanguage, "alarm", "alarm")
                                              : say(mLanguage, "geen alarm", "no alarm"));
                }
                if (signal) {
                    const double value = published(signal->name, row);
                    if (mData.published.isWithheld(signal->name, row))
                        parts << say(mLanguage, "score %1", "score %1")
                                     .arg(QString::fromUtf8(core::suppressedText));
                    else if (std::isnan(value))
                        parts << say(mLanguage, "geen score", "no score");
                    else
                        parts << say(mLanguage, "score %1", "score %1").arg(number(value, 1, mLanguage));
                }
                const QString name = QString::fromStdString(alarm ? alarm->name : signal->name);
                lines.push_back(when + QStringLiteral(": ") + parts.join(QStringLiteral(", ")) +
                                QStringLiteral(" (") + file + QStringLiteral(", ") + name + QLatin1Char(')'));
            };
            for (std::size_t a = 0; a < source.columns.size(); ++a) {
                if (source.columns[a].measure != core::EventMeasure::Alarm)
                    continue;
                used[a] = true;
                const core::EventColumnSpec* signal = nullptr;
                for (std::size_t b = 0; b < source.columns.size() && !signal; ++b)
                    if (!used[b] && source.columns[b].measure == core::EventMeasure::Signal &&
                        source.columns[b].peakMethod == source.columns[a].peakMethod) {
                        used[b] = true;
                        signal = &source.columns[b];
                    }
                line(&source.columns[a], signal);
            }
            for (std::size_t b = 0; b < source.columns.size(); ++b)
                if (!used[b] && source.columns[b].measure == core::EventMeasure::Signal)
                    line(nullptr, &source.columns[b]);
        }
        return lines;
    }

    double paintSignals(std::size_t row, double top)
    {
        const std::vector<QString> lines = signalLines(row);
        if (lines.empty())
            return top;
        text(box(kMargin, top, kBodyWidth, 6.0), say(mLanguage, "Signalen", "Signals"), font(11, true));
        top += 7.0;
        const QFont f = font(8.5);
        for (const QString& line : lines) {
            text(box(kMargin, top, kBodyWidth, 4.4), elided(line, f, kBodyWidth), f);
            top += 4.4;
        }
        text(box(kMargin, top, kBodyWidth, 3.6),
             say(mLanguage,
                 "Alarm en score van de piekdetector in de referentieperiode; de grafiek toont alleen "
                 "aantallen die de privacyregels doorlaten.",
                 "Alarm and score of the peak detector in the reference period; the chart shows only counts "
                 "the privacy rules let through."),
             font(6.5), kMuted);
        return top + 7.0;
    }

    /// Published index values of the wijk's buurten: their mean and how many there are.
    std::pair<double, std::size_t> wijkMean(const Wijk& wijk) const
    {
        double sum = 0.0;
        std::size_t n = 0;
        for (std::size_t row : wijk.rows) {
            const double index = published("index", row);
            if (mData.published.isWithheld("index", row) || std::isnan(index))
                continue;
            sum += index;
            ++n;
        }
        return {n ? sum / static_cast<double>(n) : kNaN, n};
    }

    QString wijkKeyFigures(const Wijk& wijk) const
    {
        const auto [mean, n] = wijkMean(wijk);
        if (n == 0)
            return say(mLanguage, "Gemiddelde index: geen buurt met een gepubliceerde index (van %1)",
                       "Mean index: no buurt with a published index (of %1)")
                .arg(wijk.rows.size());
        return say(mLanguage, "Gemiddelde index %1 over %2 van %3 buurten (gepubliceerde waarden)",
                   "Mean index %1 over %2 of %3 buurten (published values)")
            .arg(number(mean, 2, mLanguage))
            .arg(n)
            .arg(wijk.rows.size());
    }

    /// The buurt of the wijk with the best (lowest) published rank.
    std::optional<std::size_t> highestRanked(const Wijk& wijk) const
    {
        std::optional<std::size_t> best;
        for (std::size_t row : wijk.rows) {
            const double rank = published("rank", row);
            if (mData.published.isWithheld("rank", row) || std::isnan(rank))
                continue;
            if (!best || rank < published("rank", *best))
                best = row;
        }
        return best;
    }

    QPainterPath areaPath(std::size_t row, const QTransform& toDevice) const
    {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const core::Polygon& polygon : mData.publishedAreas->shape(row).polygons)
            for (const core::Ring& ring : polygon.rings) {
                QPolygonF points;
                points.reserve(static_cast<qsizetype>(ring.size()));
                for (const core::Point& p : ring)
                    points << QPointF(p.x, p.y);
                path.addPolygon(points);
                path.closeSubpath();
            }
        return toDevice.map(path);
    }

    /// The municipality with the wijk outlined, then the wijk zoomed: its buurten in their class
    /// colours, the neighbouring areas in grey.
    void paintWijkMaps(const Wijk& wijk, double top, double height)
    {
        mMap->setSelectedRow(std::nullopt);
        const double mm = mMillimetre;
        std::vector<bool> inWijk(mData.publishedAreas->size(), false);
        core::Envelope extent;
        for (std::size_t row : wijk.rows) {
            inWijk[row] = true;
            const core::Envelope& e = mData.publishedAreas->shape(row).envelope;
            if (e.isNull())
                continue;
            extent.expand(core::Point{e.minX, e.minY});
            extent.expand(core::Point{e.maxX, e.maxY});
        }
        const QRectF locator = box(kMargin, top, 52.0, height);
        const render::MapTransform locatorTransform =
            render::MapTransform::fit(mMap->extent(), locator, 0.04);
        mMap->paintAreas(mPainter, locatorTransform, locator);
        mPainter.save();
        mPainter.setClipRect(locator);
        mPainter.setPen(QPen(kInk, 0.5 * mm));
        mPainter.setBrush(Qt::NoBrush);
        for (std::size_t row : wijk.rows)
            mPainter.drawPath(areaPath(row, locatorTransform.toDeviceTransform()));
        mPainter.restore();

        const std::vector<render::LegendEntry> legend = mMap->legend();
        const QSizeF legendSize = render::MapDecorations::legendSize(mPainter, mMap->legendHeading(), legend);
        const double legendX = kMargin + kBodyWidth - legendSize.width() / mm;
        const QRectF zoom = box(kMargin + 55.0, top, legendX - 3.0 - kMargin - 55.0, height);
        if (extent.isNull())
            extent = mMap->extent();
        const double pad = std::max({extent.maxX - extent.minX, extent.maxY - extent.minY, 400.0}) * 0.15;
        extent.minX -= pad;
        extent.maxX += pad;
        extent.minY -= pad;
        extent.maxY += pad;
        const render::MapTransform zoomTransform = render::MapTransform::fit(extent, zoom, 0.0);
        mMap->paintAreas(mPainter, zoomTransform, zoom);
        mPainter.save();
        mPainter.setClipRect(zoom);
        const core::Envelope shown = zoomTransform.toWorld(zoom);
        const QTransform toDevice = zoomTransform.toDeviceTransform();
        mPainter.setPen(QPen(Qt::white, 0.25 * mm));
        mPainter.setBrush(kNeighbour);
        for (std::size_t row = 0; row < inWijk.size(); ++row) {
            const core::Envelope& e = mData.publishedAreas->shape(row).envelope;
            if (inWijk[row] || e.isNull() || e.maxX < shown.minX || e.minX > shown.maxX ||
                e.maxY < shown.minY || e.minY > shown.maxY)
                continue;
            mPainter.drawPath(areaPath(row, toDevice));
        }
        mPainter.setPen(QPen(kInk, 0.35 * mm));
        mPainter.setBrush(Qt::NoBrush);
        for (std::size_t row : wijk.rows)
            mPainter.drawPath(areaPath(row, toDevice));
        mPainter.restore();
        paintMapFrames(locator, zoom, zoomTransform, legend, legendX, top);
    }

    QString classText(std::size_t row) const
    {
        if (mData.published.isWithheld("class", row))
            return QString::fromUtf8(core::suppressedText);
        const core::TextColumn* column = mData.publishedAreas->textColumn("class");
        const std::string value = column ? column->values[row] : std::string();
        if (value.empty())
            return QString::fromStdString(core::noDataLabel(mLanguage));
        const auto& labels = mLanguage == core::Language::English ? mData.published.classes.labelsEnglish
                                                                  : mData.published.classes.labelsDutch;
        const bool numeric =
            std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
        if (!numeric)
            return QString::fromStdString(value);
        const std::size_t k = static_cast<std::size_t>(std::stoul(value));
        return k >= 1 && k <= labels.size() ? QString::fromStdString(value + " (" + labels[k - 1] + ")")
                                            : QString::fromStdString(value);
    }

    /// The wijk's buurten with published index, rank and class.
    double paintWijkTable(const Wijk& wijk, double top, double bottom)
    {
        text(box(kMargin, top, kBodyWidth, 6.0), say(mLanguage, "Buurten", "Buurten"), font(11, true));
        top += 7.0;
        const double columns[] = {kMargin, kMargin + 70.0, kMargin + 98.0, kMargin + 122.0, kMargin + 140.0};
        const double widths[] = {68.0, 26.0, 22.0, 16.0, 40.0};
        const QString headings[] = {say(mLanguage, "Buurt", "Buurt"), say(mLanguage, "Code", "Code"),
                                    say(mLanguage, "Index", "Index"), say(mLanguage, "Rang", "Rank"),
                                    say(mLanguage, "Klasse", "Class")};
        const double rowHeight =
            std::clamp((bottom - top) / static_cast<double>(wijk.rows.size() + 1), 2.6, 4.6);
        const QFont head = font(rowHeight < 4.0 ? 6.5 : 7.5, true);
        const QFont body = font(rowHeight < 4.0 ? 6.0 : 7.5);
        const auto alignment = [](int c) {
            return (c == 2 || c == 3 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        };
        for (int c = 0; c < 5; ++c)
            text(box(columns[c], top, widths[c], rowHeight), headings[c], head, kInk, alignment(c));
        top += rowHeight;
        mPainter.setPen(QPen(kRule, 0.2 * mMillimetre));
        mPainter.drawLine(box(kMargin, top, 0, 0).topLeft(), box(kMargin + kBodyWidth, top, 0, 0).topLeft());
        for (std::size_t row : wijk.rows) {
            const double index = published("index", row);
            const double rank = published("rank", row);
            const QString rankText =
                mData.published.isWithheld("rank", row) ? QString::fromUtf8(core::suppressedText)
                : std::isnan(rank)                      ? QString::fromStdString(core::noDataLabel(mLanguage))
                                   : QString::number(static_cast<long long>(std::lround(rank)));
            const QString cells[] = {
                areaName(row), QString::fromStdString(mData.publishedAreas->id(row)),
                mData.published.isWithheld("index", row) ? QString::fromUtf8(core::suppressedText)
                : std::isnan(index) ? QString::fromStdString(core::noDataLabel(mLanguage))
                                    : number(index, 2, mLanguage),
                rankText, classText(row)};
            for (int c = 0; c < 5; ++c)
                text(box(columns[c], top, widths[c], rowHeight), elided(cells[c], body, widths[c]), body,
                     kInk, alignment(c));
            top += rowHeight;
        }
        return top + 3.0;
    }

    /// One page per wijk; true when no buurt of it has a published index.
    bool paintWijkPage(const Wijk& wijk, std::size_t page)
    {
        text(box(kMargin, kMargin, kBodyWidth, 9.0), elided(wijk.title, font(16, true), kBodyWidth),
             font(16, true));
        text(box(kMargin, kMargin + 9.0, kBodyWidth, 5.0),
             QString::fromStdString(wijk.code) + QStringLiteral(" \u00b7 ") +
                 say(mLanguage, "%1 buurten", "%1 buurten").arg(wijk.rows.size()) +
                 QStringLiteral(" \u00b7 ") + QString::fromStdString(mData.recipe.name),
             font(8.5), kMuted);
        text(box(kMargin, kMargin + 15.0, kBodyWidth, 6.0), wijkKeyFigures(wijk), font(10.5, true), kAccent);
        double top = kMargin + 24.0;
        paintWijkMaps(wijk, top, 68.0);
        top += 74.0;
        top = paintWijkTable(wijk, top, kFooterTop - 34.0);
        const std::optional<std::size_t> best = highestRanked(wijk);
        if (best)
            paintDrivers(*best, top,
                         say(mLanguage, "Wat de index drijft in %1 (hoogste rang)",
                             "What drives the index of %1 (highest rank)")
                             .arg(areaName(*best)));
        else
            text(box(kMargin, top, kBodyWidth, 6.0),
                 say(mLanguage, "Geen buurt van deze wijk heeft een gepubliceerde index.",
                     "No buurt of this wijk has a published index."),
                 font(8.5), kMuted);
        paintFooter(page);
        return wijkMean(wijk).second == 0;
    }

    bool paintAreaPage(std::size_t row, const EntryPages& pages)
    {
        const core::AreaSet& areas = *mData.publishedAreas;
        text(box(kMargin, kMargin, kBodyWidth, 9.0), elided(areaName(row), font(16, true), kBodyWidth),
             font(16, true));
        text(box(kMargin, kMargin + 9.0, kBodyWidth, 5.0),
             QString::fromStdString(areas.id(row)) + QStringLiteral(" \u00b7 ") +
                 QString::fromStdString(mData.recipe.name),
             font(8.5), kMuted);
        text(box(kMargin, kMargin + 15.0, kBodyWidth, 6.0), keyFigures(row), font(10.5, true), kAccent);
        double top = kMargin + 24.0;
        paintMaps(row, top, 68.0);
        top += 74.0;
        const std::vector<Figure> f = figures(row);
        top = paintProfile(f, top);
        top = paintDrivers(row, top);
        top = paintAreaSignals(row, top, pages, f.size());
        paintTable(f, top);
        paintFooter(pages.first);
        return mData.published.isWithheld("index", row);
    }

    // Page planning. The page count, the contents' page numbers and every footer must be known before
    // the cover is painted, so planPages lays out each area page from the same heights as the painting
    // functions and moves the Signalen block with its charts to continuation pages when a chart would
    // get less than kSeriesChartMinimumHeight above the indicator table.

    static constexpr double kAreaMapsBottom = kMargin + 24.0 + 74.0; ///< paintAreaPage: header and maps
    static constexpr double kContinuationTop = kMargin + 17.0;       ///< paintContinuationPage: header
    static constexpr double kContinuationBottom = kFooterTop - 3.0;
    static constexpr double kPointerHeight = 7.0; ///< the line pointing to the continuation page

    /// Height (mm) of one indicator row of paintProfile: room for a third bar with a reference.
    double profileRowHeight() const { return hasReference() ? 9.0 : 7.5; }

    /// Height (mm) of paintProfile: heading, a row per indicator, legend.
    double profileHeight(std::size_t indicators) const
    {
        return 7.0 + static_cast<double>(indicators) * profileRowHeight() + 6.0;
    }

    /// Height (mm) of paintTable: heading, header row and a row per indicator, space below.
    static double tableHeight(std::size_t indicators)
    {
        return 10.0 + kTableRowHeight * static_cast<double>(indicators + 1);
    }

    /// Height (mm) of paintSignals: nothing without signal lines, else heading, lines and note.
    double signalsHeight(std::size_t row) const
    {
        const std::size_t lines = signalLines(row).size();
        return lines == 0 ? 0.0 : 14.0 + 4.4 * static_cast<double>(lines);
    }

    /// The pages of an area: whether its Signalen block and charts fit between the drivers and the
    /// table, and if not, how many charts each continuation page holds (at least
    /// kSeriesChartLargeMinimumHeight tall; the first page after the Signalen block).
    EntryPages planAreaPages(std::size_t row) const
    {
        EntryPages pages;
        pages.signalsTop = kAreaMapsBottom + profileHeight(mData.recipe.indicators.size()) + 7.0 +
                           driversTextHeight(driversSentence(row)) + 4.0;
        const std::size_t charts = areaSeriesSources(mData, row).size();
        const double block = signalsHeight(row);
        if (charts == 0 && block == 0.0)
            return pages;
        const double chartsTop = pages.signalsTop + block;
        const double tableTop = kFooterTop - tableHeight(mData.recipe.indicators.size());
        if (chartsTop <= tableTop &&
            seriesChartCapacity(chartsTop, tableTop, kSeriesChartMinimumHeight) >= charts)
            return pages;
        std::size_t left = charts;
        double top = kContinuationTop + block;
        do {
            const std::size_t room =
                seriesChartCapacity(top, kContinuationBottom, kSeriesChartLargeMinimumHeight);
            const std::size_t here =
                std::min(left, pages.charts.empty() ? room : std::max<std::size_t>(room, 1));
            pages.charts.push_back(here);
            left -= here;
            top = kContinuationTop;
        } while (left > 0);
        return pages;
    }

    /// Sets mPlan (the pages of every entry of the contents) and mPageCount.
    void planPages()
    {
        mPlan.assign(entryCount(), EntryPages{});
        std::size_t page = mFrontPages;
        for (std::size_t i = 0; i < mPlan.size(); ++i) {
            if (!byWijk())
                mPlan[i] = planAreaPages(mRows[i]);
            mPlan[i].first = ++page;
            page += mPlan[i].charts.size();
        }
        mPageCount = page;
    }

    /// Below the drivers of an area page: the Signalen block and the charts, or, when the plan moved
    /// them to a continuation page, a line saying where they are.
    double paintAreaSignals(std::size_t row, double top, const EntryPages& pages, std::size_t indicators)
    {
        if (std::fabs(top - pages.signalsTop) > 0.01)
            mFeedback.warn({}, mData.publishedAreas->id(row), -1,
                           "briefing layout: the page plan put the signals at " +
                               std::to_string(pages.signalsTop) + " mm, the page at " + std::to_string(top) +
                               " mm; a chart may be left out (please report this)");
        if (!pages.charts.empty()) {
            text(box(kMargin, top, kBodyWidth, 5.0),
                 say(mLanguage, "Signalen en verloop van de gebeurtenissen: zie pagina %1.",
                     "Signals and events over time: see page %1.")
                     .arg(pages.first + 1),
                 font(8.5, true), kAccent);
            return top + kPointerHeight;
        }
        top = paintSignals(row, top);
        return paintAreaSeriesCharts(mPainter, mData, row, areaSeriesSources(mData, row), kMargin, top,
                                     kBodyWidth, kFooterTop - tableHeight(indicators), mMillimetre,
                                     mLanguage);
    }

    /// Continuation page `k` of an area: "<name> (vervolg)", on the first one the Signalen block, and
    /// the plan's share of the charts, stacked at a comfortable size.
    void paintContinuationPage(std::size_t row, const EntryPages& pages, std::size_t k)
    {
        const QFont titleFont = font(16, true);
        const QString suffix = say(mLanguage, " (vervolg)", " (continued)");
        const double suffixWidth =
            QFontMetricsF(titleFont, mPainter.device()).horizontalAdvance(suffix) / mMillimetre;
        text(box(kMargin, kMargin, kBodyWidth, 9.0),
             elided(areaName(row), titleFont, kBodyWidth - suffixWidth - 1.0) + suffix, titleFont);
        text(box(kMargin, kMargin + 9.0, kBodyWidth, 5.0),
             QString::fromStdString(mData.publishedAreas->id(row)) + QStringLiteral(" \u00b7 ") +
                 QString::fromStdString(mData.recipe.name) + QStringLiteral(" \u00b7 ") +
                 say(mLanguage, "vervolg van pagina %1", "continued from page %1").arg(pages.first),
             font(8.5), kMuted);
        double top = kContinuationTop;
        if (k == 0)
            top = paintSignals(row, top);
        const std::vector<std::size_t> sources = areaSeriesSources(mData, row);
        std::size_t first = 0;
        for (std::size_t j = 0; j < k; ++j)
            first += pages.charts[j];
        const std::size_t last = std::min(sources.size(), first + pages.charts[k]);
        const std::vector<std::size_t> here(sources.begin() +
                                                static_cast<std::ptrdiff_t>(std::min(first, last)),
                                            sources.begin() + static_cast<std::ptrdiff_t>(last));
        paintAreaSeriesCharts(mPainter, mData, row, here, kMargin, top, kBodyWidth, kContinuationBottom,
                              mMillimetre, mLanguage, kSeriesChartLargeHeight);
        paintFooter(pages.first + 1 + k);
    }

    const PrintData& mData;
    const BriefingRequest& mRequest;
    core::Language mLanguage;
    std::vector<std::size_t> mRows;
    std::vector<Wijk> mWijken;
    QPainter& mPainter;
    double mMillimetre;
    core::Feedback& mFeedback;
    core::PreparedIndex mPrepared;
    core::IndexWeights mWeights;
    std::unique_ptr<render::MapPainter> mMap;
    std::vector<double> mMunicipality;
    std::vector<double> mReference; ///< one per indicator when the recipe has a reference, else empty
    std::size_t mFrontPages = 1;
    std::vector<EntryPages> mPlan; ///< per entry of the contents (area or wijk), see planPages
    std::size_t mPageCount = 0;
};

std::vector<std::size_t> selectedRows(const core::AreaSet& areas, const BriefingRequest& request)
{
    std::vector<std::size_t> rows;
    if (request.all) {
        for (std::size_t row = 0; row < areas.size(); ++row)
            rows.push_back(row);
        return rows;
    }
    for (const auto& id : request.areas) {
        const auto row = areas.rowOf(id);
        if (!row)
            throw core::InputError("--area " + id + ": no area with that code in the recipe's areas (" +
                                   std::to_string(areas.size()) + " areas, e.g. " +
                                   (areas.size() ? areas.id(0) : std::string("none")) + ")");
        rows.push_back(*row);
    }
    return rows;
}

} // namespace

BriefingSummary writeBriefing(const BriefingRequest& request, core::Feedback& feedback)
{
    if (render::pageFormatOf(request.output) != render::PageFormat::Pdf)
        throw core::InputError(request.output + ": a briefing is written as PDF; name the output *.pdf");
    if (request.level == BriefingLevel::Wijk && !request.all)
        throw core::InputError("--level wijk prints an atlas of every wijk: use it with --all");
    std::optional<std::size_t> draws = request.draws;
    const core::Recipe peek = core::readRecipe(request.recipe);
    if (!draws && !peek.robustness)
        draws = 1000;
    const PrintData data = preparePrint(request.recipe, draws, feedback);
    const std::vector<std::size_t> rows = selectedRows(*data.publishedAreas, request);
    std::vector<Wijk> wijken;
    if (request.level == BriefingLevel::Wijk)
        wijken = wijkenOf(*data.publishedAreas, request.language);
    GuiSession session;

    BriefingSummary summary;
    core::AtomicFile target(request.output, data.inputs);
    {
        QPdfWriter writer(QString::fromStdString(target.temporaryPath().string()));
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(say(request.language, "Briefing: %1", "Briefing: %1")
                            .arg(QString::fromStdString(data.recipe.name)));
        writer.setCreator(QStringLiteral("Buurt in Beeld"));
        QPainter painter;
        if (!painter.begin(&writer))
            throw core::InputError("cannot write the briefing to '" + request.output + "'");
        painter.setRenderHint(QPainter::Antialiasing, true);
        BriefingWriter briefing(data, request, rows, wijken, painter, feedback);
        summary.withheldAreas = briefing.paint([&writer] { writer.newPage(); });
        summary.pages = briefing.pageCount();
        summary.areaPages = request.level == BriefingLevel::Wijk ? wijken.size() : rows.size();
        painter.end();
    }
    target.commit();
    return summary;
}

} // namespace bib::print
