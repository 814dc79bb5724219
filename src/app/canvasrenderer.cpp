// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasrenderer.h"

#include "mapdecorations.h"
#include "mappainter.h"
#include "model/areaset.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <string>

namespace bib::app {

namespace {

constexpr QRgb kBackground = 0xfff4f6f8;
/// The outline of MapPainter (opaque #6b6b6b, 0.6 px wide): one pixel blended about half-way into
/// the fill looks the same at screen scale.
constexpr QRgb kOutline = 0xff6b6b6b;
constexpr int kOutlineWeight = 150; ///< of 256
/// Wijk borders: darker and opaque.
constexpr QRgb kWijkOutline = 0xff2b2b2b;
constexpr int kWijkWeight = 230;
/// MapPainter's hatch of withheld areas.
constexpr QRgb kWithheldHatch = 0xff808080;

enum Hatch : std::uint8_t
{
    NoHatch = 0,
    NoDataHatch = 1,   ///< Qt::BDiagPattern
    WithheldHatch = 2, ///< Qt::DiagCrossPattern
};

QRgb blend(QRgb below, QRgb above, int weight)
{
    const auto mix = [&](int a, int b) { return (a * (256 - weight) + b * weight) >> 8; };
    return qRgb(mix(qRed(below), qRed(above)), mix(qGreen(below), qGreen(above)),
                mix(qBlue(below), qBlue(above)));
}

/// Qt's 8-pixel hatch patterns: BDiag draws "/" lines, DiagCross adds "\\".
bool onHatch(Hatch hatch, int x, int y)
{
    if (hatch == NoDataHatch)
        return (x + y) % 8 == 7;
    return (x + y) % 8 == 7 || ((x - y) % 8 + 8) % 8 == 0;
}

/// Runs `work(first, last)` over bands of the rows [0, height) on the thread pool and waits:
/// the per-pixel passes write disjoint rows, so the bands never share memory.
void forRowBands(int height, const std::function<void(int, int)>& work)
{
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    const int band = std::max(32, (height + threads - 1) / threads);
    std::vector<std::pair<int, int>> bands;
    for (int first = 0; first < height; first += band)
        bands.emplace_back(first, std::min(height, first + band));
    QtConcurrent::blockingMap(bands, [&](const std::pair<int, int>& rows) { work(rows.first, rows.second); });
}

/// Fills polygons without antialiasing straight into an RGB32 image: a pixel takes the value when
/// its centre lies inside by the even-odd rule over all rings added — what QPainter's raster
/// engine fills with Qt::OddEvenFill and no antialiasing, without its per-polygon set-up (outline
/// conversion, clipping, span blending), which dominated the rasterisation of 13,594 small
/// buurten. Edges live in an edge table sorted by first row; each row intersects only the
/// edges active on it.
class ScanlineFiller
{
public:
    /// Adds the edges of a closed ring (image pixels; the last point connects to the first).
    void addRing(const QPolygonF& ring, int height)
    {
        for (qsizetype i = 0; i < ring.size(); ++i)
            addEdge(ring[i], ring[(i + 1) % ring.size()], height);
    }

    /// Writes `value` into the pixels inside, within columns [left, right], and forgets the edges.
    void fill(QImage& image, int left, int right, QRgb value)
    {
        if (mEdges.empty())
            return;
        std::sort(mEdges.begin(), mEdges.end(),
                  [](const Edge& a, const Edge& b) { return a.firstRow < b.firstRow; });
        int lastRow = 0;
        for (const Edge& edge : mEdges)
            lastRow = std::max(lastRow, edge.lastRow);
        mActive.clear();
        std::size_t next = 0;
        for (int row = mEdges.front().firstRow; row <= lastRow; ++row) {
            while (next < mEdges.size() && mEdges[next].firstRow <= row)
                mActive.push_back(&mEdges[next++]);
            mActive.erase(std::remove_if(mActive.begin(), mActive.end(),
                                         [row](const Edge* edge) { return edge->lastRow < row; }),
                          mActive.end());
            if (mActive.empty()) {
                if (next < mEdges.size())
                    row = mEdges[next].firstRow - 1;
                continue;
            }
            mCrossings.clear();
            for (const Edge* edge : mActive)
                mCrossings.push_back(edge->x + (row - edge->firstRow) * edge->slope);
            std::sort(mCrossings.begin(), mCrossings.end());
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(row));
            for (std::size_t k = 0; k + 1 < mCrossings.size(); k += 2) {
                // Pixel centres c = x + 0.5 with crossing[k] <= c < crossing[k + 1].
                // Clamped as doubles first: far outside the view a crossing does not fit an int.
                const int from = static_cast<int>(
                    std::clamp(std::ceil(mCrossings[k] - 0.5), double(left), double(right) + 1.0));
                const int to = static_cast<int>(std::clamp(std::ceil(mCrossings[k + 1] - 0.5), double(left),
                                                           double(right) + 1.0)) -
                               1;
                if (from <= to)
                    std::fill(line + from, line + to + 1, value);
            }
        }
        mEdges.clear();
    }

private:
    struct Edge
    {
        double x = 0.0;     ///< at the centre of firstRow
        double slope = 0.0; ///< x per row
        int firstRow = 0;
        int lastRow = 0;
    };

    void addEdge(QPointF a, QPointF b, int height)
    {
        if (a.y() == b.y())
            return;
        if (a.y() > b.y())
            std::swap(a, b);
        // Rows whose centre y + 0.5 lies in [a.y, b.y).
        const double rows = static_cast<double>(height);
        const int firstRow = static_cast<int>(std::clamp(std::ceil(a.y() - 0.5), 0.0, rows));
        const int lastRow = static_cast<int>(std::clamp(std::ceil(b.y() - 0.5), 0.0, rows)) - 1;
        if (firstRow > lastRow)
            return;
        const double slope = (b.x() - a.x()) / (b.y() - a.y());
        mEdges.push_back({a.x() + (firstRow + 0.5 - a.y()) * slope, slope, firstRow, lastRow});
    }

    std::vector<Edge> mEdges;
    std::vector<const Edge*> mActive;
    std::vector<double> mCrossings;
};

} // namespace

void CanvasRenderer::reset()
{
    mAreas = nullptr;
    mValid = false;
    mColours.clear();
    mHatches.clear();
}

bool CanvasRenderer::sameView(const render::MapTransform& transform, QSize pixels, double ratio) const
{
    return mValid && pixels == mPixels && ratio == mRatio &&
           transform.metresPerPixel() == mTransform.metresPerPixel() &&
           transform.centre().x == mTransform.centre().x && transform.centre().y == mTransform.centre().y &&
           transform.deviceCentre() == mTransform.deviceCentre();
}

CanvasRenderer::Work CanvasRenderer::paint(QPainter& painter, const render::MapPainter& map,
                                           const render::MapTransform& transform, const QRectF& target,
                                           bool allowPreview)
{
    Work work;
    if (&map.areas() != mAreas) {
        reset();
        mAreas = &map.areas();
        readWijken(map.areas());
    }
    const double ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QSize pixels = (target.size() * ratio).toSize();
    if (pixels.isEmpty())
        return work;
    if (!sameView(transform, pixels, ratio)) {
        if (allowPreview && mValid && pixels == mPixels && ratio == mRatio && !mFrame.isNull()) {
            // Where the last frame's corners are in the new view.
            const QPointF topLeft = transform.toDevice(mTransform.toWorld(QPointF(0.0, 0.0)));
            const QPointF bottomRight = transform.toDevice(
                mTransform.toWorld(QPointF(mPixels.width() / ratio, mPixels.height() / ratio)));
            painter.fillRect(target, QColor::fromRgb(kBackground));
            painter.drawImage(QRectF(topLeft, bottomRight).translated(target.topLeft()), mFrame);
            paintOverlay(painter, map, transform, target);
            work.preview = true;
            return work;
        }
        if (!(pixels == mPixels && ratio == mRatio && scroll(map.areas(), transform)))
            rasterise(map.areas(), transform, pixels, ratio);
        work.rasterised = true;
    }
    std::vector<QRgb> colours;
    std::vector<std::uint8_t> hatches;
    rowColours(map, colours, hatches);
    if (work.rasterised || colours != mColours || hatches != mHatches) {
        mColours = std::move(colours);
        mHatches = std::move(hatches);
        recolour();
        work.recoloured = true;
    }
    painter.drawImage(target.topLeft(), mFrame);
    paintOverlay(painter, map, transform, target);
    return work;
}

void CanvasRenderer::rasterise(const core::AreaSet& areas, const render::MapTransform& transform,
                               QSize pixels, double ratio)
{
    mTransform = transform;
    mPixels = pixels;
    mRatio = ratio;
    mValid = true;
    mDrawnVertices = 0;
    mShowWijken = !mWijkOfRow.empty() && transform.metresPerPixel() <= kWijkScale;
    mIds = QImage(pixels, QImage::Format_RGB32);
    mIds.fill(0u);
    drawAreas(areas, QRect(QPoint(0, 0), pixels));
    findEdges();
}

bool CanvasRenderer::scroll(const core::AreaSet& areas, const render::MapTransform& transform)
{
    if (!mValid || transform.metresPerPixel() != mTransform.metresPerPixel() ||
        transform.deviceCentre() != mTransform.deviceCentre())
        return false;
    // Where the old image's origin is now, in image pixels; only whole pixels keep every pixel's area.
    const QPointF shift = transform.toDevice(mTransform.toWorld(QPointF(0.0, 0.0))) * mRatio;
    const int dx = qRound(shift.x());
    const int dy = qRound(shift.y());
    const int width = mPixels.width();
    const int height = mPixels.height();
    if (std::abs(shift.x() - dx) > 1e-6 || std::abs(shift.y() - dy) > 1e-6 || std::abs(dx) >= width ||
        std::abs(dy) >= height)
        return false;
    QImage moved(mPixels, QImage::Format_RGB32);
    moved.fill(0u);
    const int from = std::max(0, -dx);
    const int count = width - std::abs(dx);
    for (int y = std::max(0, dy); y < std::min(height, height + dy); ++y)
        std::memcpy(reinterpret_cast<QRgb*>(moved.scanLine(y)) + std::max(0, dx),
                    reinterpret_cast<const QRgb*>(mIds.constScanLine(y - dy)) + from,
                    static_cast<std::size_t>(count) * sizeof(QRgb));
    mIds = std::move(moved);
    mTransform = transform;
    mDrawnVertices = 0;
    // The strips the move uncovered.
    if (dx != 0)
        drawAreas(areas, dx > 0 ? QRect(0, 0, dx, height) : QRect(width + dx, 0, -dx, height));
    if (dy != 0)
        drawAreas(areas, dy > 0 ? QRect(0, 0, width, dy) : QRect(0, height + dy, width, -dy));
    findEdges();
    return true;
}

void CanvasRenderer::drawAreas(const core::AreaSet& areas, const QRect& region)
{
    // Horizontal bands drawn in parallel, each by its own painter on its rows of the image: every
    // pixel belongs to one band, so the threads never write the same memory.
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    const int bandHeight = std::max(64, (region.height() + threads - 1) / threads);
    std::vector<QRect> bands;
    for (int top = region.top(); top <= region.bottom(); top += bandHeight)
        bands.push_back(
            QRect(region.left(), top, region.width(), std::min(bandHeight, region.bottom() + 1 - top)));
    uchar* bits = mIds.bits(); // detached here, before the threads start
    std::atomic<std::size_t> vertices{0};
    QtConcurrent::blockingMap(bands, [&](const QRect& band) {
        QImage rows(bits + static_cast<qsizetype>(band.top()) * mIds.bytesPerLine(), mIds.width(),
                    band.height(), mIds.bytesPerLine(), QImage::Format_RGB32);
        vertices += drawBand(areas, rows, band);
    });
    mDrawnVertices += vertices;
}

std::size_t CanvasRenderer::drawBand(const core::AreaSet& areas, QImage& rows, const QRect& band) const
{
    // World → image pixels: uniform scale, y flipped, no rotation; the band's top is row 0 of `rows`.
    const QTransform toDevice = mTransform.toDeviceTransform() * QTransform::fromScale(mRatio, mRatio);
    const double sx = toDevice.m11();
    const double sy = toDevice.m22();
    const double ox = toDevice.dx();
    const double oy = toDevice.dy() - band.top();
    const core::Envelope visible =
        mTransform.toWorld(QRectF(QPointF(band.topLeft()) / mRatio, QSizeF(band.size()) / mRatio));
    std::size_t drawn = 0;

    ScanlineFiller filler;
    const int left = band.left();
    const int right = band.right();
    std::vector<QPolygonF> rings;
    for (std::size_t row = 0; row < areas.size(); ++row) {
        const core::MultiPolygon& shape = areas.shape(row);
        if (shape.isEmpty() || !visible.intersects(shape.envelope))
            continue;
        rings.clear();
        for (const core::Polygon& polygon : shape.polygons)
            for (const core::Ring& points : polygon.rings) {
                QPolygonF ring;
                ring.reserve(static_cast<qsizetype>(points.size()));
                QPointF last;
                for (const core::Point& point : points) {
                    const QPointF device(sx * point.x + ox, sy * point.y + oy);
                    // Half a pixel: closer vertices cannot change which pixel centres are inside.
                    if (ring.isEmpty() ||
                        std::abs(device.x() - last.x()) + std::abs(device.y() - last.y()) >= 0.5) {
                        ring.append(device);
                        last = device;
                    }
                }
                drawn += static_cast<std::size_t>(ring.size());
                if (ring.size() >= 3)
                    rings.push_back(std::move(ring));
                else if (!ring.isEmpty() && rings.empty()) // smaller than a pixel: still one pixel
                    rings.push_back(QPolygonF(
                        QRectF(std::floor(ring.front().x()), std::floor(ring.front().y()), 1.0, 1.0)));
            }
        for (const QPolygonF& ring : rings)
            filler.addRing(ring, rows.height());
        filler.fill(rows, left, right, static_cast<QRgb>(0xff000000u | (row + 1)));
    }
    return drawn;
}

void CanvasRenderer::findEdges()
{
    const auto wijkOf = [this](QRgb id) { return id == 0 ? -1 : mWijkOfRow[id - 1]; };
    // Outline pixels: the area changes to the right or below.
    const int width = mPixels.width();
    const int height = mPixels.height();
    mEdge.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 0);
    forRowBands(height, [&](int first, int last) {
        for (int y = first; y < last; ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(mIds.constScanLine(y));
            const auto* below =
                y + 1 < height ? reinterpret_cast<const QRgb*>(mIds.constScanLine(y + 1)) : line;
            std::uint8_t* edge = mEdge.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(width);
            for (int x = 0; x < width; ++x) {
                const QRgb id = line[x] & 0xffffffu;
                const QRgb right = x + 1 < width ? line[x + 1] & 0xffffffu : id;
                const QRgb down = below[x] & 0xffffffu;
                edge[x] = (id != right || id != down) ? 1 : 0;
                if (edge[x] && mShowWijken && id != 0 &&
                    (wijkOf(right) != wijkOf(id) || wijkOf(down) != wijkOf(id)))
                    edge[x] = 2;
            }
        }
    });
}

void CanvasRenderer::readWijken(const core::AreaSet& areas)
{
    mWijkOfRow.clear();
    mWijken.clear();
    const core::TextColumn* codes = areas.textColumn("wk_code");
    if (!codes)
        return;
    const core::TextColumn* names = areas.textColumn("wk_naam");
    std::map<std::string, int> index;
    mWijkOfRow.assign(areas.size(), -1);
    for (std::size_t row = 0; row < areas.size(); ++row) {
        const std::string& code = codes->values[row];
        if (code.empty())
            continue;
        auto [found, added] = index.emplace(code, static_cast<int>(mWijken.size()));
        if (added) {
            const std::string& name = names && !names->values[row].empty() ? names->values[row] : code;
            mWijken.emplace_back(QString::fromStdString(name), core::Envelope{});
        }
        mWijkOfRow[row] = found->second;
        mWijken[static_cast<std::size_t>(found->second)].second.expand(areas.shape(row).envelope);
    }
}

void CanvasRenderer::paintWijkNames(QPainter& painter, const render::MapTransform& transform,
                                    const QRectF& target) const
{
    painter.save();
    QFont font = render::MapDecorations::mapFont(8.0, true);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    for (const auto& [name, extent] : mWijken) {
        if (extent.isNull())
            continue;
        const QRectF box = QRectF(transform.toDevice({extent.minX, extent.maxY}),
                                  transform.toDevice({extent.maxX, extent.minY}))
                               .normalized();
        const QRectF text = metrics.boundingRect(name);
        // Only where the name fits in its wijk's box and the box is in view.
        if (!target.intersects(box) || text.width() > box.width() * 0.9 || text.height() > box.height() * 0.5)
            continue;
        QPainterPath path;
        path.addText(box.center() -
                         QPointF(text.width() / 2.0, -metrics.ascent() / 2.0 + metrics.descent() / 2.0),
                     font, name);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.strokePath(path,
                           QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.fillPath(path, QColor(0x2b, 0x2b, 0x2b));
    }
    painter.restore();
}

void CanvasRenderer::rowColours(const render::MapPainter& map, std::vector<QRgb>& colours,
                                std::vector<std::uint8_t>& hatches) const
{
    const std::size_t count = map.areas().size();
    colours.resize(count);
    hatches.assign(count, NoHatch);
    const bool column = map.hasColumn();
    const bool categorical = map.isCategorical();
    for (std::size_t row = 0; row < count; ++row) {
        colours[row] = map.fillOfRow(row).rgba();
        if (!column)
            continue;
        if (map.isWithheld(row))
            hatches[row] = WithheldHatch;
        else if (categorical ? map.categoricalMap().categoryOfRow(row) < 0
                             : map.choropleth().classOfRow(row) < 0)
            hatches[row] = NoDataHatch;
    }
    // The hatch colour of "no data" belongs to the choropleth; it goes with the colours.
    colours.push_back(map.choropleth().noDataHatch().rgba());
}

void CanvasRenderer::recolour()
{
    const int width = mPixels.width();
    const int height = mPixels.height();
    mFrame = QImage(mPixels, QImage::Format_RGB32);
    mFrame.setDevicePixelRatio(mRatio);
    // Per row (index 0: the background): the fill on the background, and that fill under an outline.
    const std::size_t rows = mHatches.size();
    std::vector<QRgb> fill(rows + 1, kBackground);
    std::vector<QRgb> outlined(rows + 1, blend(kBackground, kOutline, kOutlineWeight));
    std::vector<QRgb> wijkOutlined(rows + 1, blend(kBackground, kWijkOutline, kWijkWeight));
    for (std::size_t row = 0; row < rows; ++row) {
        fill[row + 1] = blend(kBackground, mColours[row], (qAlpha(mColours[row]) * 256) / 255);
        outlined[row + 1] = blend(fill[row + 1], kOutline, kOutlineWeight);
        wijkOutlined[row + 1] = blend(fill[row + 1], kWijkOutline, kWijkWeight);
    }
    const QRgb noDataHatch = mColours.back();
    const bool anyHatch =
        std::any_of(mHatches.begin(), mHatches.end(), [](std::uint8_t h) { return h != NoHatch; });
    uchar* frame = mFrame.bits(); // detached here, before the threads start
    const qsizetype stride = mFrame.bytesPerLine();
    forRowBands(height, [&](int first, int last) {
        for (int y = first; y < last; ++y) {
            const auto* ids = reinterpret_cast<const QRgb*>(mIds.constScanLine(y));
            auto* out = reinterpret_cast<QRgb*>(frame + static_cast<qsizetype>(y) * stride);
            const std::uint8_t* edge =
                mEdge.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(width);
            for (int x = 0; x < width; ++x) {
                const QRgb id = ids[x] & 0xffffffu;
                out[x] = edge[x] == 0 ? fill[id] : edge[x] == 1 ? outlined[id] : wijkOutlined[id];
            }
            if (!anyHatch)
                continue;
            for (int x = 0; x < width; ++x) {
                const QRgb id = ids[x] & 0xffffffu;
                const auto hatch = id ? static_cast<Hatch>(mHatches[id - 1]) : NoHatch;
                if (hatch != NoHatch && !edge[x] && onHatch(hatch, x, y))
                    out[x] = hatch == NoDataHatch ? noDataHatch : kWithheldHatch;
            }
        }
    });
}

void CanvasRenderer::paintOverlay(QPainter& painter, const render::MapPainter& map,
                                  const render::MapTransform& transform, const QRectF& target) const
{
    // Hover and selection: MapPainter draws them, clipped to the area's own box.
    for (const auto row : {map.hoveredRow(), map.selectedRow()}) {
        if (!row || *row >= map.areas().size() || map.areas().shape(*row).isEmpty())
            continue;
        const core::Envelope& envelope = map.areas().shape(*row).envelope;
        const QRectF box = QRectF(transform.toDevice({envelope.minX, envelope.maxY}),
                                  transform.toDevice({envelope.maxX, envelope.minY}))
                               .adjusted(-6.0, -6.0, 6.0, 6.0)
                               .intersected(target);
        if (!box.isEmpty())
            map.paintAreas(painter, transform, box);
    }
    if (mShowWijken && transform.metresPerPixel() <= kWijkScale)
        paintWijkNames(painter, transform, target);
    // The decorations as MapPainter::paintMap places them.
    const double mm = render::millimetre(painter);
    const QRectF inner = target.adjusted(4.0 * mm, 4.0 * mm, -4.0 * mm, -4.0 * mm);
    if (map.hasColumn())
        render::MapDecorations::paintLegend(painter, inner.topLeft(), map.legendHeading(), map.legend(),
                                            map.choropleth().noDataHatch());
    render::MapDecorations::paintScaleBar(painter, inner.bottomLeft(), transform, inner.width() / 4.0);
    render::MapDecorations::paintNorthArrow(
        painter, QRectF(inner.right() - 7.0 * mm, inner.top(), 7.0 * mm, 13.0 * mm));
}

} // namespace bib::app
