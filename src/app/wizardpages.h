// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace bib::app {

class NewAnalysisWizard;

/// Step 1: the area layer (a file, or a PostGIS connection string "PG:…"), its layer and the id
/// and name fields, read from the data (core::describeDataset).
class AreaSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AreaSourcePage(NewAnalysisWizard* wizard);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void describe(const QString& source);
    void fillFields();

    NewAnalysisWizard* mWizard;
    QLineEdit* mSource;
    QComboBox* mLayer;
    QComboBox* mIdField;
    QComboBox* mNameField;
    std::vector<std::pair<std::string, std::vector<std::string>>> mLayers; ///< layer → fields
};

/// Step 2: optionally one municipality, picked from the values of a field of the layer (CBS's
/// gm_code, shown with gm_naam); becomes the recipe's attribute filter.
class AreaFilterPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AreaFilterPage(NewAnalysisWizard* wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    void loadValues();

    NewAnalysisWizard* mWizard;
    QComboBox* mField;
    QComboBox* mValue;
    QLabel* mStatus;
    std::string mLoadedFor; ///< source|layer|field the values belong to
};

/// Step 3: indicator tables (CSV, XLSX, ODS) joined by code, each with its join report.
class TablesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TablesPage(NewAnalysisWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void browse();
    void describeTable(const QString& path);
    void addTable();
    void removeTable();
    void showReports();

    NewAnalysisWizard* mWizard;
    QLineEdit* mPath;
    QComboBox* mIdColumn;
    QPushButton* mAddButton;
    QListWidget* mTables;
    QPlainTextEdit* mReport;
    bool mPendingAdd = false;
};

/// Step 4: which numeric columns become indicators, and their direction; a search box filters by
/// name, label and unit.
class IndicatorsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit IndicatorsPage(NewAnalysisWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void filter(const QString& text);

    NewAnalysisWizard* mWizard;
    QLineEdit* mSearch;
    QTreeWidget* mList;
};

/// Step 5: the recipe's name and file; writing it finishes the wizard.
class SaveRecipePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SaveRecipePage(NewAnalysisWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    NewAnalysisWizard* mWizard;
    QLineEdit* mName;
    QLineEdit* mPath;
};

} // namespace bib::app
