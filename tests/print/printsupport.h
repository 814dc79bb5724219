// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace bib::test {

/// The golden Utrecht recipe with {REAL} replaced by the real-data folder, written into `folder`;
/// empty when the real data is absent.
std::string utrechtRecipe(const std::string& folder);

/// Runs a shell command line; returns its exit code, its stdout in `out`.
int runTool(const std::string& commandLine, std::string& out);

/// Text of a PDF (pdftotext -layout), all pages or pages first…last.
std::string pdfText(const std::string& pdf, int first = 0, int last = 0);
/// Number of pages (pdfinfo).
int pdfPages(const std::string& pdf);

/// True when `number` occurs in `text` as a whole number, not inside a longer one ("987" is not in
/// "1987" nor in "987.5"; with `commaIsDecimal` neither in "987,5", as Dutch text writes it), and
/// not glued to letters (the "87" in a hexadecimal sha "d079f87c" is not the number 87).
bool containsNumber(const std::string& text, const std::string& number, bool commaIsDecimal);

/// Writes `t.csv` (bewoners BU01 1000, BU02 2000, BU03 500) and the recipe `r.bib.json` "meldingen" into
/// `folder`: the areas of tests/data/areas/three_squares.geojson, the events source `meldingen.csv`
/// (code `buurt`, time `datum`; the caller writes it) with the event columns `columns` (a JSON array),
/// the one indicator meldingen_4w per 1,000 bewoners (minmax) and `extra` (more top-level keys, with a
/// leading comma). Returns the recipe's path.
std::string threeSquaresEventsRecipe(const std::string& folder, const std::string& columns,
                                     const std::string& extra = {});

/// Events CSV `buurt;datum`: per area, weekly[w] events on the Wednesday, 12:00, of the w-th ISO week
/// from Monday 2024-01-01 (2024-01-03, 2024-01-10, …).
std::string weeklyEventsCsv(const std::vector<std::pair<std::string, std::vector<int>>>& weekly);

} // namespace bib::test
