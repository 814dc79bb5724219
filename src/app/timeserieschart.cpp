// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschart.h"

#include "workspace.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDate>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bib::app {

namespace {

const QColor kObserved(0x1f, 0x3b, 0x73);
const QColor kExpected(0x63, 0x63, 0x63);
const QColor kUpper(0xe6, 0x55, 0x0d);
const QColor kAlarm(0xd7, 0x19, 0x1c);
const QColor kForecast(0x54, 0x27, 0x8f);
const QColor kWithheld(0x96, 0x96, 0x96);

/// Milliseconds since the epoch of the start (local midnight) of an ISO date; NaN when unreadable.
double timeOf(const std::string& isoDate)
{
    const QDate date = QDate::fromString(QString::fromStdString(isoDate), Qt::ISODate);
    return date.isValid() ? static_cast<double>(date.startOfDay().toMSecsSinceEpoch())
                          : std::numeric_limits<double>::quiet_NaN();
}

std::vector<double> timesOf(const std::vector<std::string>& isoDates)
{
    std::vector<double> times;
    times.reserve(isoDates.size());
    for (const std::string& date : isoDates)
        times.push_back(timeOf(date));
    return times;
}

bool published(const core::PublishedLine& line, std::size_t i)
{
    return i < line.values.size() && std::isfinite(line.values[i]);
}

bool withheld(const core::PublishedLine& line, std::size_t i)
{
    return i < line.withheld.size() && line.withheld[i];
}

/// The largest published value of the lines (0 without any).
double highest(std::initializer_list<const core::PublishedLine*> lines)
{
    double top = 0.0;
    for (const core::PublishedLine* line : lines)
        for (double v : line->values)
            if (std::isfinite(v))
                top = std::max(top, v);
    return top;
}

/// The file name of events source `i`, with the categories it counts when it counts some of them.
QString sourceName(const ChartData& data, std::size_t i)
{
    QString name = QString::fromStdString(displayName((*data.eventSeries)[i].path()));
    if (data.recipe && i < data.recipe->events.size() && !data.recipe->events[i].categories.empty()) {
        QStringList categories;
        for (const std::string& category : data.recipe->events[i].categories)
            categories << QString::fromStdString(category);
        name += QStringLiteral(" (%1)").arg(categories.join(QStringLiteral(", ")));
    }
    return name;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : LinkedChart(parent), mHeading(new QLabel), mSources(new QComboBox)
{
    setObjectName(QStringLiteral("timeSeriesChart"));
    mHeading->setObjectName(QStringLiteral("timeSeriesHeading"));
    mHeading->setTextFormat(Qt::PlainText);
    mHeading->setWordWrap(true);
    mSources->setObjectName(QStringLiteral("timeSeriesSource"));
    auto* top = new QHBoxLayout;
    top->addWidget(mHeading, 1);
    top->addWidget(mSources);
    static_cast<QVBoxLayout*>(layout())->insertLayout(0, top);
    chart()->legend()->show();
    chart()->legend()->setAlignment(Qt::AlignBottom);
    connect(mSources, &QComboBox::currentIndexChanged, this, [this] { showSelection(); });
    showEmpty(tr("No events in the recipe"));
}

void TimeSeriesChart::setData(const ChartData& chartData)
{
    {
        // The same source again when the new data have as many (a weight change), else the first.
        const QSignalBlocker blocker(mSources);
        const int previous = mSources->currentIndex();
        const int before = mSources->count();
        mSources->clear();
        if (chartData.eventSeries)
            for (std::size_t i = 0; i < chartData.eventSeries->size(); ++i)
                mSources->addItem(sourceName(chartData, i));
        mSources->setCurrentIndex(mSources->count() == before && previous >= 0 ? previous : 0);
        mSources->setVisible(mSources->count() > 1);
    }
    mPublished.reset();
    LinkedChart::setData(chartData);
}

void TimeSeriesChart::setSource(int index)
{
    if (index >= 0 && index < mSources->count())
        mSources->setCurrentIndex(index);
}

int TimeSeriesChart::source() const
{
    return mSources->currentIndex();
}

QString TimeSeriesChart::headingText() const
{
    return mHeading->text();
}

const core::AreaEventSeries* TimeSeriesChart::currentSeries() const
{
    const int index = mSources->currentIndex();
    if (!mData.eventSeries || index < 0 || static_cast<std::size_t>(index) >= mData.eventSeries->size())
        return nullptr;
    return &(*mData.eventSeries)[static_cast<std::size_t>(index)];
}

void TimeSeriesChart::rebuild() {}

void TimeSeriesChart::showEmpty(const QString& text)
{
    mEmptyText = text;
    mHeading->setText(text);
    chart()->setTitle(text);
}

void TimeSeriesChart::showSelection()
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    mTime = nullptr;
    mCount = nullptr;
    mShown.reset();
    mPeriodX.clear();
    mForecastX.clear();
    const core::AreaEventSeries* series = currentSeries();
    if (!series)
        return showEmpty(tr("No events in the recipe"));
    if (!mData.areas || mSelectedRow < 0 || static_cast<std::size_t>(mSelectedRow) >= mData.areas->size())
        return showEmpty(tr("Select an area"));
    const auto row = static_cast<std::size_t>(mSelectedRow);
    if (row >= series->areaCount())
        return showEmpty(tr("No events series for this area"));
    const auto source = static_cast<std::size_t>(mSources->currentIndex());
    try {
        // Without a recipe (events analysed on plain areas) the default disclosure rules, with the
        // strictest window.
        if (!mPublished && mData.recipe)
            mPublished = core::publishResult(*mData.areas, *mData.recipe);
        const std::size_t window = mData.recipe && source < mData.recipe->events.size()
                                       ? core::publishedAggregateWindow(mData.recipe->events[source],
                                                                        series->periodCount(), *mPublished,
                                                                        row)
                                       : series->periodCount(); // no source to ask: the strictest window
        mShown = core::publishAreaSeries(*series, row, privacy(), 0, window);
    } catch (const std::exception& error) {
        return showEmpty(tr("The series cannot be shown: %1").arg(QString::fromStdString(error.what())));
    }
    mEmptyText.clear();
    chart()->setTitle({});
    QString heading =
        tr("%1 (%2): events of %3")
            .arg(QString::fromStdString(mData.areas->name(row)), QString::fromStdString(mData.areas->id(row)),
                 QString::fromStdString(displayName(series->path())));
    if (mSelectedRows.size() > 1)
        heading += QLatin1Char(' ') +
                   tr("(the first of %n selected areas)", nullptr, static_cast<int>(mSelectedRows.size()));
    mHeading->setText(heading);
    buildChart();
}

core::PrivacySpec TimeSeriesChart::privacy() const
{
    return mData.recipe ? mData.recipe->privacy : core::PrivacySpec{};
}

void TimeSeriesChart::buildChart()
{
    const core::PublishedAreaSeries& shown = *mShown;
    mPeriodX = timesOf(shown.periodStarts);
    mForecastX = timesOf(shown.forecastStarts);
    const double day = 24.0 * 3600.0 * 1000.0;
    mHalfPeriod = mPeriodX.size() >= 2 ? (mPeriodX[1] - mPeriodX[0]) / 2.0 : day / 2.0;
    // The axis rests on published values only; at least the minimum count, so a withheld column
    // (a count below it) has room and the axis says nothing about it.
    const double top =
        std::max(
            {highest({&shown.counts, &shown.expected, &shown.upper, &shown.mean, &shown.hi80, &shown.hi95}),
             static_cast<double>(privacy().minimumCount), 1.0}) *
        1.1;

    mTime = new QDateTimeAxis;
    mTime->setFormat(shown.period == core::Period::Day || shown.period == core::Period::Week
                         ? QStringLiteral("dd-MM-yy")
                         : QStringLiteral("MMM yyyy"));
    const double first = mPeriodX.empty() ? 0.0 : mPeriodX.front();
    const double last = !mForecastX.empty() ? mForecastX.back() : (mPeriodX.empty() ? 0.0 : mPeriodX.back());
    mTime->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(first - mHalfPeriod)),
                    QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(last + mHalfPeriod)));
    mTime->setTickCount(7);
    mCount = new QValueAxis;
    mCount->setRange(0.0, top);
    mCount->setLabelFormat(QStringLiteral("%.0f"));
    mCount->setTitleText(tr("events per period"));
    chart()->addAxis(mTime, Qt::AlignBottom);
    chart()->addAxis(mCount, Qt::AlignLeft);

    if (shown.hasForecast()) {
        QColor wide = kForecast;
        wide.setAlpha(45);
        QColor narrow = kForecast;
        narrow.setAlpha(90);
        addBand(tr("95% interval"), mForecastX, shown.lo95, shown.hi95, wide);
        addBand(tr("80% interval"), mForecastX, shown.lo80, shown.hi80, narrow);
    }
    std::vector<double> x = mPeriodX;
    std::vector<bool> hidden = shown.counts.withheld;
    if (shown.hasForecast()) {
        x.insert(x.end(), mForecastX.begin(), mForecastX.end());
        hidden.insert(hidden.end(), shown.mean.withheld.begin(), shown.mean.withheld.end());
    }
    addWithheldColumns(x, hidden, top);
    if (!mForecastX.empty() && !mPeriodX.empty()) {
        // Where the forecast begins: halfway between the reference period and the first step.
        const double now = (mPeriodX.back() + mForecastX.front()) / 2.0;
        auto* boundary = new QLineSeries;
        boundary->setPen(QPen(kExpected, 1.0, Qt::DotLine));
        boundary->append({QPointF(now, 0.0), QPointF(now, top)});
        attach(boundary, false);
    }
    if (shown.hasPeaks()) {
        addLine(tr("expected"), mPeriodX, shown.expected, QPen(kExpected, 1.5, Qt::DashLine));
        addLine(tr("threshold"), mPeriodX, shown.upper, QPen(kUpper, 1.5, Qt::DotLine));
    }
    addLine(tr("observed"), mPeriodX, shown.counts, QPen(kObserved, 2.0));
    if (shown.hasForecast())
        addLine(tr("forecast"), mForecastX, shown.mean, QPen(kForecast, 2.0, Qt::DashLine));
    if (shown.hasPeaks()) {
        auto* alarms = new QScatterSeries;
        alarms->setName(tr("alarm"));
        alarms->setObjectName(QStringLiteral("alarms"));
        alarms->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        alarms->setMarkerSize(13);
        alarms->setColor(kAlarm);
        alarms->setBorderColor(Qt::white);
        for (std::size_t t = 0; t < shown.alarm.size(); ++t)
            if (shown.alarm[t] && published(shown.counts, t))
                alarms->append(mPeriodX[t], shown.counts.values[t]);
        attach(alarms, true);
    }
}

void TimeSeriesChart::attach(QAbstractSeries* series, bool inLegend)
{
    chart()->addSeries(series);
    series->attachAxis(mTime);
    series->attachAxis(mCount);
    for (QLegendMarker* marker : chart()->legend()->markers(series))
        marker->setVisible(inLegend);
    if (auto* xy = qobject_cast<QXYSeries*>(series))
        connect(xy, &QXYSeries::hovered, this, &TimeSeriesChart::showToolTipNear);
    else if (auto* area = qobject_cast<QAreaSeries*>(series))
        connect(area, &QAreaSeries::hovered, this, &TimeSeriesChart::showToolTipNear);
}

void TimeSeriesChart::addLine(const QString& name, const std::vector<double>& x,
                              const core::PublishedLine& line, const QPen& pen)
{
    // One series per run of published values: a withheld (or never computed) value is a gap.
    bool first = true;
    for (std::size_t i = 0; i < line.values.size() && i < x.size();) {
        if (!published(line, i)) {
            ++i;
            continue;
        }
        auto* segment = new QLineSeries;
        segment->setName(name);
        segment->setPen(pen);
        segment->setPointsVisible(true);
        segment->setMarkerSize(pen.widthF() * 2.5);
        for (; i < line.values.size() && i < x.size() && published(line, i); ++i)
            segment->append(x[i], line.values[i]);
        attach(segment, first);
        first = false;
    }
}

void TimeSeriesChart::addBand(const QString& name, const std::vector<double>& x,
                              const core::PublishedLine& low, const core::PublishedLine& high,
                              const QColor& colour)
{
    // Only where both bounds may be shown: a band never suggests a bound that is withheld.
    bool first = true;
    for (std::size_t i = 0; i < x.size();) {
        if (!published(low, i) || !published(high, i)) {
            ++i;
            continue;
        }
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        for (; i < x.size() && published(low, i) && published(high, i); ++i) {
            upper->append(x[i], high.values[i]);
            lower->append(x[i], low.values[i]);
        }
        if (upper->count() == 1) { // one step: a narrow box around it
            const QPointF u = upper->at(0);
            const QPointF l = lower->at(0);
            upper->replace(
                {QPointF(u.x() - mHalfPeriod / 2, u.y()), QPointF(u.x() + mHalfPeriod / 2, u.y())});
            lower->replace(
                {QPointF(l.x() - mHalfPeriod / 2, l.y()), QPointF(l.x() + mHalfPeriod / 2, l.y())});
        }
        auto* band = new QAreaSeries(upper, lower);
        band->setName(name);
        band->setColor(colour);
        band->setPen(Qt::NoPen);
        attach(band, first);
        first = false;
    }
    // Where only the lower bound is withheld the upper one is still a fact worth seeing: a thin
    // line ("at most"), without a band that would suggest where the lower bound lies.
    core::PublishedLine lone = high;
    for (std::size_t i = 0; i < lone.values.size(); ++i)
        if (published(low, i) || !withheld(low, i))
            lone.values[i] = std::numeric_limits<double>::quiet_NaN();
    QColor line = colour;
    line.setAlpha(std::min(255, colour.alpha() * 2 + 40));
    addLine(name, x, lone, QPen(line, 1.0));
    if (!first)
        return;
    // No band: the first such line stands for the interval in the legend.
    for (QAbstractSeries* series : chart()->series())
        if (series->name() == name) {
            for (QLegendMarker* marker : chart()->legend()->markers(series))
                marker->setVisible(true);
            return;
        }
}

void TimeSeriesChart::addWithheldColumns(const std::vector<double>& x, const std::vector<bool>& hidden,
                                         double top)
{
    // Grey hatched columns over the whole height: they show where, never how much.
    // A column reaches halfway to the neighbouring periods (months differ in length).
    QList<QPointF> outline;
    for (std::size_t i = 0; i < x.size() && i < hidden.size(); ++i) {
        if (!hidden[i])
            continue;
        const double left = i > 0 ? (x[i - 1] + x[i]) / 2.0 : x[i] - mHalfPeriod;
        const double right = i + 1 < x.size() ? (x[i] + x[i + 1]) / 2.0 : x[i] + mHalfPeriod;
        outline.append({QPointF(left, 0.0), QPointF(left, top), QPointF(right, top), QPointF(right, 0.0)});
    }
    if (outline.isEmpty())
        return;
    auto* upper = new QLineSeries;
    upper->replace(outline);
    auto* columns = new QAreaSeries(upper);
    columns->setObjectName(QStringLiteral("withheld"));
    columns->setName(tr("withheld"));
    QColor fill = kWithheld;
    fill.setAlpha(110);
    columns->setBrush(QBrush(fill, Qt::BDiagPattern));
    columns->setPen(Qt::NoPen);
    attach(columns, true);
    for (QLegendMarker* marker : chart()->legend()->markers(columns))
        marker->setBrush(QBrush(kWithheld.lighter(130), Qt::Dense4Pattern));
}

void TimeSeriesChart::showToolTipNear(const QPointF& value, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    int nearest = -1;
    double distance = std::numeric_limits<double>::infinity();
    const auto consider = [&](const std::vector<double>& x, int offset) {
        for (std::size_t i = 0; i < x.size(); ++i)
            if (std::abs(x[i] - value.x()) < distance) {
                distance = std::abs(x[i] - value.x());
                nearest = offset + static_cast<int>(i);
            }
    };
    consider(mPeriodX, 0);
    consider(mForecastX, static_cast<int>(mPeriodX.size()));
    if (nearest >= 0)
        QToolTip::showText(QCursor::pos(), periodToolTip(nearest), chartView());
}

QString TimeSeriesChart::periodName(const std::string& isoDate) const
{
    const QDate date = QDate::fromString(QString::fromStdString(isoDate), Qt::ISODate);
    const QLocale locale;
    switch (mShown ? mShown->period : core::Period::Week) {
    case core::Period::Day:
        return locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
    case core::Period::Week:
        return tr("week of %1").arg(locale.toString(date, QStringLiteral("d MMMM yyyy")));
    case core::Period::Month:
        return locale.toString(date, QStringLiteral("MMMM yyyy"));
    case core::Period::Quarter:
        return tr("quarter %1 of %2").arg((date.month() - 1) / 3 + 1).arg(date.year());
    case core::Period::Year:
        return QString::number(date.year());
    }
    return QString::fromStdString(isoDate);
}

QString TimeSeriesChart::periodToolTip(int period) const
{
    if (!mShown || period < 0)
        return {};
    const core::PublishedAreaSeries& shown = *mShown;
    const QLocale locale;
    const QString hidden = tr("withheld");
    const auto number = [&](const core::PublishedLine& line, std::size_t i, int decimals) -> QString {
        if (withheld(line, i))
            return hidden;
        return published(line, i) ? locale.toString(line.values[i], 'f', decimals) : QString();
    };
    QStringList lines;
    const auto add = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            lines << label.arg(value);
    };
    const auto index = static_cast<std::size_t>(period);
    if (index < shown.periodStarts.size()) {
        lines << periodName(shown.periodStarts[index]);
        add(tr("observed: %1"), number(shown.counts, index, 0));
        if (shown.hasPeaks()) {
            add(tr("expected: %1"), number(shown.expected, index, 1));
            add(tr("threshold: %1"), number(shown.upper, index, 1));
            if (shown.alarm[index])
                lines << tr("alarm");
        }
        return lines.join(QLatin1Char('\n'));
    }
    const std::size_t step = index - shown.periodStarts.size();
    if (step >= shown.forecastStarts.size())
        return {};
    lines << tr("%1 (forecast)").arg(periodName(shown.forecastStarts[step]));
    add(tr("forecast: %1"), number(shown.mean, step, 1));
    const auto interval = [&](const core::PublishedLine& low, const core::PublishedLine& high) {
        return tr("%1 to %2").arg(number(low, step, 1), number(high, step, 1));
    };
    add(tr("80% interval: %1"), interval(shown.lo80, shown.hi80));
    add(tr("95% interval: %1"), interval(shown.lo95, shown.hi95));
    return lines.join(QLatin1Char('\n'));
}

} // namespace bib::app
