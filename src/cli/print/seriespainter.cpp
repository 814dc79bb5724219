// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriespainter.h"

#include "mapdecorations.h"

#include <QDate>
#include <QFontMetricsF>
#include <QPainterPath>
#include <QPolygonF>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <utility>
#include <vector>

namespace bib::print {

namespace {

const QColor kInk(0x26, 0x26, 0x26);
const QColor kMuted(0x6e, 0x6e, 0x6e);
const QColor kGrid(0xe2, 0xe2, 0xe2);
const QColor kBar(0x74, 0x9c, 0xc8);
const QColor kAlarm(0xc0, 0x27, 0x1e);
const QColor kExpected(0x26, 0x26, 0x26);
const QColor kUpper(0xd9, 0x5f, 0x0e);
const QColor kForecast(0x1f, 0x4e, 0x79);
const QColor kBand80(0xa6, 0xbf, 0xdb);
const QColor kBand95(0xd8, 0xe4, 0xf0);
const QColor kWithheld(0x80, 0x80, 0x80);

QFont chartFont(double points, bool bold = false)
{
    return render::MapDecorations::mapFont(points, bold);
}

/// A whole-number tick step (1, 2, 5 × 10ⁿ) giving about four ticks up to `maximum`.
double tickStep(double maximum)
{
    const double raw = std::max(maximum / 4.0, 1.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10.0 * magnitude;
}

bool shown(const core::PublishedLine& line, std::size_t i)
{
    return i < line.values.size() && !line.withheld[i] && std::isfinite(line.values[i]);
}

QString noun(core::Period period, core::Language language)
{
    const bool english = language == core::Language::English;
    switch (period) {
    case core::Period::Day:
        return english ? QStringLiteral("day") : QStringLiteral("dag");
    case core::Period::Week:
        return english ? QStringLiteral("week") : QStringLiteral("week");
    case core::Period::Month:
        return english ? QStringLiteral("month") : QStringLiteral("maand");
    case core::Period::Quarter:
        return english ? QStringLiteral("quarter") : QStringLiteral("kwartaal");
    case core::Period::Year:
        return english ? QStringLiteral("year") : QStringLiteral("jaar");
    }
    return {};
}

/// Paints the chart's parts; coordinates in mm inside the frame, converted by `at`.
class ChartPainter
{
public:
    ChartPainter(QPainter& painter, const QRectF& frame, double millimetre,
                 const core::PublishedAreaSeries& series, const SeriesChartText& text, int minimumCount,
                 core::Language language)
        : mPainter(painter), mFrame(frame), mMillimetre(millimetre), mSeries(series), mText(text),
          mMinimumCount(minimumCount), mLanguage(language)
    {
        mWidth = frame.width() / millimetre;
        mHeight = frame.height() / millimetre;
        mObserved = series.counts.values.size();
        mSteps = series.hasForecast() ? std::min<std::size_t>(series.mean.values.size(), 26) : 0;
        mPlot = QRectF(9.0, 5.6, mWidth - 10.0, mHeight - 5.6 - 9.2);
        mSlot = mPlot.width() / static_cast<double>(std::max<std::size_t>(mObserved + mSteps, 1));
        mTop = scaleTop();
    }

    void paint()
    {
        mPainter.save();
        paintHeading();
        if (mObserved == 0) {
            mPainter.restore();
            return;
        }
        paintAxis();
        paintBars();
        if (mSeries.hasPeaks()) {
            paintLine(mSeries.expected, 0, QPen(kExpected, 0.3 * mMillimetre));
            paintLine(mSeries.upper, 0, QPen(kUpper, 0.3 * mMillimetre, Qt::DashLine));
        }
        paintForecast();
        paintPeriodLabels();
        paintLegend();
        mPainter.restore();
    }

private:
    QRectF box(double x, double y, double width, double height) const
    {
        return {mFrame.left() + x * mMillimetre, mFrame.top() + y * mMillimetre, width * mMillimetre,
                height * mMillimetre};
    }
    QPointF point(double x, double y) const
    {
        return {mFrame.left() + x * mMillimetre, mFrame.top() + y * mMillimetre};
    }
    double yOf(double value) const { return mPlot.bottom() - mPlot.height() * std::min(value, mTop) / mTop; }
    double slotLeft(std::size_t slot) const { return mPlot.left() + mSlot * static_cast<double>(slot); }
    double slotCentre(std::size_t slot) const { return slotLeft(slot) + mSlot / 2.0; }

    void text(const QRectF& rect, const QString& content, const QFont& font, QColor colour, int flags)
    {
        mPainter.setFont(font);
        mPainter.setPen(colour);
        mPainter.drawText(rect, flags, content);
    }
    double textWidth(const QString& content, const QFont& font) const
    {
        return QFontMetricsF(font, mPainter.device()).horizontalAdvance(content) / mMillimetre;
    }

    /// The top of the value axis: a tick above the largest drawn value, at least the minimum count.
    double scaleTop() const
    {
        double maximum = mMinimumCount;
        const auto include = [&](const core::PublishedLine& line, std::size_t count) {
            for (std::size_t i = 0; i < std::min(count, line.values.size()); ++i)
                if (shown(line, i))
                    maximum = std::max(maximum, line.values[i]);
        };
        include(mSeries.counts, mObserved);
        include(mSeries.expected, mObserved);
        include(mSeries.upper, mObserved);
        include(mSeries.mean, mSteps);
        for (std::size_t h = 0; h < mSteps; ++h) // a band is drawn only where both of its bounds are shown
            for (const auto& [lo, hi] :
                 {std::pair(&mSeries.lo80, &mSeries.hi80), std::pair(&mSeries.lo95, &mSeries.hi95)})
                if (shown(*lo, h) && shown(*hi, h))
                    maximum = std::max(maximum, hi->values[h]);
        const double step = tickStep(maximum);
        return std::max(step, std::ceil(maximum / step) * step);
    }

    void paintHeading()
    {
        const QFont bold = chartFont(8.0, true);
        text(box(0, 0, mWidth, 4.4), mText.heading, bold, kInk, Qt::AlignLeft | Qt::AlignVCenter);
        if (mObserved == 0)
            return;
        const std::size_t last = mObserved - 1;
        const bool english = mLanguage == core::Language::English;
        const QDate date = QDate::fromString(QString::fromStdString(mSeries.periodStarts[last]), Qt::ISODate);
        QString caption =
            (english ? QStringLiteral("last %1 (%2): ") : QStringLiteral("laatste %1 (%2): "))
                .arg(noun(mSeries.period, mLanguage),
                     date.toString(english ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("dd-MM-yyyy")));
        caption += shown(mSeries.counts, last)
                       ? number(mSeries.counts.values[last], 0, mLanguage) + QLatin1Char(' ') + mText.noun
                       : QString::fromUtf8(core::suppressedText);
        if (shown(mSeries.expected, last))
            caption += (english ? QStringLiteral(", expected %1") : QStringLiteral(", verwacht %1"))
                           .arg(number(mSeries.expected.values[last], 1, mLanguage));
        if (mSeries.hasPeaks() && last < mSeries.alarm.size() && mSeries.alarm[last])
            caption += english ? QStringLiteral(" \u2013 alarm") : QStringLiteral(" \u2013 alarm");
        const QFont normal = chartFont(7.0);
        const double headingWidth = textWidth(mText.heading, bold) + 3.0;
        text(box(headingWidth, 0, std::max(0.0, mWidth - headingWidth), 4.4), caption, normal, kMuted,
             Qt::AlignLeft | Qt::AlignVCenter);
    }

    void paintAxis()
    {
        const QFont f = chartFont(6.0);
        const double step = tickStep(mTop);
        mPainter.setPen(QPen(kGrid, 0.15 * mMillimetre));
        for (double value = 0; value <= mTop + 1e-9; value += step) {
            const double y = yOf(value);
            mPainter.setPen(QPen(value == 0 ? kMuted : kGrid, 0.15 * mMillimetre));
            mPainter.drawLine(point(mPlot.left(), y), point(mPlot.right(), y));
            text(box(0, y - 1.6, mPlot.left() - 1.0, 3.2), number(value, 0, mLanguage), f, kMuted,
                 Qt::AlignRight | Qt::AlignVCenter);
        }
    }

    void paintHatch(const QRectF& rectMillimetres)
    {
        const QRectF rect =
            box(rectMillimetres.x(), rectMillimetres.y(), rectMillimetres.width(), rectMillimetres.height());
        mPainter.save();
        mPainter.setClipRect(rect);
        mPainter.fillRect(rect, QColor(0xf2, 0xf2, 0xf2));
        mPainter.setPen(QPen(kWithheld, 0.12 * mMillimetre));
        const double spacing = 1.0 * mMillimetre;
        for (double x = rect.left() - rect.height(); x < rect.right(); x += spacing) {
            mPainter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
            mPainter.drawLine(QPointF(x, rect.top()), QPointF(x + rect.height(), rect.bottom()));
        }
        mPainter.restore();
    }

    void paintBars()
    {
        const double barWidth = mSlot * 0.72;
        paintWithheldColumns(mSeries.counts.withheld, 0, mObserved);
        for (std::size_t t = 0; t < mObserved; ++t) {
            if (mSeries.counts.withheld[t])
                continue;
            const double value = mSeries.counts.values[t];
            const bool alarm = mSeries.hasPeaks() && mSeries.alarm[t];
            const double y = yOf(value);
            mPainter.fillRect(box(slotCentre(t) - barWidth / 2, y, barWidth, mPlot.bottom() - y),
                              alarm ? kAlarm : kBar);
            if (alarm)
                paintAlarmMark(slotCentre(t), y - 0.4);
        }
    }

    /// One hatched block per run of consecutive withheld values (`count` values from slot `firstSlot`).
    void paintWithheldColumns(const std::vector<bool>& withheld, std::size_t firstSlot, std::size_t count)
    {
        for (std::size_t i = 0; i < count;) {
            if (!withheld[i]) {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < count && withheld[end])
                ++end;
            paintHatch(QRectF(slotLeft(firstSlot + i), mPlot.top(), mSlot * static_cast<double>(end - i),
                              mPlot.height()));
            i = end;
        }
    }

    void paintAlarmMark(double x, double bottom)
    {
        const double size = std::clamp(mSlot, 1.2, 2.2);
        QPolygonF triangle;
        triangle << point(x - size / 2, bottom - size) << point(x + size / 2, bottom - size)
                 << point(x, bottom);
        mPainter.setPen(Qt::NoPen);
        mPainter.setBrush(kAlarm);
        mPainter.drawPolygon(triangle);
        mPainter.setBrush(Qt::NoBrush);
    }

    /// A polyline through the shown values, broken where a value is withheld or missing.
    void paintLine(const core::PublishedLine& line, std::size_t firstSlot, const QPen& pen)
    {
        mPainter.setPen(pen);
        QPolygonF run;
        const auto flush = [&] {
            if (run.size() == 1)
                mPainter.drawLine(run[0] - QPointF(mSlot * mMillimetre / 2, 0),
                                  run[0] + QPointF(mSlot * mMillimetre / 2, 0));
            else if (run.size() > 1)
                mPainter.drawPolyline(run);
            run.clear();
        };
        const std::size_t count = firstSlot == 0 ? mObserved : mSteps;
        for (std::size_t i = 0; i < count; ++i) {
            if (!shown(line, i)) {
                flush();
                continue;
            }
            run << point(slotCentre(firstSlot + i), yOf(line.values[i]));
        }
        flush();
    }

    void paintForecast()
    {
        if (mSteps == 0)
            return;
        const double x = slotLeft(mObserved);
        mPainter.setPen(QPen(kMuted, 0.15 * mMillimetre, Qt::DotLine));
        mPainter.drawLine(point(x, mPlot.top()), point(x, mPlot.bottom()));
        paintWithheldColumns(mSeries.mean.withheld, mObserved, mSteps);
        for (std::size_t h = 0; h < mSteps; ++h) {
            const std::size_t slot = mObserved + h;
            const auto band = [&](const core::PublishedLine& lo, const core::PublishedLine& hi,
                                  QColor colour) {
                if (!shown(lo, h) || !shown(hi, h))
                    return;
                const double top = yOf(hi.values[h]);
                mPainter.fillRect(
                    box(slotLeft(slot) + mSlot * 0.1, top, mSlot * 0.8, yOf(lo.values[h]) - top), colour);
            };
            band(mSeries.lo95, mSeries.hi95, kBand95);
            band(mSeries.lo80, mSeries.hi80, kBand80);
        }
        paintLine(mSeries.mean, mObserved, QPen(kForecast, 0.35 * mMillimetre, Qt::DashLine));
    }

    void paintPeriodLabels()
    {
        const QFont f = chartFont(5.8);
        const std::size_t slotCount = mObserved + mSteps;
        const auto every = static_cast<std::size_t>(std::max(1.0, std::ceil(12.0 / mSlot)));
        const double y = mPlot.bottom() + 0.4;
        for (std::size_t slot = 0; slot < slotCount; ++slot) {
            const std::size_t fromLast =
                slot <= mObserved - 1 ? mObserved - 1 - slot : slot - (mObserved - 1);
            if (fromLast % every != 0)
                continue;
            const std::string& start =
                slot < mObserved ? mSeries.periodStarts[slot] : mSeries.forecastStarts[slot - mObserved];
            const double centre = slotCentre(slot);
            mPainter.setPen(QPen(kMuted, 0.15 * mMillimetre));
            mPainter.drawLine(point(centre, mPlot.bottom()), point(centre, mPlot.bottom() + 0.6));
            text(box(centre - 8.0, y + 0.4, 16.0, 3.0), periodTick(start, mSeries.period, mLanguage), f,
                 slot < mObserved ? kMuted : kForecast, Qt::AlignHCenter | Qt::AlignTop);
        }
    }

    void paintLegend()
    {
        const bool english = mLanguage == core::Language::English;
        const QFont f = chartFont(6.2);
        double x = mPlot.left();
        const double y = mHeight - 3.6;
        const auto entry = [&](const QString& label, const std::function<void(double)>& swatch) {
            swatch(x);
            x += 4.0;
            text(box(x, y - 0.2, textWidth(label, f) + 1.0, 3.6), label, f, kInk,
                 Qt::AlignLeft | Qt::AlignVCenter);
            x += textWidth(label, f) + 3.0;
        };
        const auto block = [&](QColor colour) {
            return [this, colour, y](double at) { mPainter.fillRect(box(at, y + 0.4, 3.0, 2.6), colour); };
        };
        const auto stroke = [&](const QPen& pen) {
            return [this, pen, y](double at) {
                mPainter.setPen(pen);
                mPainter.drawLine(point(at, y + 1.7), point(at + 3.0, y + 1.7));
            };
        };
        entry(english ? QStringLiteral("observed") : QStringLiteral("waargenomen"), block(kBar));
        if (mSeries.hasPeaks()) {
            entry(QStringLiteral("alarm"), block(kAlarm));
            entry(english ? QStringLiteral("expected") : QStringLiteral("verwacht"),
                  stroke(QPen(kExpected, 0.3 * mMillimetre)));
            entry(english ? QStringLiteral("threshold") : QStringLiteral("drempel"),
                  stroke(QPen(kUpper, 0.3 * mMillimetre, Qt::DashLine)));
        }
        if (mSteps > 0) {
            entry((english ? QStringLiteral("forecast (%1)") : QStringLiteral("prognose (%1)"))
                      .arg(QString::fromStdString(mSeries.forecastMethod)),
                  stroke(QPen(kForecast, 0.35 * mMillimetre, Qt::DashLine)));
            entry(english ? QStringLiteral("80% interval") : QStringLiteral("80%-interval"), block(kBand80));
            entry(english ? QStringLiteral("95% interval") : QStringLiteral("95%-interval"), block(kBand95));
        }
        entry(QString::fromUtf8(core::suppressedText),
              [this, y](double at) { paintHatch(QRectF(at, y + 0.4, 3.0, 2.6)); });
    }

    QPainter& mPainter;
    QRectF mFrame;
    double mMillimetre;
    const core::PublishedAreaSeries& mSeries;
    const SeriesChartText& mText;
    int mMinimumCount;
    core::Language mLanguage;
    double mWidth = 0, mHeight = 0;
    std::size_t mObserved = 0, mSteps = 0;
    QRectF mPlot; ///< mm inside the frame
    double mSlot = 1.0;
    double mTop = 1.0;
};

} // namespace

std::size_t chartPeriods(core::Period period)
{
    switch (period) {
    case core::Period::Day:
        return 56;
    case core::Period::Week:
        return 52;
    case core::Period::Month:
        return 36;
    case core::Period::Quarter:
        return 16;
    case core::Period::Year:
        return 12;
    }
    return 52;
}

QString periodTick(const std::string& isoDate, core::Period period, core::Language language)
{
    const QDate date = QDate::fromString(QString::fromStdString(isoDate), Qt::ISODate);
    if (!date.isValid())
        return QString::fromStdString(isoDate);
    const bool english = language == core::Language::English;
    static const char* const dutchMonths[] = {"jan", "feb", "mrt", "apr", "mei", "jun",
                                              "jul", "aug", "sep", "okt", "nov", "dec"};
    static const char* const englishMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    switch (period) {
    case core::Period::Day:
        return date.toString(english ? QStringLiteral("MM-dd") : QStringLiteral("dd-MM"));
    case core::Period::Week:
        return QStringLiteral("wk %1").arg(date.weekNumber());
    case core::Period::Month:
        return QStringLiteral("%1 %2")
            .arg(QString::fromUtf8((english ? englishMonths : dutchMonths)[date.month() - 1]))
            .arg(date.year());
    case core::Period::Quarter:
        return QStringLiteral("%1-%2%3")
            .arg(date.year())
            .arg(english ? QLatin1Char('Q') : QLatin1Char('K'))
            .arg((date.month() - 1) / 3 + 1);
    case core::Period::Year:
        return QString::number(date.year());
    }
    return QString::fromStdString(isoDate);
}

void paintSeriesChart(QPainter& painter, const QRectF& frame, double millimetre,
                      const core::PublishedAreaSeries& series, const SeriesChartText& text, int minimumCount,
                      core::Language language)
{
    ChartPainter(painter, frame, millimetre, series, text, minimumCount, language).paint();
}

std::vector<std::size_t> areaSeriesSources(const PrintData& data, std::size_t row)
{
    std::vector<std::size_t> sources;
    for (std::size_t s = 0; s < data.series.size() && s < data.recipe.events.size(); ++s)
        if (row < data.series[s].areaCount() && data.series[s].periodCount() > 0)
            sources.push_back(s);
    return sources;
}

std::size_t seriesChartCapacity(double top, double bottom, double minimumHeight)
{
    const double fits = std::floor((bottom - top) / (minimumHeight + kSeriesChartGap));
    return fits > 0 ? static_cast<std::size_t>(fits) : 0;
}

double paintAreaSeriesCharts(QPainter& painter, const PrintData& data, std::size_t row,
                             const std::vector<std::size_t>& sources, double left, double top, double width,
                             double bottom, double millimetre, core::Language language, double largest)
{
    if (sources.empty())
        return top;
    const bool english = language == core::Language::English;
    const double height =
        std::min(largest, (bottom - top) / static_cast<double>(sources.size()) - kSeriesChartGap);
    for (std::size_t s : sources) {
        const core::AreaEventSeries& series = data.series[s];
        SeriesChartText text;
        const core::EventSourceSpec& source = data.recipe.events[s];
        QString file = QString::fromStdString(std::filesystem::path(source.path).filename().string());
        if (!source.category.empty() && !source.categories.empty()) {
            // Sources that count different categories of one file are told apart by them.
            QStringList categories;
            for (const std::string& category : source.categories)
                categories << QString::fromStdString(category);
            file += QStringLiteral(" (") + categories.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        text.heading = (english ? QStringLiteral("Events per %1: %2") : QStringLiteral("Verloop per %1: %2"))
                           .arg(noun(series.period(), language), file);
        text.noun = english ? QStringLiteral("events") : QStringLiteral("gebeurtenissen");
        if (height < kSeriesChartMinimumHeight) {
            painter.setFont(chartFont(7.0));
            painter.setPen(kMuted);
            painter.drawText(
                QRectF(left * millimetre, top * millimetre, width * millimetre, 4.4 * millimetre),
                Qt::AlignLeft | Qt::AlignVCenter,
                text.heading + (english ? QStringLiteral(": no room for the chart on this page")
                                        : QStringLiteral(": geen ruimte voor de grafiek op deze pagina")));
            top += 4.4;
            continue;
        }
        const core::PublishedAreaSeries published = core::publishAreaSeries(
            series, row, data.recipe.privacy, chartPeriods(series.period()),
            core::publishedAggregateWindow(data.recipe.events[s], series.periodCount(), data.published, row));
        const QRectF frame(left * millimetre, top * millimetre, width * millimetre, height * millimetre);
        paintSeriesChart(painter, frame, millimetre, published, text, data.recipe.privacy.minimumCount,
                         language);
        top += height + kSeriesChartGap;
    }
    return top;
}

} // namespace bib::print
