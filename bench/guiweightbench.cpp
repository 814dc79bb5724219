// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation's map on the national layer (13,594 CBS buurten 2019, 6 indicators in 3
// domains), offscreen at 1280 × 800:
// - open: read areas and tables, compute the index, first painted map (target < 1.5 s);
// - one slider step = WeightingSession weight change (computeIndex, index/rank/d_* in place) →
//   classify the index again → repaint (target < 16 ms median), with the canvas' renderer and,
//   for comparison, a full render::MapPainter paint (what exports use);
// - pan: the frame while dragging (the last frame moved) and the new map when the drag rests;
//   zoom (wheel step in) likewise;
// - in the same run, QGIS (python3-qgis, graduated renderer, quantiles, 5 classes) renders the
//   same layer at the same size; start-up excluded (bench/qgis_render.py).
// Prints the median and the 95th percentile of each step. Timings only, not a test (STYLE.md 17).
#include "canvasrenderer.h"
#include "index/indexrun.h"
#include "io/recipedata.h"
#include "mappainter.h"
#include "weightingsession.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace bib;

namespace {

constexpr int kWidth = 1280;
constexpr int kHeight = 800;
const char* const kLayer = BIB_REAL_DATA_DIR "/cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg";

core::IndicatorSpec indicator(const char* field, const char* domain, core::Direction direction)
{
    core::IndicatorSpec spec;
    spec.field = field;
    spec.label = field;
    spec.domain = domain;
    spec.direction = direction;
    return spec;
}

core::Recipe benchRecipe()
{
    core::Recipe recipe;
    recipe.name = "bench";
    recipe.areas = {kLayer, "buurten_2019", "bu_code", "bu_naam", "", ""};
    recipe.domains = {{"veiligheid", 1.0}, {"wonen", 1.0}, {"voorzieningen", 1.0}};
    recipe.indicators = {indicator("misdr_p1000", "veiligheid", core::Direction::Positive),
                         indicator("bev_dichth", "veiligheid", core::Direction::Positive),
                         indicator("woz", "wonen", core::Direction::Negative),
                         indicator("p_koopwon", "wonen", core::Direction::Negative),
                         indicator("af_huisarts", "voorzieningen", core::Direction::Positive),
                         indicator("af_superm", "voorzieningen", core::Direction::Positive)};
    recipe.missing = core::MissingRule::Reweight;
    return recipe;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

double milliseconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void report(const char* what, const std::vector<double>& values)
{
    std::printf("  %-52s %8.2f / %8.2f\n", what, percentile(values, 0.5), percentile(values, 0.95));
}

/// Times `step` `count` times.
std::vector<double> timed(int count, const std::function<void(int)>& step)
{
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        step(i);
        times.push_back(milliseconds(timer));
    }
    return times;
}

/// QGIS's median render time in ms, or a negative number when QGIS is not available.
double qgisMedian(int repeats)
{
    QProcess qgis;
    qgis.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    qgis.start(QStringLiteral("/usr/bin/python3"),
               {QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/qgis_render.py"),
                QString::fromUtf8(kLayer), QStringLiteral("buurten_2019"), QStringLiteral("woz"),
                QString::number(kWidth), QString::number(kHeight), QString::number(repeats)});
    if (!qgis.waitForFinished(600000) || qgis.exitCode() != 0)
        return -1.0;
    bool ok = false;
    const double median = QString::fromUtf8(qgis.readAllStandardOutput()).trimmed().toDouble(&ok);
    return ok ? median : -1.0;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const core::Recipe recipe = benchRecipe();
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    const QRectF target(image.rect());

    // Open: areas, tables, index, first painted map.
    QElapsedTimer open;
    open.start();
    core::SilentFeedback feedback;
    auto areas = std::make_shared<core::AreaSet>(core::loadRecipeData(recipe, feedback).areas);
    core::runCompositeIndex(*areas, recipe, feedback);
    render::MapPainter painter(areas);
    painter.setColumn("index");
    render::MapTransform transform = render::MapTransform::fit(painter.extent(), target, 0.04);
    app::CanvasRenderer canvas;
    {
        QPainter device(&image);
        canvas.paint(device, painter, transform, target);
    }
    const double openMs = milliseconds(open);

    app::WeightingSession session;
    session.start(areas, recipe);
    std::vector<double> compute, classify, repaint, total;
    QElapsedTimer timer;
    for (int step = 0; step < 100; ++step) {
        timer.start();
        session.setIndicatorWeight(0, 1.0 + 0.05 * step);
        const double a = milliseconds(timer);
        painter.setColumn("index");
        const double b = milliseconds(timer);
        QPainter device(&image);
        canvas.paint(device, painter, transform, target);
        device.end();
        const double c = milliseconds(timer);
        compute.push_back(a);
        classify.push_back(b - a);
        repaint.push_back(c - b);
        total.push_back(c);
    }
    const std::vector<double> fullPaint = timed(20, [&](int) {
        QPainter device(&image);
        painter.paintMap(device, transform, target);
    });

    // Pan: 20 drag steps of 15 px (frames), then the map drawn anew where the drag rested.
    const auto moveAndPaint = [&](bool preview) {
        QPainter device(&image);
        canvas.paint(device, painter, transform, target, preview);
    };
    const std::vector<double> panFrame = timed(20, [&](int) {
        transform = transform.panned(QPointF(15.0, 0.0));
        moveAndPaint(true);
    });
    const std::vector<double> panRest = timed(20, [&](int) {
        transform = transform.panned(QPointF(-15.0, 5.0));
        moveAndPaint(false);
    });
    const std::vector<double> zoomFrame = timed(20, [&](int step) {
        transform = transform.zoomed(step % 2 ? 1.25 : 0.8, target.center());
        moveAndPaint(true);
    });
    const std::vector<double> zoomRest = timed(20, [&](int step) {
        transform = transform.zoomed(step % 2 ? 1.25 : 0.8, target.center());
        moveAndPaint(false);
    });

    std::printf("%zu areas, %zu indicators, canvas %d x %d (ms: median / p95)\n", areas->size(),
                recipe.indicators.size(), kWidth, kHeight);
    std::printf("  open: areas + tables + index + first painted map     %8.0f\n", openMs);
    std::printf("weight change, 100 steps\n");
    report("recompute (computeIndex + columns in place)", compute);
    report("classify the index", classify);
    report("repaint (canvas renderer: recolour)", repaint);
    report("total = recomputed and repainted", total);
    std::printf("  (vertices drawn in the canvas' view: %zu)\n", canvas.drawnVertices());
    std::printf("reference: full MapPainter::paintMap (exports), 20 paints\n");
    report("paint", fullPaint);
    std::printf("pan and zoom, 20 steps each\n");
    report("pan: frame while dragging (last frame moved)", panFrame);
    report("pan: new map after the drag rests", panRest);
    report("zoom: frame while zooming (last frame scaled)", zoomFrame);
    report("zoom: new map after the wheel rests", zoomRest);

    const double qgis = qgisMedian(10);
    if (qgis < 0.0) {
        std::printf("QGIS: not measured (/usr/bin/python3 with qgis.core not available)\n");
        return 0;
    }
    std::printf("QGIS 3 graduated render of the same layer at %d x %d, 10 renders, start-up excluded\n",
                kWidth, kHeight);
    std::printf("  %-52s %8.2f\n", "QGIS median", qgis);
    std::printf("  ratio QGIS / ours, weight change total               %8.1f x\n",
                qgis / percentile(total, 0.5));
    std::printf("  ratio QGIS / ours, new map after a pan               %8.1f x\n",
                qgis / percentile(panRest, 0.5));
    std::printf("  ratio QGIS / ours, full MapPainter paint             %8.1f x\n",
                qgis / percentile(fullPaint, 0.5));
    return 0;
}
