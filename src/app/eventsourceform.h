// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "temporal/eventcolumns.h"
#include "util/feedback.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace bib::app {

class TaskRunner;

/// What the events form shows of a file before it is used: its layers and fields, and the header
/// and first rows (of a CSV or spreadsheet; of a layer, its fields and their types).
struct EventFilePreview
{
    std::vector<std::string> layers;
    std::vector<std::string> fields;
    bool pointLayer = false;
    std::int64_t featureCount = 0;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

/// Reads the preview of an event file: a CSV's first 64 KiB only (header and first 10 rows), a
/// spreadsheet's sheet, or a layer's description. Throws the core's InputError for a file that
/// cannot be read. Runs on a worker.
EventFilePreview previewEventFile(const std::string& path, const std::string& layer,
                                  core::Feedback& feedback);

/// The form of one events source (docs/recipe.md, "Events"): the file, how its events are located
/// (x/y with a CRS, lon/lat, WKT, an area code, or the points of a layer), the time field, the
/// period and reference date, the categories, and the columns it adds (count over the last periods,
/// peak signal, alarm, forecast), with a preview of the file's first rows. Used by the new-analysis
/// wizard and by Analysis → Analyse events. Reading the preview runs on `runner` (one task at a
/// time: it waits for a running task).
class EventSourceForm : public QWidget
{
    Q_OBJECT

public:
    explicit EventSourceForm(TaskRunner* runner, QWidget* parent = nullptr);

    /// The field of the areas with their codes: a field of that name locates events by code.
    void setAreaIdField(const std::string& field) { mAreaIdField = field; }
    /// The events source as the form describes it now; throws core::InputError saying what is
    /// missing or wrong, e.g. a column name already in `taken`.
    core::EventSourceSpec sourceFromForm(const std::set<std::string>& taken) const;
    /// A file was read and its fields are offered.
    bool ready() const { return mReady; }

    void showError(const QString& message);
    void hideError();

    /// What addEventColumns counted, in lines for a report box or a dialog.
    static QString describeReport(const core::EventColumnsReport& report);

signals:
    /// ready() changed: a file was read (true) or the path no longer names one (false).
    void readyChanged(bool ready);

private:
    /// The controls of one derived column.
    struct Measure
    {
        QCheckBox* enabled = nullptr;
        QLineEdit* name = nullptr;
        QSpinBox* periods = nullptr; ///< count and forecast only
    };

    QWidget* createColumns();
    void browse();
    void clearFields();
    void describe(const QString& path, const QString& layer);
    void showPreview(const EventFilePreview& preview);
    void guessFields(const EventFilePreview& preview);
    void updateLocator();
    void setReady(bool ready);

    TaskRunner* mRunner;
    std::string mAreaIdField;
    QLineEdit* mPath;
    QComboBox* mLayer;
    QComboBox* mLocator;
    QLabel* mFirstLabel = nullptr;
    QComboBox* mFirstField;
    QLabel* mSecondLabel = nullptr;
    QComboBox* mSecondField;
    QLineEdit* mCrs;
    QComboBox* mTimeField;
    QComboBox* mPeriod;
    QLineEdit* mEnd;
    QComboBox* mCategoryField;
    QLineEdit* mCategories;
    QTableWidget* mPreview;
    QLabel* mError;
    std::vector<Measure> mMeasures;
    bool mDescribing = false;
    bool mReady = false;
};

} // namespace bib::app
