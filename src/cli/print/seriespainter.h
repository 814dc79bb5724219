// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printjob.h"
#include "privacy/publishedseries.h"

#include <QPainter>
#include <QRectF>
#include <QString>

#include <cstddef>
#include <vector>

namespace bib::print {

/// How many of the last periods a chart shows: 52 weeks, 56 days, 36 months, 16 quarters, 12 years.
std::size_t chartPeriods(core::Period period);

/// A short axis label of a period start (ISO date): "wk 47" (ISO week), "12-03" / "03-12" (day),
/// "mrt 2024" / "Mar 2024", "2024-K1" / "2024-Q1", "2024".
QString periodTick(const std::string& isoDate, core::Period period, core::Language language);

/// What one chart says besides the series: its heading and the noun of a count ("meldingen").
struct SeriesChartText
{
    QString heading;
    QString noun;
};

/// Paints one area's published events series as a small vector chart inside `frame` (device units;
/// `millimetre` device units per mm): a heading line with the reference period's count (and expected
/// value), bars of the counts with alarm periods in red and marked, the detector's expected value and
/// upper bound as lines, the forecast mean with its 80 % and 95 % bands after the last period, a y axis
/// with whole-number ticks, period labels, and a legend. Withheld values are never drawn: a withheld
/// count is a hatched column labelled "onderdrukt" in the legend, lines and bands break where a value
/// is withheld, and the vertical scale rests on shown values and the minimum count only, so its ticks
/// reveal nothing withheld. Text is real text (selectable in a PDF). Needs a frame of at least about
/// 60 × 30 mm.
void paintSeriesChart(QPainter& painter, const QRectF& frame, double millimetre,
                      const core::PublishedAreaSeries& series, const SeriesChartText& text, int minimumCount,
                      core::Language language);

/// The events sources of `data` that have a series for `row` (recipe order): one chart each.
std::vector<std::size_t> areaSeriesSources(const PrintData& data, std::size_t row);

/// Height (mm) of one chart on an area page, and the least it may shrink to.
inline constexpr double kSeriesChartHeight = 40.0;
inline constexpr double kSeriesChartMinimumHeight = 26.0;
/// Height (mm) of one chart on a page of its own (a continuation page), and the least it may shrink
/// to there.
inline constexpr double kSeriesChartLargeHeight = 70.0;
inline constexpr double kSeriesChartLargeMinimumHeight = 45.0;
/// Space (mm) below each chart.
inline constexpr double kSeriesChartGap = 3.0;

/// How many charts, stacked with kSeriesChartGap below each, fit between `top` and `bottom` (mm) when
/// each is at least `minimumHeight` (mm) tall: ⌊(bottom − top) / (minimumHeight + gap)⌋, 0 when none.
std::size_t seriesChartCapacity(double top, double bottom, double minimumHeight);

/// Paints the charts of `sources` (see areaSeriesSources) for one area, published through rule 7 of
/// docs/recipe.md, each headed "Verloop per week: <file>" (with the counted categories in brackets when
/// the source selects some), stacked from `top` (mm) at `left` with `width` (mm), each `largest` tall or less
/// so that all end above `bottom` (mm), but not below kSeriesChartMinimumHeight: a chart that does not fit is
/// replaced by its heading and a line saying so (a briefing plans its pages so that this does not happen).
/// Returns the new top (mm); `top` unchanged when `sources` is empty.
double paintAreaSeriesCharts(QPainter& painter, const PrintData& data, std::size_t row,
                             const std::vector<std::size_t>& sources, double left, double top, double width,
                             double bottom, double millimetre, core::Language language,
                             double largest = kSeriesChartHeight);

} // namespace bib::print
