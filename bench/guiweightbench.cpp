// SPDX-License-Identifier: GPL-3.0-or-later
// Live weighting on the national layer (13,594 CBS buurten 2019, 6 indicators in 3 domains):
// one slider step = WeightingSession weight change (computeIndex, index/rank/d_* in place) →
// classify the index again → paint the map into a 1280 × 800 image, offscreen. Prints the median
// and the 95th percentile of each step over 100 changes. Timings only, not a test (STYLE.md 17).
#include "index/indexrun.h"
#include "io/recipedata.h"
#include "mappainter.h"
#include "weightingsession.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace bib;

namespace {

core::IndicatorSpec indicator(const char* field, const char* domain, core::Direction direction)
{
    core::IndicatorSpec spec;
    spec.field = field;
    spec.label = field;
    spec.domain = domain;
    spec.direction = direction;
    return spec;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    core::Recipe recipe;
    recipe.name = "bench";
    recipe.areas = {BIB_REAL_DATA_DIR "/cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg",
                    "buurten_2019",
                    "bu_code",
                    "bu_naam",
                    "",
                    ""};
    recipe.domains = {{"veiligheid", 1.0}, {"wonen", 1.0}, {"voorzieningen", 1.0}};
    recipe.indicators = {indicator("misdr_p1000", "veiligheid", core::Direction::Positive),
                         indicator("bev_dichth", "veiligheid", core::Direction::Positive),
                         indicator("woz", "wonen", core::Direction::Negative),
                         indicator("p_koopwon", "wonen", core::Direction::Negative),
                         indicator("af_huisarts", "voorzieningen", core::Direction::Positive),
                         indicator("af_superm", "voorzieningen", core::Direction::Positive)};
    recipe.missing = core::MissingRule::Reweight;
    core::SilentFeedback feedback;
    auto areas = std::make_shared<core::AreaSet>(core::loadRecipeData(recipe, feedback).areas);
    core::runCompositeIndex(*areas, recipe, feedback);

    app::WeightingSession session;
    session.start(areas, recipe);
    render::MapPainter painter(areas);
    painter.setColumn("index");
    QImage image(1280, 800, QImage::Format_ARGB32_Premultiplied);
    const QRectF target(image.rect());
    const render::MapTransform transform = render::MapTransform::fit(painter.extent(), target, 0.04);

    std::vector<double> compute, classify, paint, total;
    QElapsedTimer timer;
    for (int step = 0; step < 100; ++step) {
        timer.start();
        session.setIndicatorWeight(0, 1.0 + 0.05 * step);
        const double a = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        painter.setColumn("index");
        const double b = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QPainter device(&image);
        painter.paintMap(device, transform, target);
        device.end();
        const double c = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        compute.push_back(a);
        classify.push_back(b - a);
        paint.push_back(c - b);
        total.push_back(c);
    }
    std::printf("%zu areas, %zu indicators, 100 weight changes (ms: median / p95)\n", areas->size(),
                recipe.indicators.size());
    std::printf("  recompute (computeIndex + columns in place) %7.2f / %7.2f\n", percentile(compute, 0.5),
                percentile(compute, 0.95));
    std::printf("  classify the index                          %7.2f / %7.2f\n", percentile(classify, 0.5),
                percentile(classify, 0.95));
    std::printf("  paint 1280 x 800                            %7.2f / %7.2f\n", percentile(paint, 0.5),
                percentile(paint, 0.95));
    std::printf("  total                                       %7.2f / %7.2f\n", percentile(total, 0.5),
                percentile(total, 0.95));
    return 0;
}
