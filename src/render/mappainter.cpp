// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappainter.h"

#include "mapdecorations.h"
#include "model/areaset.h"
#include "privacy/disclosure.h"
#include "util/error.h"

#include <QFontMetricsF>

#include <algorithm>
#include <filesystem>

namespace bib::render {

namespace {

const QColor kPlainFill(0xe8, 0xe4, 0xdc);
// Opaque: a PDF strokes an opaque pen as a line, but outlines a translucent one as a filled shape.
const QColor kOutline(0x6b, 0x6b, 0x6b);
const QColor kHover(0x20, 0x20, 0x20);
const QColor kSelection(0x00, 0x00, 0x00);
const QColor kInk(0x26, 0x26, 0x26);
const QColor kMuted(0x6e, 0x6e, 0x6e);
const QColor kWithheldFill(0xfa, 0xfa, 0xfa);
const QColor kWithheldHatch(0x80, 0x80, 0x80);

QPainterPath pathOf(const core::MultiPolygon& shape)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const core::Polygon& polygon : shape.polygons) {
        for (const core::Ring& ring : polygon.rings) {
            if (ring.size() < 3)
                continue;
            path.moveTo(ring.front().x, ring.front().y);
            for (std::size_t i = 1; i < ring.size(); ++i)
                path.lineTo(ring[i].x, ring[i].y);
            path.closeSubpath();
        }
    }
    return path;
}

/// The shape on the device, leaving out vertices within `tolerance` device units of the last one
/// kept (each ring keeps at least its first point and closes).
QPainterPath devicePath(const core::MultiPolygon& shape, const QTransform& toDevice, double tolerance)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const double squared = tolerance * tolerance;
    for (const core::Polygon& polygon : shape.polygons) {
        for (const core::Ring& ring : polygon.rings) {
            if (ring.size() < 3)
                continue;
            QPointF last = toDevice.map(QPointF(ring.front().x, ring.front().y));
            path.moveTo(last);
            for (std::size_t i = 1; i < ring.size(); ++i) {
                const QPointF point = toDevice.map(QPointF(ring[i].x, ring[i].y));
                const QPointF step = point - last;
                if (step.x() * step.x() + step.y() * step.y() >= squared) {
                    path.lineTo(point);
                    last = point;
                }
            }
            path.closeSubpath();
        }
    }
    return path;
}

QString fileName(const std::string& path)
{
    return QString::fromStdString(std::filesystem::path(path).filename().string());
}

} // namespace

MapPainter::MapPainter(std::shared_ptr<const core::AreaSet> areas) : mAreas(std::move(areas))
{
    if (!mAreas)
        throw core::InternalError("MapPainter needs an area set");
    mPaths.reserve(mAreas->size());
    for (std::size_t row = 0; row < mAreas->size(); ++row)
        mPaths.push_back(pathOf(mAreas->shape(row)));
}

void MapPainter::setColumn(const std::string& name)
{
    if (const core::Column* column = mAreas->column(name)) {
        mChoropleth = Choropleth(*column, mStyle);
        mCategorical = CategoricalMap();
        return;
    }
    const core::TextColumn* text = mAreas->textColumn(name);
    const CategoricalScheme* scheme = text ? CategoricalScheme::forColumn(*text) : nullptr;
    if (!scheme)
        throw core::InputError("the areas have no numeric or class column '" + name + "'");
    mCategorical = CategoricalMap(*text, *scheme);
    mChoropleth = Choropleth();
}

void MapPainter::clearColumn()
{
    mChoropleth = Choropleth();
    mCategorical = CategoricalMap();
}

const std::string& MapPainter::column() const
{
    return isCategorical() ? mCategorical.columnName() : mChoropleth.columnName();
}

void MapPainter::setStyle(const ChoroplethStyle& style)
{
    mStyle = style;
    if (hasColumn() && !isCategorical())
        setColumn(mChoropleth.columnName());
}

std::vector<LegendEntry> MapPainter::legend() const
{
    std::vector<LegendEntry> entries =
        isCategorical() ? mCategorical.legend(mLanguage) : mChoropleth.legend(mLanguage);
    std::size_t withheld = 0;
    for (std::size_t row = 0; row < mAreas->size(); ++row)
        withheld += isWithheld(row) ? 1 : 0;
    if (withheld == 0 && !mListMissingClasses)
        return entries;
    // A withheld cell is missing in the column the painter classified: it counts as withheld here,
    // not as no data.
    const auto noData =
        std::find_if(entries.begin(), entries.end(), [](const LegendEntry& e) { return e.noData; });
    if (noData != entries.end()) {
        noData->count -= std::min(noData->count, withheld);
        if (noData->count == 0 && !mListMissingClasses)
            entries.erase(noData);
    } else if (mListMissingClasses) {
        entries.push_back(
            {mChoropleth.noDataFill(), QString::fromStdString(core::noDataLabel(mLanguage)), 0, true});
    }
    const QString label = mLanguage == core::Language::Dutch ? QString::fromUtf8(core::suppressedText)
                                                             : QStringLiteral("withheld");
    entries.push_back({kWithheldFill, label, withheld, false, true});
    return entries;
}

QColor MapPainter::fillOfRow(std::size_t row) const
{
    if (!hasColumn())
        return kPlainFill;
    if (isWithheld(row))
        return kWithheldFill;
    return isCategorical() ? mCategorical.fillOfRow(row) : mChoropleth.fillOfRow(row);
}

bool MapPainter::isNoData(std::size_t row) const
{
    if (!hasColumn() || isWithheld(row))
        return false;
    return isCategorical() ? mCategorical.categoryOfRow(row) < 0 : mChoropleth.classOfRow(row) < 0;
}

core::Envelope MapPainter::extent() const
{
    return mAreas->extent();
}

std::optional<std::size_t> MapPainter::areaAt(const core::Point& world) const
{
    for (std::size_t row = mAreas->size(); row-- > 0;) {
        const core::MultiPolygon& shape = mAreas->shape(row);
        if (!shape.isEmpty() && shape.envelope.contains(world) && core::contains(shape, world))
            return row;
    }
    return std::nullopt;
}

QString MapPainter::legendHeading() const
{
    return mLegendHeading.isEmpty() ? QString::fromStdString(column()) : mLegendHeading;
}

void MapPainter::paintAreas(QPainter& painter, const MapTransform& transform, const QRectF& clip) const
{
    painter.save();
    painter.setClipRect(clip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double mm = millimetre(painter);
    const QTransform toDevice = transform.toDeviceTransform();
    const core::Envelope visible = transform.toWorld(clip);

    // Vertices closer than a twentieth of a millimetre to the last one kept add nothing visible
    // on any device; leaving them out keeps a national PDF small and fast.
    const double tolerance = 0.05 * mm;
    const QBrush hatch(mChoropleth.noDataHatch(), Qt::BDiagPattern);
    const QBrush withheldHatch(kWithheldHatch, Qt::DiagCrossPattern);
    const QPen outlinePen(kOutline, std::max(0.12 * mm, 0.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (std::size_t row = 0; row < mPaths.size(); ++row) {
        const core::MultiPolygon& shape = mAreas->shape(row);
        if (shape.isEmpty() || !visible.intersects(shape.envelope))
            continue;
        const QPainterPath path = devicePath(shape, toDevice, tolerance);
        // Fill and outline in one drawing call: one path in a PDF or SVG instead of two.
        painter.setPen(outlinePen);
        painter.setBrush(fillOfRow(row));
        painter.drawPath(path);
        if (isNoData(row))
            painter.fillPath(path, hatch);
        else if (hasColumn() && isWithheld(row))
            painter.fillPath(path, withheldHatch);
    }
    painter.setBrush(Qt::NoBrush);

    const auto outline = [&](std::optional<std::size_t> row, const QPen& pen) {
        if (row && *row < mPaths.size()) {
            painter.setPen(pen);
            painter.drawPath(toDevice.map(mPaths[*row]));
        }
    };
    outline(mHoveredRow, QPen(kHover, std::max(0.35 * mm, 1.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    outline(mSelectedRow,
            QPen(Qt::white, std::max(0.9 * mm, 4.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    outline(mSelectedRow,
            QPen(kSelection, std::max(0.45 * mm, 2.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.restore();
}

void MapPainter::paintMap(QPainter& painter, const MapTransform& transform, const QRectF& target) const
{
    paintAreas(painter, transform, target);
    const double mm = millimetre(painter);
    const QRectF inner = target.adjusted(4.0 * mm, 4.0 * mm, -4.0 * mm, -4.0 * mm);
    if (hasColumn())
        MapDecorations::paintLegend(painter, inner.topLeft(), legendHeading(), legend(),
                                    mChoropleth.noDataHatch());
    MapDecorations::paintScaleBar(painter, inner.bottomLeft(), transform, inner.width() / 4.0);
    MapDecorations::paintNorthArrow(painter,
                                    QRectF(inner.right() - 7.0 * mm, inner.top(), 7.0 * mm, 13.0 * mm));
}

QStringList MapPainter::footerParts() const
{
    if (!mFooterParts.isEmpty())
        return mFooterParts;
    QStringList sources = mSources;
    if (sources.isEmpty()) {
        if (!mAreas->source.empty())
            sources << fileName(mAreas->source);
        if (const core::Column* mapped = hasColumn() ? mAreas->column(column()) : nullptr) {
            const QString file = fileName(mapped->provenance.file);
            if (!file.isEmpty() && !sources.contains(file))
                sources << file;
        }
    }
    QStringList parts;
    if (!sources.isEmpty())
        parts << tr("Source: %1").arg(sources.join(QStringLiteral(", ")));
    if (!mProvenance.isEmpty())
        parts << mProvenance;
    if (hasColumn() && !isCategorical())
        parts << tr("Classification: %1, %2 classes")
                     .arg(Choropleth::methodName(mChoropleth.classification().method))
                     .arg(mChoropleth.classification().classCount());
    parts << tr("Buurt in Beeld");
    return parts;
}

namespace {

/// `text` on one line of at most `width`: as it is when it fits, else in a smaller font down to
/// `smallestPoints`, else shortened with "…".
QString fitOneLine(const QString& text, QFont& font, double smallestPoints, double width,
                   const QPaintDevice* device)
{
    while (QFontMetricsF(font, device).horizontalAdvance(text) > width &&
           font.pointSizeF() - 1.0 >= smallestPoints)
        font.setPointSizeF(font.pointSizeF() - 1.0);
    return QFontMetricsF(font, device).elidedText(text, Qt::ElideRight, width);
}

/// `text` broken at its line breaks and between words into lines of at most `width` (a single word wider than
/// that is shortened with "…").
QStringList wrapWords(const QString& text, const QFontMetricsF& metrics, double width)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        bool first = true;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!first && metrics.horizontalAdvance(lines.back() + QLatin1Char(' ') + word) <= width)
                lines.back() += QLatin1Char(' ') + word;
            else
                lines << metrics.elidedText(word, Qt::ElideRight, width);
            first = false;
        }
    }
    return lines;
}

/// The parts joined by " · " into at most `maxLines` lines of at most `width`; a part that does not
/// fit a line of its own, and whatever does not fit the last line, is shortened with "…".
QStringList packLines(const QStringList& parts, const QFontMetricsF& metrics, double width, int maxLines)
{
    const QString separator = QStringLiteral("  \u00b7  ");
    QStringList lines;
    for (const QString& part : parts) {
        if (!lines.isEmpty() &&
            (metrics.horizontalAdvance(lines.back() + separator + part) <= width || lines.size() == maxLines))
            lines.back() += separator + part;
        else
            lines << part;
    }
    for (QString& line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, width);
    return lines;
}

} // namespace

PageLayout MapPainter::pageLayout(const QPainter& painter, const QRectF& page) const
{
    const QPaintDevice* device = painter.device();
    const double mm = millimetre(painter);
    PageLayout layout;
    layout.body = page.adjusted(12.0 * mm, 10.0 * mm, -12.0 * mm, -8.0 * mm);
    const QRectF& body = layout.body;

    layout.titleFont = MapDecorations::mapFont(16.0, true);
    layout.title = fitOneLine(mTitle, layout.titleFont, 12.0, body.width(), device);
    layout.titleRect =
        QRectF(body.left(), body.top(), body.width(), QFontMetricsF(layout.titleFont, device).height());
    double top = layout.titleRect.bottom();
    layout.subtitleFont = MapDecorations::mapFont(9.5);
    if (!mSubtitle.isEmpty()) {
        layout.subtitle = fitOneLine(mSubtitle, layout.subtitleFont, 8.0, body.width(), device);
        layout.subtitleRect = QRectF(body.left(), top + 0.8 * mm, body.width(),
                                     QFontMetricsF(layout.subtitleFont, device).height());
        top = layout.subtitleRect.bottom();
    }
    top += 4.0 * mm;

    layout.footerFont = MapDecorations::mapFont(7.0);
    const QFontMetricsF footerMetrics(layout.footerFont, device);
    layout.footerLines = packLines(footerParts(), footerMetrics, body.width(), 2);
    const double footerHeight = static_cast<double>(layout.footerLines.size()) * footerMetrics.lineSpacing();
    layout.footerRect = QRectF(body.left(), body.bottom() - footerHeight, body.width(), footerHeight);
    double mapBottom = layout.footerRect.top();
    if (!mNote.isEmpty()) {
        layout.noteFont = MapDecorations::mapFont(7.5);
        const QFontMetricsF noteMetrics(layout.noteFont, device);
        layout.noteLines = wrapWords(mNote, noteMetrics, body.width());
        const double noteHeight = static_cast<double>(layout.noteLines.size()) * noteMetrics.lineSpacing();
        layout.noteRect = QRectF(body.left(), mapBottom - 1.0 * mm - noteHeight, body.width(), noteHeight);
        mapBottom = layout.noteRect.top();
    }

    const std::vector<LegendEntry> entries = hasColumn() ? legend() : std::vector<LegendEntry>{};
    const QSizeF legendBox =
        entries.empty() ? QSizeF() : MapDecorations::legendSize(painter, legendHeading(), entries);
    const double legendColumn = entries.empty() ? 0.0 : legendBox.width() + 6.0 * mm;
    layout.frame = QRectF(body.left(), top, body.width() - legendColumn, mapBottom - 2.0 * mm - top);
    if (!entries.empty())
        layout.legendRect = QRectF(QPointF(layout.frame.right() + 6.0 * mm, layout.frame.top()), legendBox);
    layout.transform = MapTransform::fit(extent(), layout.frame, 0.04);
    return layout;
}

void MapPainter::paintPage(QPainter& painter, const QRectF& page) const
{
    painter.save();
    painter.fillRect(page, Qt::white);
    const double mm = millimetre(painter);
    const PageLayout layout = pageLayout(painter, page);

    painter.setFont(layout.titleFont);
    painter.setPen(kInk);
    painter.drawText(layout.titleRect, Qt::AlignLeft | Qt::AlignVCenter, layout.title);
    if (!layout.subtitle.isEmpty()) {
        painter.setFont(layout.subtitleFont);
        painter.setPen(kMuted);
        painter.drawText(layout.subtitleRect, Qt::AlignLeft | Qt::AlignVCenter, layout.subtitle);
    }

    const QRectF& frame = layout.frame;
    paintAreas(painter, layout.transform, frame);
    const QRectF inner = frame.adjusted(3.0 * mm, 3.0 * mm, -3.0 * mm, -3.0 * mm);
    MapDecorations::paintScaleBar(painter, inner.bottomLeft(), layout.transform, inner.width() / 4.0);
    MapDecorations::paintNorthArrow(painter,
                                    QRectF(inner.right() - 8.0 * mm, inner.top(), 8.0 * mm, 15.0 * mm));
    painter.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), 0.25 * mm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    if (!layout.legendRect.isEmpty())
        MapDecorations::paintLegend(painter, layout.legendRect.topLeft(), legendHeading(), legend(),
                                    mChoropleth.noDataHatch());

    if (!layout.noteLines.isEmpty()) {
        painter.setFont(layout.noteFont);
        painter.setPen(kInk);
        painter.drawText(layout.noteRect, Qt::AlignLeft | Qt::AlignBottom,
                         layout.noteLines.join(QLatin1Char('\n')));
    }
    painter.setFont(layout.footerFont);
    painter.setPen(kMuted);
    painter.drawText(layout.footerRect, Qt::AlignLeft | Qt::AlignBottom,
                     layout.footerLines.join(QLatin1Char('\n')));
    painter.restore();
}

} // namespace bib::render
