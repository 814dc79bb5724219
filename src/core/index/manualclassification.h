// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/classification.h"

#include <vector>

namespace bib::core {

/// Classes from cut points the user chose, the same for every column (so maps of two years share
/// one legend).
///
/// The cuts t1 < t2 < … are interior breaks: the classes are [min, t1], (t1, t2], …, (t_last, max]
/// with min and max from the data. Cuts beyond the data are kept, so classes may be empty; the
/// outer label bound is then the cut itself (a cut below the minimum gives a first class that holds
/// nothing but that cut). The class count is the number of cuts + 1; classes() ignores its
/// classCount argument (beyond checking it). O(n log k).
class ManualClassification final : public ClassificationMethod
{
public:
    /// Throws InputError unless there are 1 … 11 cuts, all finite and strictly increasing.
    explicit ManualClassification(std::vector<double> cuts);

    std::string_view key() const override { return "manual"; }
    const std::vector<double>& cuts() const { return mCuts; }

protected:
    ClassCountUse classCountUse() const override { return ClassCountUse::Ignored; }

private:
    std::vector<double> calculateBreaks(const std::vector<double>& sorted, int classCount) const override;

    std::vector<double> mCuts;
};

} // namespace bib::core
